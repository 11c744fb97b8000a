/**
 * Every situation a learner can be in: a node together with the variables' values. The variables
 * are small whole numbers in a range, so the situations reachable from the start can be listed in
 * full (each visited once), which is what lets the build prove endings reachable and conditions live.
 */
import type { Scenario } from './schema';
import { evaluateCondition, parseCondition, type Condition } from './conditions';
import {
  applyChoice,
  END,
  endingFor,
  startingValues,
  type ConditionTest,
  type Values,
} from './rules';

/** Beyond this many situations the check stops and says so, rather than running for ever. */
export const SITUATION_LIMIT = 200_000;

export interface Situation {
  node: number;
  values: Values;
}

/** One choice taken in one situation: where it leads, and by which branch of its target. */
export interface Move {
  from: number;
  choice: number;
  /** Index of the branch that applied, when the target is a list of branches. */
  branch: number | undefined;
  /** The next situation, or the ending that applies when the choice leads to "end". */
  to: { situation: number } | { ending: number };
}

export interface StateSpace {
  situations: Situation[];
  moves: Move[];
  /** Moves out of each situation, by situation index. */
  movesFrom: Move[][];
  truncated: boolean;
  /** Keys `node/choice/branch` of branches whose `if` held in some situation after the choice. */
  branchHeld: Set<string>;
  /** Keys `node/choice/branch` of branches that were the one applied. */
  branchTaken: Set<string>;
  /** Ending indexes whose `when` held in some situation at the end. */
  endingHeld: Set<number>;
  /** How often each ending applied, by ending index. */
  endingCount: Map<number, number>;
  /** The endings that applied first in situations where ending i's `when` also held. */
  endingShadowedBy: Map<number, Set<number>>;
  /** The values seen after each choice (key `node/choice`) and at the end (key `end`), per variable. */
  ranges: Map<string, Map<string, { min: number; max: number }>>;
}

export const branchKey = (node: number, choice: number, branch: number) =>
  `${node}/${choice}/${branch}`;

/** Explores from the start. Assumes the structure checks passed (targets exist, variables declared). */
export function exploreScenario(scenario: Scenario, limit = SITUATION_LIMIT): StateSpace {
  const holds = cachedConditions();
  const nodeIndex = new Map(scenario.nodes.map((node, i) => [node.id, i]));
  const space: StateSpace = {
    situations: [],
    moves: [],
    movesFrom: [],
    truncated: false,
    branchHeld: new Set(),
    branchTaken: new Set(),
    endingHeld: new Set(),
    endingCount: new Map(),
    endingShadowedBy: new Map(),
    ranges: new Map(),
  };
  const known = new Map<string, number>();
  const visit = (node: number, values: Values): number => {
    const key = `${node}|${scenario.variables.map((v) => values[v.id]).join(',')}`;
    const seen = known.get(key);
    if (seen !== undefined) return seen;
    const index = space.situations.length;
    known.set(key, index);
    space.situations.push({ node, values });
    space.movesFrom.push([]);
    return index;
  };

  const start = nodeIndex.get(scenario.start);
  if (start === undefined) return space;
  visit(start, startingValues(scenario.variables));

  for (let at = 0; at < space.situations.length; at += 1) {
    if (space.situations.length > limit) {
      space.truncated = true;
      break;
    }
    const { node: n, values } = space.situations[at]!;
    scenario.nodes[n]!.choices.forEach((choice, c) => {
      const after = applyChoice(scenario.variables, values, choice);
      widen(space.ranges, `${n}/${c}`, after);
      let branch: number | undefined;
      let target: string | undefined;
      if (typeof choice.to === 'string') target = choice.to;
      else {
        choice.to.forEach((b, k) => {
          const applies = b.if === undefined || holds(b.if, after);
          if (b.if !== undefined && applies) space.branchHeld.add(branchKey(n, c, k));
          if (applies && target === undefined) [branch, target] = [k, b.goto];
        });
        if (branch !== undefined) space.branchTaken.add(branchKey(n, c, branch));
      }
      if (target === undefined) return;
      const move: Move = { from: at, choice: c, branch, to: { situation: -1 } };
      if (target === END) move.to = { ending: reachEnding(scenario, space, after, holds) };
      else {
        const next = nodeIndex.get(target);
        if (next === undefined) return;
        move.to = { situation: visit(next, after) };
      }
      space.moves.push(move);
      space.movesFrom[at]!.push(move);
    });
  }
  return space;
}

/** Situations from which no sequence of choices reaches an ending (a loop with no way out). */
export function trappedSituations(space: StateSpace): number[] {
  const leadsOut = new Set<number>();
  const into = new Map<number, number[]>();
  for (const move of space.moves) {
    if ('ending' in move.to) leadsOut.add(move.from);
    else into.set(move.to.situation, [...(into.get(move.to.situation) ?? []), move.from]);
  }
  const queue = [...leadsOut];
  while (queue.length) {
    for (const from of into.get(queue.pop()!) ?? []) {
      if (!leadsOut.has(from)) {
        leadsOut.add(from);
        queue.push(from);
      }
    }
  }
  return space.situations.map((_, i) => i).filter((i) => !leadsOut.has(i));
}

function reachEnding(
  scenario: Scenario,
  space: StateSpace,
  values: Values,
  holds: ConditionTest,
): number {
  widen(space.ranges, END, values);
  const ending = endingFor(scenario.endings, values, holds);
  // With the structure checks passed the last ending has no "when", so one always applies.
  const applied = ending ? scenario.endings.indexOf(ending) : scenario.endings.length - 1;
  space.endingCount.set(applied, (space.endingCount.get(applied) ?? 0) + 1);
  scenario.endings.forEach((e, i) => {
    if (e.when === undefined || !holds(e.when, values)) return;
    space.endingHeld.add(i);
    if (i !== applied) {
      const by = space.endingShadowedBy.get(i) ?? new Set<number>();
      by.add(applied);
      space.endingShadowedBy.set(i, by);
    }
  });
  return applied;
}

function widen(ranges: StateSpace['ranges'], key: string, values: Values): void {
  const range = ranges.get(key) ?? new Map<string, { min: number; max: number }>();
  for (const [id, value] of Object.entries(values)) {
    const seen = range.get(id);
    range.set(
      id,
      seen
        ? { min: Math.min(seen.min, value), max: Math.max(seen.max, value) }
        : { min: value, max: value },
    );
  }
  ranges.set(key, range);
}

/** Parses each condition once per exploration; the cache lives and dies with one check. */
function cachedConditions(): ConditionTest {
  const parsed = new Map<string, Condition | null>();
  return (source, values) => {
    if (!parsed.has(source)) {
      const result = parseCondition(source);
      parsed.set(source, result.ok ? result.condition : null);
    }
    const condition = parsed.get(source);
    return condition ? evaluateCondition(condition, values) : false;
  };
}
