/**
 * The build's proof that every ending is true to the path that reaches it. Situations (node and
 * values) forget how the learner got there, so this walks them again carrying just enough history:
 * whether a weak choice was made, and which of the choices named in endings' `requires`/`excludes`
 * were made. Each (situation, history) pair is visited once, so the walk stays as small as the
 * scenario's real paths. A problem names one path that breaks the rule, so the author can replay it.
 */
import type { Scenario } from '../schema';
import type { StateSpace } from '../states';
import type { FieldPath, ScenarioFinding } from './finding';

interface Walked {
  situation: number;
  weak: boolean;
  /** Bit i set: tracked choice i was made on the way here. */
  made: number;
  /** How this pair was first reached, to name a path in a problem. */
  from: Walked | null;
  choice: { node: number; choice: number } | null;
}

/** Each choice by its id; an id used in two nodes is not listed (the structure check reports it). */
export function choicesById(scenario: Scenario): Map<string, { node: number; choice: number }> {
  const found = new Map<string, { node: number; choice: number }>();
  const twice = new Set<string>();
  scenario.nodes.forEach((node, n) =>
    node.choices.forEach((choice, c) => {
      if (found.has(choice.id)) twice.add(choice.id);
      found.set(choice.id, { node: n, choice: c });
    }),
  );
  for (const id of twice) found.delete(id);
  return found;
}

export const bestRank = (scenario: Scenario) => Math.min(...scenario.endings.map((e) => e.rank));

export function findTruthProblems(scenario: Scenario, space: StateSpace): ScenarioFinding[] {
  const byId = choicesById(scenario);
  const tracked = [
    ...new Set(scenario.endings.flatMap((e) => [...e.requires, ...e.excludes])),
  ].filter((id) => byId.has(id));
  const bit = new Map(tracked.map((id, i) => [id, 1 << i]));
  const top = bestRank(scenario);
  const found = new Map<string, ScenarioFinding>();
  const report = (key: string, path: FieldPath, problem: string, fix: string) => {
    if (!found.has(key)) found.set(key, { path, problem, fix });
  };

  const seen = new Set<string>();
  const queue: Walked[] = [];
  const enqueue = (walked: Walked) => {
    const key = `${walked.situation}|${walked.weak ? 1 : 0}|${walked.made}`;
    if (seen.has(key)) return;
    seen.add(key);
    queue.push(walked);
  };
  if (space.situations.length) {
    enqueue({ situation: 0, weak: false, made: 0, from: null, choice: null });
  }

  for (let at = 0; at < queue.length; at += 1) {
    const here = queue[at]!;
    for (const move of space.movesFrom[here.situation] ?? []) {
      const n = space.situations[here.situation]!.node;
      const choice = scenario.nodes[n]!.choices[move.choice]!;
      const next: Walked = {
        situation: -1,
        weak: here.weak || choice.quality === 'weak',
        made: here.made | (bit.get(choice.id) ?? 0),
        from: here,
        choice: { node: n, choice: move.choice },
      };
      if ('situation' in move.to) {
        enqueue({ ...next, situation: move.to.situation });
        continue;
      }
      const e = move.to.ending;
      const ending = scenario.endings[e]!;
      const path = () => describePath(scenario, next);
      if (ending.rank === top && next.weak) {
        const weak = weakChoicesOn(scenario, next);
        report(
          `weak/${e}`,
          ['endings', e, 'rank'],
          `A path with the weak choice ${weak} reaches "${ending.id}", which is ranked best: ${path()}.`,
          `Lead that path to a lower-ranked ending (through a branch, or a "when" on the variables), or add the choice to "excludes" of "${ending.id}"; if the choice is not weak after all, change its quality and its why.`,
        );
      }
      ending.requires.forEach((id, i) => {
        if (bit.has(id) && !(next.made & bit.get(id)!)) {
          report(
            `requires/${e}/${id}`,
            ['endings', e, 'requires', i],
            `Ending "${ending.id}" requires the choice "${id}", but this path reaches it without that choice: ${path()}.`,
            `Send paths without "${id}" to another ending, or rewrite the outcome so it holds for them and remove "${id}" from "requires".`,
          );
        }
      });
      ending.excludes.forEach((id, i) => {
        if (bit.has(id) && next.made & bit.get(id)!) {
          report(
            `excludes/${e}/${id}`,
            ['endings', e, 'excludes', i],
            `Ending "${ending.id}" excludes the choice "${id}", but this path makes that choice and still reaches it: ${path()}.`,
            `Send paths with "${id}" to another ending, or rewrite the outcome so it holds for them and remove "${id}" from "excludes".`,
          );
        }
      });
    }
  }
  return [...found.values()];
}

function choicesOn(walked: Walked): { node: number; choice: number }[] {
  const steps: { node: number; choice: number }[] = [];
  for (let at: Walked | null = walked; at?.choice; at = at.from) steps.unshift(at.choice);
  return steps;
}

/** `"ask-her" (node "status-meeting") → "present-it" (node "board")`. */
function describePath(scenario: Scenario, walked: Walked): string {
  return choicesOn(walked)
    .map(({ node, choice }) => {
      const n = scenario.nodes[node]!;
      return `"${n.choices[choice]!.id}" (node "${n.id}")`;
    })
    .join(' → ');
}

function weakChoicesOn(scenario: Scenario, walked: Walked): string {
  return choicesOn(walked)
    .map(({ node, choice }) => scenario.nodes[node]!.choices[choice]!)
    .filter((choice) => choice.quality === 'weak')
    .map((choice) => `"${choice.id}"`)
    .join(' and ');
}
