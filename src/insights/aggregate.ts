/**
 * The PMO's figures, from learners' summaries: completion by learner and by path, who may need help,
 * quiz questions ranked by how often they are answered wrong the first time, the choices and endings
 * of each scenario, and each practice task's rubric results. Each table is worked out by its own
 * function (learner-progress.ts, path-completion.ts, questions.ts, scenarios.ts, practice.ts); this
 * file puts them together.
 *
 * The privacy rule, said on the page in PRIVACY_RULE: progress is shown by name, because that is what
 * learners share their reports for, and so is its count by path, which only adds up the named rows.
 * What people answered, chose and ticked is never shown by name, only as figures for groups of at
 * least `minGroup` people (a question's answerers, a decision's or a scenario's players, a task's
 * assessors); smaller groups are hidden with a note saying how many were, because with very few
 * people a share can point at one person.
 */
import type { Bar, Table } from './figures';
import { assignmentsByLearner, completionByLearner, whoMayNeedHelp } from './learner-progress';
import { pathCompletion, type PathBar } from './path-completion';
import { questionsWrongFirstTime, type QuizOutline } from './questions';
import { scenarioInsights, type ScenarioInsight, type ScenarioOutline } from './scenarios';
import { practiceInsights, type PracticeInsight, type PracticeOutline } from './practice';
import type { LearnerSummary } from './summary';
import type { PathCatalogue } from '../paths/steps';

export interface InsightsCatalogue extends PathCatalogue {
  quizzes: readonly QuizOutline[];
  scenarios: readonly ScenarioOutline[];
  practice: readonly PracticeOutline[];
}

/** The default smallest group shown; explained on the page. */
export const DEFAULT_MIN_GROUP = 5;

/** The rule above, in one sentence, for the page. */
export function privacyRule(minGroup: number): string {
  const people = minGroup === 1 ? '1 person' : `${minGroup} people`;
  return `You see each learner’s progress by name, because that is what they share their reports for; what people answered in quizzes, chose in scenarios and ticked in practice tasks is shown only as figures for groups of at least ${people}, so no one’s answers can be picked out.`;
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
  practice: PracticeInsight[];
}

export function aggregate(
  summaries: readonly LearnerSummary[],
  catalogue: InsightsCatalogue,
  minGroup: number = DEFAULT_MIN_GROUP,
): Insights {
  const rows = assignmentsByLearner(summaries);
  const { pathBars, completionByPath } = pathCompletion(summaries);
  const { questions, questionBars } = questionsWrongFirstTime(
    summaries,
    catalogue.quizzes,
    minGroup,
  );
  return {
    learners: summaries.length,
    minGroup,
    completionByLearner: completionByLearner(rows),
    completionByPath,
    pathBars,
    needHelp: whoMayNeedHelp(rows),
    questions,
    questionBars,
    scenarios: scenarioInsights(summaries, catalogue.scenarios, minGroup),
    practice: practiceInsights(summaries, catalogue.practice, minGroup),
  };
}

/**
 * As aggregate, for the page: null (and the error in the console) if working the figures out throws
 * for a reason nobody foresaw, so the page can say so instead of going blank.
 */
export function workOutInsights(
  summaries: readonly LearnerSummary[],
  catalogue: InsightsCatalogue,
  minGroup: number = DEFAULT_MIN_GROUP,
): Insights | null {
  try {
    return aggregate(summaries, catalogue, minGroup);
  } catch (error) {
    console.error('Sideline: could not work out the insights', error);
    return null;
  }
}
