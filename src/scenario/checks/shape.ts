/**
 * The shape of a scenario's node graph, ignoring the variables: nodes no choice leads to, and groups
 * of nodes that lead only to each other (a loop with no way out).
 */
import type { Scenario, ScenarioTarget } from '../schema';
import { END } from '../rules';
import type { ScenarioFinding } from './finding';

/** Nodes no choice leads to, and groups of nodes that lead only to each other. */
export function findShapeProblems(scenario: Scenario): ScenarioFinding[] {
  const found: ScenarioFinding[] = [];
  const next = new Map(
    scenario.nodes.map((node) => [node.id, targetsOf(node.choices.map((c) => c.to))]),
  );
  const index = new Map(scenario.nodes.map((node, i) => [node.id, i]));

  const reached = new Set([scenario.start]);
  const queue = [scenario.start];
  while (queue.length) {
    for (const to of next.get(queue.pop()!) ?? []) {
      if (to !== END && index.has(to) && !reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  scenario.nodes.forEach((node, n) => {
    if (!reached.has(node.id)) {
      found.push({
        path: ['nodes', n],
        problem: `No path reaches node "${node.id}": no choice leads to it.`,
        fix: `Lead a choice to "${node.id}", or remove the node.`,
      });
    }
  });

  for (const group of stronglyConnected(
    scenario.nodes.map((n) => n.id),
    next,
  )) {
    const members = new Set(group);
    const loops = group.length > 1 || (next.get(group[0]!) ?? []).includes(group[0]!);
    const exits = group.some((id) => (next.get(id) ?? []).some((to) => !members.has(to)));
    if (!loops || exits) continue;
    const first = Math.min(...group.map((id) => index.get(id)!));
    const names = group.map((id) => `"${id}"`);
    const problem =
      group.length === 1
        ? `Node ${names[0]} leads only back to itself, so a learner who reaches it can never finish.`
        : `Nodes ${joinAnd(names)} lead only to each other, so a learner who reaches them can never finish.`;
    found.push({
      path: ['nodes', first],
      problem,
      fix: 'Give one of these nodes a choice that leads to another node or to "end".',
    });
  }
  return found;
}

export function targetsOf(targets: readonly ScenarioTarget[]): string[] {
  return [
    ...new Set(targets.flatMap((to) => (typeof to === 'string' ? [to] : to.map((b) => b.goto)))),
  ];
}

/** Tarjan's algorithm: groups of nodes that can each reach all the others. */
function stronglyConnected(ids: string[], next: Map<string, string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (id: string) => {
    order.set(id, order.size);
    low.set(id, order.get(id)!);
    stack.push(id);
    onStack.add(id);
    for (const to of next.get(id) ?? []) {
      if (!next.has(to)) continue;
      if (!order.has(to)) {
        visit(to);
        low.set(id, Math.min(low.get(id)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(id, Math.min(low.get(id)!, order.get(to)!));
    }
    if (low.get(id) === order.get(id)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== id);
      groups.push(group.sort((a, b) => ids.indexOf(a) - ids.indexOf(b)));
    }
  };
  ids.forEach((id) => order.has(id) || visit(id));
  return groups;
}

function joinAnd(items: string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
