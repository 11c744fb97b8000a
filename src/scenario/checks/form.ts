/**
 * Whether a scenario's best choice can be spotted by its length: the strong choice at a decision is
 * its longest in too many decisions. Counted across a course; the limit is in courses/README.md.
 */
import type { Scenario } from '../schema';
import {
  applyChoice,
  END,
  endingFor,
  nodeById,
  resolveTarget,
  startingValues,
  type Values,
} from '../rules';

export const BEST_CHOICE_LONGEST_MAX = 0.4;

export interface ScenarioFormFigures {
  /** Decisions with a strong choice. */
  decisions: number;
  /** `scenarioId/nodeId` of decisions whose strong choice is strictly the longest. */
  bestLongest: string[];
  /** Scenario ids where every choice at each decision leads to the same place. */
  linear: string[];
}

/** Where a choice can lead, as a sorted list, so two choices can be compared. */
const targetsOf = (to: Scenario['nodes'][number]['choices'][number]['to']) =>
  (typeof to === 'string' ? [to] : to.map((branch) => branch.goto)).sort().join('|');

export function scenarioFormFigures(scenarios: readonly Scenario[]): ScenarioFormFigures {
  const figures: ScenarioFormFigures = { decisions: 0, bestLongest: [], linear: [] };
  for (const scenario of scenarios) {
    for (const node of scenario.nodes) {
      const strong = node.choices.filter((c) => c.quality === 'strong');
      if (strong.length === 0) continue;
      figures.decisions += 1;
      const longest = Math.max(...node.choices.map((c) => c.text.length));
      const soleLongest = node.choices.filter((c) => c.text.length === longest);
      if (soleLongest.length === 1 && soleLongest[0]!.quality === 'strong') {
        figures.bestLongest.push(`${scenario.id}/${node.id}`);
      }
    }
    const branches = scenario.nodes.some(
      (node) => new Set(node.choices.map((c) => targetsOf(c.to))).size > 1,
    );
    if (!branches) figures.linear.push(scenario.id);
  }
  return figures;
}

export interface PathFigures {
  /** Every sequence of choices from the start to an ending. */
  paths: number;
  toBest: number;
  /** Paths to a best-ranked ending that include a weak choice: the build keeps this at 0. */
  toBestWithWeak: number;
  /** True when the scenario has more paths than are worth listing; the figures are then partial. */
  partial: boolean;
}

/** Walks every path one by one, for the content report (the build's proof does not count paths). */
export function pathFigures(scenario: Scenario, limit = 100_000): PathFigures {
  const best = Math.min(...scenario.endings.map((e) => e.rank));
  const figures: PathFigures = { paths: 0, toBest: 0, toBestWithWeak: 0, partial: false };
  const walk = (nodeId: string, values: Values, weak: boolean, depth: number): void => {
    const node = nodeById(scenario, nodeId);
    if (!node || depth > scenario.nodes.length * 3) return;
    for (const choice of node.choices) {
      if (figures.paths >= limit) {
        figures.partial = true;
        return;
      }
      const after = applyChoice(scenario.variables, values, choice);
      const withWeak = weak || choice.quality === 'weak';
      const to = resolveTarget(choice.to, after) ?? END;
      if (to !== END) {
        walk(to, after, withWeak, depth + 1);
        continue;
      }
      figures.paths += 1;
      const ending = endingFor(scenario.endings, after) ?? scenario.endings.at(-1);
      if (ending?.rank === best) {
        figures.toBest += 1;
        if (withWeak) figures.toBestWithWeak += 1;
      }
    }
  };
  walk(scenario.start, startingValues(scenario.variables), false, 0);
  return figures;
}
