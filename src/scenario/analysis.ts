/**
 * What the author view draws: the nodes, the edges between them, and for each ending how many
 * distinct choice sequences from the start end there, with the shortest one as an example.
 */
import type { Scenario } from './schema';
import { exploreScenario, type Move, type StateSpace } from './states';

export interface ScenarioAnalysis {
  start: string;
  nodes: { id: string; title: string; speaker?: string; reachable: boolean }[];
  /** One edge per choice, or per branch when a choice's target depends on the variables. */
  edges: { from: string; choice: string; text: string; to: string; if?: string }[];
  /** In the order they are checked, with the paths that end in each. */
  endings: {
    id: string;
    title: string;
    when?: string;
    paths: number;
    /** The shortest choice sequence that ends here, or none when no path does. */
    example: { node: string; choice: string }[];
  }[];
  totalPaths: number;
  /** Distinct situations (a node with a set of variable values) a learner can be in. */
  situations: number;
  /** True when a learner can return to an earlier situation; counts then include only paths that do not. */
  hasLoops: boolean;
}

export function analyseScenario(scenario: Scenario): ScenarioAnalysis {
  const space = exploreScenario(scenario);
  const visited = new Set(space.situations.map((s) => s.node));
  const { counts, hasLoops } = countPaths(space, scenario.endings.length);
  const examples = shortestExamples(scenario, space);
  const fromStart = counts[0] ?? [];
  return {
    start: scenario.start,
    nodes: scenario.nodes.map((node, n) => ({
      id: node.id,
      title: node.title,
      ...(node.speaker === undefined ? {} : { speaker: node.speaker }),
      reachable: visited.has(n),
    })),
    edges: scenario.nodes.flatMap((node) =>
      node.choices.flatMap((choice) =>
        typeof choice.to === 'string'
          ? [{ from: node.id, choice: choice.id, text: choice.text, to: choice.to }]
          : choice.to.map((branch) => ({
              from: node.id,
              choice: choice.id,
              text: choice.text,
              to: branch.goto,
              ...(branch.if === undefined ? {} : { if: branch.if }),
            })),
      ),
    ),
    endings: scenario.endings.map((ending, e) => ({
      id: ending.id,
      title: ending.title,
      ...(ending.when === undefined ? {} : { when: ending.when }),
      paths: fromStart[e] ?? 0,
      example: examples.get(e) ?? [],
    })),
    totalPaths: fromStart.reduce((sum, n) => sum + n, 0),
    situations: space.situations.length,
    hasLoops,
  };
}

/** Paths to each ending from each situation, counted once per situation (post-order, no recursion). */
function countPaths(
  space: StateSpace,
  endingTotal: number,
): { counts: number[][]; hasLoops: boolean } {
  const counts: number[][] = [];
  const state: ('open' | 'done' | undefined)[] = [];
  let hasLoops = false;
  if (!space.situations.length) return { counts, hasLoops };
  const stack: { at: number; next: number }[] = [{ at: 0, next: 0 }];
  state[0] = 'open';
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const moves = space.movesFrom[top.at] ?? [];
    const move = moves[top.next];
    if (move) {
      top.next += 1;
      if ('situation' in move.to) {
        const to = move.to.situation;
        if (state[to] === 'open') hasLoops = true;
        else if (state[to] === undefined) {
          state[to] = 'open';
          stack.push({ at: to, next: 0 });
        }
      }
      continue;
    }
    const total = new Array<number>(endingTotal).fill(0);
    for (const m of moves) {
      if ('ending' in m.to) total[m.to.ending] = (total[m.to.ending] ?? 0) + 1;
      else if (state[m.to.situation] === 'done') {
        counts[m.to.situation]!.forEach((n, e) => (total[e] = (total[e] ?? 0) + n));
      }
    }
    counts[top.at] = total;
    state[top.at] = 'done';
    stack.pop();
  }
  return { counts, hasLoops };
}

function shortestExamples(
  scenario: Scenario,
  space: StateSpace,
): Map<number, { node: string; choice: string }[]> {
  const cameBy = new Map<number, Move>();
  const examples = new Map<number, { node: string; choice: string }[]>();
  const stepsTo = (move: Move) => {
    const steps: { node: string; choice: string }[] = [];
    for (let m: Move | undefined = move; m; m = cameBy.get(m.from)) {
      const node = scenario.nodes[space.situations[m.from]!.node]!;
      steps.unshift({ node: node.id, choice: node.choices[m.choice]!.id });
    }
    return steps;
  };
  // Situations are numbered in breadth-first order, so the first move found to an ending is a shortest one.
  for (let at = 0; at < space.situations.length; at += 1) {
    for (const move of space.movesFrom[at] ?? []) {
      if ('ending' in move.to) {
        if (!examples.has(move.to.ending)) examples.set(move.to.ending, stepsTo(move));
      } else if (move.to.situation !== 0 && !cameBy.has(move.to.situation))
        cameBy.set(move.to.situation, move);
    }
  }
  return examples;
}
