/**
 * Where the learner is in a scenario, for "Decision 2 of 3". The decisions made so far are known;
 * the decisions still to come depend on the route. A total is given only when every route from a
 * node to the end takes the same number of decisions, following every branch of every choice
 * whatever the variables (so it holds for any values); otherwise there is no honest total and the
 * page says just "Decision 2". A route that can loop back has no fixed length either.
 */
import { END } from './rules';
import type { ScenarioTarget } from './schema';

interface Graph {
  nodes: readonly { id: string; choices: readonly { to: ScenarioTarget }[] }[];
}

/** Varies: routes from here differ in length (or loop, or lead somewhere unknown). */
const VARIES = -1;

/** For each node id, the decisions from it to the end, itself included; undefined when routes differ. */
export function decisionsToEnd(scenario: Graph): Map<string, number | undefined> {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const known = new Map<string, number>();
  const visiting = new Set<string>();

  const fromNode = (id: string): number => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    if (!node || visiting.has(id) || node.choices.length === 0) return VARIES;
    visiting.add(id);
    const after = new Set(node.choices.flatMap((choice) => targetsOf(choice.to)).map(fromTarget));
    visiting.delete(id);
    const [only] = after;
    const count = after.size === 1 && only !== undefined && only !== VARIES ? only + 1 : VARIES;
    known.set(id, count);
    return count;
  };
  const fromTarget = (target: string): number => (target === END ? 0 : fromNode(target));

  return new Map(
    scenario.nodes.map((node) => {
      const count = fromNode(node.id);
      return [node.id, count === VARIES ? undefined : count];
    }),
  );
}

function targetsOf(to: ScenarioTarget): string[] {
  return typeof to === 'string' ? [to] : to.map((branch) => branch.goto);
}

/** "Decision 2 of 3", or "Decision 2" when the total depends on the route. */
export function decisionLabel(made: number, toEnd: number | undefined): string {
  return toEnd === undefined ? `Decision ${made + 1}` : `Decision ${made + 1} of ${made + toEnd}`;
}
