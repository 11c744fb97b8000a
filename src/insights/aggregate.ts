/**
 * The PMO's figures, from learners' summaries: completion by learner and by path, who may need help,
 * quiz questions ranked by how often they are answered wrong the first time, and the choices and
 * endings of each scenario. Every table holds its cells as the text shown on screen, so the CSV
 * download is the screen, cell for cell.
 *
 * Groups smaller than `minGroup` people (a path's learners, a question's answerers, a decision's or a
 * scenario's players) are hidden, with a note saying how many were: with very few people, a share can
 * point at one person. Per-learner tables are not groups: they list the people who chose to share.
 */
import { STATUS_LABEL, formatDay } from '../paths/progress';
import type { LearnerSummary } from './summary';
import type { PathCatalogue } from '../paths/steps';

export interface InsightsCatalogue extends PathCatalogue {
  quizzes: readonly {
    id: string;
    title: string;
    questions: readonly { id: string; prompt: string }[];
  }[];
  scenarios: readonly {
    id: string;
    title: string;
    decisions: readonly {
      id: string;
      title: string;
      choices: readonly { id: string; text: string }[];
    }[];
    endings: readonly { id: string; title: string }[];
  }[];
}

/** The default smallest group shown; explained on the page. */
export const DEFAULT_MIN_GROUP = 5;

export interface Table {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  /** What was hidden, in words, if anything. */
  note?: string;
}

export interface Bar {
  label: string;
  /** The bar's length, 0 to 100. */
  percent: number;
  /** The figure written beside the bar. */
  text: string;
}

export interface PathBar {
  label: string;
  completed: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  learners: number;
}

export interface ScenarioInsight {
  id: string;
  title: string;
  decisions: { id: string; title: string; table: Table; bars: Bar[] }[];
  endings: { table: Table; bars: Bar[] };
}

export interface Insights {
  learners: number;
  minGroup: number;
  completionByLearner: Table;
  completionByPath: Table;
  pathBars: PathBar[];
  needHelp: Table;
  questions: Table;
  questionBars: Bar[];
  scenarios: ScenarioInsight[];
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
const percentText = (part: number, whole: number) => `${percent(part, whole)}%`;

function hiddenNote(hidden: number, minGroup: number, what: string): string | undefined {
  if (!hidden) return undefined;
  return `${hidden} ${what}${hidden === 1 ? '' : 's'} hidden: fewer than ${minGroup} people.`;
}

function byText(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB');
}

export function aggregate(
  summaries: readonly LearnerSummary[],
  catalogue: InsightsCatalogue,
  minGroup: number = DEFAULT_MIN_GROUP,
): Insights {
  const rowsByLearner: { learner: string; row: LearnerSummary['assignments'][number] }[] = [];
  for (const summary of summaries) {
    for (const row of summary.assignments) rowsByLearner.push({ learner: summary.label, row });
  }
  rowsByLearner.sort((a, b) => byText(a.row.title, b.row.title) || byText(a.learner, b.learner));

  const completionByLearner: Table = {
    id: 'completion-by-learner',
    title: 'Completion by learner',
    columns: ['Learner', 'Assignment', 'Steps done', 'Status', 'Due', 'Overdue'],
    rows: rowsByLearner.map(({ learner, row }) => [
      learner,
      row.title,
      `${row.done} of ${row.total}`,
      STATUS_LABEL[row.status],
      row.dueDate ? formatDay(row.dueDate) : 'No due date',
      row.overdue ? 'Yes' : 'No',
    ]),
  };

  const needHelp: Table = {
    id: 'who-may-need-help',
    title: 'Who may need help',
    columns: ['Learner', 'Assignment', 'Why'],
    rows: rowsByLearner
      .filter(({ row }) => row.help.length > 0)
      .map(({ learner, row }) => [learner, row.title, row.help.join(' ')]),
  };

  // ---- completion by path --------------------------------------------------------------------
  const groups = new Map<string, PathBar & { people: Set<string> }>();
  for (const summary of summaries) {
    for (const row of summary.assignments) {
      let group = groups.get(row.groupKey);
      if (!group) {
        group = {
          label: row.title,
          completed: 0,
          inProgress: 0,
          notStarted: 0,
          overdue: 0,
          learners: 0,
          people: new Set(),
        };
        groups.set(row.groupKey, group);
      }
      // One learner given the same path twice counts once, by their furthest progress.
      if (group.people.has(summary.learnerId)) continue;
      group.people.add(summary.learnerId);
      group.learners += 1;
      if (row.status === 'completed') group.completed += 1;
      else if (row.status === 'in-progress') group.inProgress += 1;
      else group.notStarted += 1;
      if (row.overdue) group.overdue += 1;
    }
  }
  const allPaths = [...groups.values()].sort((a, b) => byText(a.label, b.label));
  const shownPaths = allPaths.filter((group) => group.learners >= minGroup);
  const pathBars: PathBar[] = shownPaths.map(
    ({ label, completed, inProgress, notStarted, overdue, learners }) => ({
      label,
      completed,
      inProgress,
      notStarted,
      overdue,
      learners,
    }),
  );
  const completionByPath: Table = {
    id: 'completion-by-path',
    title: 'Completion by path',
    columns: ['Path', 'Learners', 'Completed', 'In progress', 'Not started', 'Overdue'],
    rows: pathBars.map((bar) => [
      bar.label,
      String(bar.learners),
      `${bar.completed} (${percentText(bar.completed, bar.learners)})`,
      `${bar.inProgress} (${percentText(bar.inProgress, bar.learners)})`,
      `${bar.notStarted} (${percentText(bar.notStarted, bar.learners)})`,
      `${bar.overdue} (${percentText(bar.overdue, bar.learners)})`,
    ]),
    ...optional('note', hiddenNote(allPaths.length - shownPaths.length, minGroup, 'path')),
  };

  // ---- questions wrong the first time --------------------------------------------------------
  const prompts = new Map<string, { prompt: string; quiz: string }>();
  for (const quiz of catalogue.quizzes) {
    for (const question of quiz.questions)
      prompts.set(`${quiz.id}/${question.id}`, { prompt: question.prompt, quiz: quiz.title });
  }
  const questionCounts = new Map<string, { answered: number; wrong: number }>();
  for (const summary of summaries) {
    for (const [question, correct] of summary.firstTries) {
      const count = questionCounts.get(question) ?? { answered: 0, wrong: 0 };
      count.answered += 1;
      if (!correct) count.wrong += 1;
      questionCounts.set(question, count);
    }
  }
  const allQuestions = [...questionCounts].map(([key, count]) => ({ key, ...count }));
  const shownQuestions = allQuestions
    .filter((question) => question.answered >= minGroup)
    .sort(
      (a, b) =>
        b.wrong / b.answered - a.wrong / a.answered || b.wrong - a.wrong || byText(a.key, b.key),
    );
  const questionLabel = (key: string) => prompts.get(key)?.prompt ?? key;
  const questions: Table = {
    id: 'questions-wrong-first-time',
    title: 'Quiz questions answered wrong the first time',
    columns: ['Rank', 'Question', 'Quiz', 'People who answered', 'Wrong the first time'],
    rows: shownQuestions.map((question, index) => [
      String(index + 1),
      questionLabel(question.key),
      prompts.get(question.key)?.quiz ?? question.key.split('/')[0] ?? '',
      String(question.answered),
      `${question.wrong} (${percentText(question.wrong, question.answered)})`,
    ]),
    ...optional(
      'note',
      hiddenNote(allQuestions.length - shownQuestions.length, minGroup, 'question'),
    ),
  };
  const questionBars: Bar[] = shownQuestions.slice(0, 10).map((question) => ({
    label: questionLabel(question.key),
    percent: percent(question.wrong, question.answered),
    text: `${percentText(question.wrong, question.answered)} wrong (${question.wrong} of ${question.answered})`,
  }));

  // ---- scenarios -----------------------------------------------------------------------------
  const choiceCounts = new Map<string, Map<string, number>>();
  for (const summary of summaries) {
    for (const [decision, choice] of summary.firstChoices) {
      const counts = choiceCounts.get(decision) ?? new Map<string, number>();
      counts.set(choice, (counts.get(choice) ?? 0) + 1);
      choiceCounts.set(decision, counts);
    }
  }
  const endingCounts = new Map<string, Map<string, number>>();
  for (const summary of summaries) {
    for (const [scenario, ending] of summary.firstEndings) {
      const counts = endingCounts.get(scenario) ?? new Map<string, number>();
      counts.set(ending, (counts.get(ending) ?? 0) + 1);
      endingCounts.set(scenario, counts);
    }
  }
  const scenarios: ScenarioInsight[] = [];
  for (const scenario of catalogue.scenarios) {
    const decisions: ScenarioInsight['decisions'] = [];
    let hiddenDecisions = 0;
    for (const decision of scenario.decisions) {
      const counts = choiceCounts.get(`${scenario.id}/${decision.id}`);
      if (!counts) continue;
      const people = [...counts.values()].reduce((sum, n) => sum + n, 0);
      if (people < minGroup) {
        hiddenDecisions += 1;
        continue;
      }
      const choices = decision.choices.map((choice) => ({
        label: choice.text,
        count: counts.get(choice.id) ?? 0,
      }));
      for (const [id, count] of counts) {
        if (!decision.choices.some((choice) => choice.id === id))
          choices.push({ label: `${id} (no longer in the scenario)`, count });
      }
      decisions.push({
        id: decision.id,
        title: decision.title,
        table: {
          id: `scenario-${scenario.id}-${decision.id}`,
          title: `${scenario.title}: ${decision.title}`,
          columns: ['Choice', 'People', 'Share'],
          rows: choices.map((choice) => [
            choice.label,
            String(choice.count),
            percentText(choice.count, people),
          ]),
        },
        bars: choices.map((choice) => ({
          label: choice.label,
          percent: percent(choice.count, people),
          text: `${percentText(choice.count, people)} (${choice.count} of ${people})`,
        })),
      });
    }
    const counts = endingCounts.get(scenario.id);
    if (!decisions.length && !counts && !hiddenDecisions) continue;
    const players = counts ? [...counts.values()].reduce((sum, n) => sum + n, 0) : 0;
    const endingsShown = players >= minGroup;
    const endings = scenario.endings.map((ending) => ({
      label: ending.title,
      count: counts?.get(ending.id) ?? 0,
    }));
    const notes = [
      hiddenNote(hiddenDecisions, minGroup, 'decision'),
      counts && !endingsShown
        ? `Endings hidden: fewer than ${minGroup} people finished.`
        : undefined,
    ].filter(Boolean);
    scenarios.push({
      id: scenario.id,
      title: scenario.title,
      decisions,
      endings: {
        table: {
          id: `scenario-${scenario.id}-endings`,
          title: `${scenario.title}: endings reached the first time`,
          columns: ['Ending', 'People', 'Share'],
          rows: endingsShown
            ? endings.map((ending) => [
                ending.label,
                String(ending.count),
                percentText(ending.count, players),
              ])
            : [],
          ...optional('note', notes.length ? notes.join(' ') : undefined),
        },
        bars: endingsShown
          ? endings.map((ending) => ({
              label: ending.label,
              percent: percent(ending.count, players),
              text: `${percentText(ending.count, players)} (${ending.count} of ${players})`,
            }))
          : [],
      },
    });
  }

  return {
    learners: summaries.length,
    minGroup,
    completionByLearner,
    completionByPath,
    pathBars,
    needHelp,
    questions,
    questionBars,
    scenarios,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
