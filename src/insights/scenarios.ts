/**
 * Each scenario's first choices at each decision and first endings, as tables and bars, each choice
 * with the author's verdict on it (strong, mixed or weak, and why) and each ending with its rank, so
 * the PMO can tell good practice from the rest without knowing the scenario. A decision met by fewer
 * people than the smallest group shown is hidden, and so are the endings when fewer people finished;
 * a note says what was hidden.
 */
import { hiddenNote, optional, percent, percentText, type Bar, type Table } from './figures';
import type { LearnerSummary } from './summary';

/** As in the scenario schema (src/scenario/schema.ts): how good a choice is. */
export type ChoiceQuality = 'strong' | 'mixed' | 'weak';

/** What the page knows of each scenario, so choices and endings are shown by their words. */
export interface ScenarioOutline {
  id: string;
  title: string;
  decisions: readonly {
    id: string;
    title: string;
    choices: readonly { id: string; text: string; quality: ChoiceQuality; why: string }[];
  }[];
  /** `rank` 1 is the best ending; several may share a rank. */
  endings: readonly { id: string; title: string; rank: number }[];
}

export const QUALITY_LABEL: Record<ChoiceQuality, string> = {
  strong: 'Strong',
  mixed: 'Mixed',
  weak: 'Weak',
};

/** "1 (best)", "2", "3 (worst)": the rank in words as well as a number. */
export function rankText(rank: number, ranks: readonly number[]): string {
  const worst = Math.max(...ranks);
  if (rank === 1) return '1 (best)';
  return rank === worst ? `${rank} (worst)` : String(rank);
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
    quality: QUALITY_LABEL[choice.quality],
    why: choice.why,
    count: counts.get(choice.id) ?? 0,
  }));
  for (const [id, count] of counts) {
    if (!decision.choices.some((choice) => choice.id === id))
      choices.push({
        label: `${id} (no longer in the scenario)`,
        quality: 'Not known',
        why: '',
        count,
      });
  }
  return {
    id: decision.id,
    title: decision.title,
    table: {
      id: `scenario-${scenario.id}-${decision.id}`,
      title: `${scenario.title}: ${decision.title}`,
      columns: ['Choice', 'Quality', 'Why', 'People', 'Share'],
      rows: choices.map((choice) => [
        choice.label,
        choice.quality,
        choice.why,
        String(choice.count),
        percentText(choice.count, people),
      ]),
      csv: {
        columns: ['Scenario', 'Decision', 'Choice', 'Quality', 'Why', 'People', 'Share (%)'],
        rows: choices.map((choice) => [
          scenario.title,
          decision.title,
          choice.label,
          choice.quality,
          choice.why,
          String(choice.count),
          String(percent(choice.count, people)),
        ]),
      },
    },
    bars: choices.map((choice) => ({
      label: choice.label,
      verdict: `${choice.quality} choice`,
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
  const ranks = scenario.endings.map((ending) => ending.rank);
  const endings = scenario.endings.map((ending) => ({
    label: ending.title,
    rank: ending.rank,
    rankText: rankText(ending.rank, ranks),
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
      columns: ['Ending', 'Rank (1 is best)', 'People', 'Share'],
      rows: shown
        ? endings.map((ending) => [
            ending.label,
            ending.rankText,
            String(ending.count),
            percentText(ending.count, players),
          ])
        : [],
      csv: {
        columns: ['Scenario', 'Ending', 'Rank (1 is best)', 'People', 'Share (%)'],
        rows: shown
          ? endings.map((ending) => [
              scenario.title,
              ending.label,
              String(ending.rank),
              String(ending.count),
              String(percent(ending.count, players)),
            ])
          : [],
      },
      ...optional('note', notes.length ? notes.join(' ') : undefined),
    },
    bars: shown
      ? endings.map((ending) => ({
          label: ending.label,
          verdict: `rank ${ending.rankText}`,
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
