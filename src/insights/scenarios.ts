/**
 * Each scenario's first choices at each decision and first endings, as tables and bars. A decision
 * met by fewer people than the smallest group shown is hidden, and so are the endings when fewer
 * people finished; a note says what was hidden.
 */
import { hiddenNote, optional, percent, percentText, type Bar, type Table } from './figures';
import type { LearnerSummary } from './summary';

/** What the page knows of each scenario, so choices and endings are shown by their words. */
export interface ScenarioOutline {
  id: string;
  title: string;
  decisions: readonly {
    id: string;
    title: string;
    choices: readonly { id: string; text: string }[];
  }[];
  endings: readonly { id: string; title: string }[];
}

export interface ScenarioInsight {
  id: string;
  title: string;
  decisions: { id: string; title: string; table: Table; bars: Bar[] }[];
  endings: { table: Table; bars: Bar[] };
}

type Counts = Map<string, Map<string, number>>;

/** key → answer → people, from `[key, answer]` pairs such as first choices or first endings. */
export function countFirsts(pairs: Iterable<readonly [key: string, answer: string]>): Counts {
  const counts: Counts = new Map();
  for (const [key, answer] of pairs) {
    const answers = counts.get(key) ?? new Map<string, number>();
    answers.set(answer, (answers.get(answer) ?? 0) + 1);
    counts.set(key, answers);
  }
  return counts;
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((all, n) => all + n, 0);

/** One decision's table and bars; choices since removed from the scenario are listed last. */
export function decisionInsight(
  scenario: Pick<ScenarioOutline, 'id' | 'title'>,
  decision: ScenarioOutline['decisions'][number],
  counts: Map<string, number>,
): ScenarioInsight['decisions'][number] {
  const people = sum(counts);
  const choices = decision.choices.map((choice) => ({
    label: choice.text,
    count: counts.get(choice.id) ?? 0,
  }));
  for (const [id, count] of counts) {
    if (!decision.choices.some((choice) => choice.id === id))
      choices.push({ label: `${id} (no longer in the scenario)`, count });
  }
  return {
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
  };
}

/**
 * The endings reached the first time. Their table's note also says how many of the scenario's
 * decisions were hidden, so the scenario's one note is in one place.
 */
export function endingsInsight(
  scenario: ScenarioOutline,
  counts: Map<string, number> | undefined,
  minGroup: number,
  hiddenDecisions: number,
): ScenarioInsight['endings'] {
  const players = counts ? sum(counts) : 0;
  const shown = players >= minGroup;
  const endings = scenario.endings.map((ending) => ({
    label: ending.title,
    count: counts?.get(ending.id) ?? 0,
  }));
  const notes = [
    hiddenNote(hiddenDecisions, minGroup, 'decision'),
    counts && !shown ? `Endings hidden: fewer than ${minGroup} people finished.` : undefined,
  ].filter(Boolean);
  return {
    table: {
      id: `scenario-${scenario.id}-endings`,
      title: `${scenario.title}: endings reached the first time`,
      columns: ['Ending', 'People', 'Share'],
      rows: shown
        ? endings.map((ending) => [
            ending.label,
            String(ending.count),
            percentText(ending.count, players),
          ])
        : [],
      ...optional('note', notes.length ? notes.join(' ') : undefined),
    },
    bars: shown
      ? endings.map((ending) => ({
          label: ending.label,
          percent: percent(ending.count, players),
          text: `${percentText(ending.count, players)} (${ending.count} of ${players})`,
        }))
      : [],
  };
}

/** Every scenario someone played, in the site's order; scenarios nobody played are left out. */
export function scenarioInsights(
  summaries: readonly LearnerSummary[],
  scenarios: readonly ScenarioOutline[],
  minGroup: number,
): ScenarioInsight[] {
  const choiceCounts = countFirsts(summaries.flatMap((summary) => summary.firstChoices));
  const endingCounts = countFirsts(summaries.flatMap((summary) => summary.firstEndings));
  const out: ScenarioInsight[] = [];
  for (const scenario of scenarios) {
    const decisions: ScenarioInsight['decisions'] = [];
    let hiddenDecisions = 0;
    for (const decision of scenario.decisions) {
      const counts = choiceCounts.get(`${scenario.id}/${decision.id}`);
      if (!counts) continue;
      if (sum(counts) < minGroup) hiddenDecisions += 1;
      else decisions.push(decisionInsight(scenario, decision, counts));
    }
    const counts = endingCounts.get(scenario.id);
    if (!decisions.length && !counts && !hiddenDecisions) continue;
    out.push({
      id: scenario.id,
      title: scenario.title,
      decisions,
      endings: endingsInsight(scenario, counts, minGroup, hiddenDecisions),
    });
  }
  return out;
}
