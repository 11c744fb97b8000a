/**
 * The build's proof that a scenario is sound, in friendly words. First the structure (ids, targets,
 * variables, conditions, dead ends, closed loops); if that is sound, every situation a learner can
 * reach is explored to show each ending is reachable and each condition can hold.
 */
import { scenarioShapeSchema, type Scenario } from '../schema';
import { formatPath, type ContentProblem } from '../../content/friendly-errors';
import { END } from '../rules';
import {
  branchKey,
  exploreScenario,
  SITUATION_LIMIT,
  trappedSituations,
  type StateSpace,
} from '../states';
import type { FieldPath, ScenarioFinding } from './finding';
import { findQualityProblems } from './quality';
import { findStructureProblems } from './structure';
import { findTruthProblems } from './truth';

export { analyseScenario, type ScenarioAnalysis } from '../analysis';
export type { ScenarioFinding } from './finding';

/** Every problem in a scenario, as the file, the field, what is wrong and what to do. */
export function checkScenario(scenario: Scenario, file: string): ContentProblem[] {
  return findScenarioProblems(scenario).map(({ path, problem, fix }) =>
    path.length ? { file, field: formatPath(path), problem, fix } : { file, problem, fix },
  );
}

/** The same problems with field paths as lists, for the schema to report through zod. */
export function findScenarioProblems(scenario: Scenario): ScenarioFinding[] {
  const structure = [...findStructureProblems(scenario), ...findQualityProblems(scenario)];
  // Play-through checks on a broken structure would only repeat its problems in other words.
  if (structure.length) return structure;
  const space = exploreScenario(scenario);
  const play = findPlayProblems(scenario, space);
  return play.length ? play : findTruthProblems(scenario, space);
}

function findPlayProblems(scenario: Scenario, space: StateSpace): ScenarioFinding[] {
  const found: ScenarioFinding[] = [];
  const report = (path: FieldPath, problem: string, fix: string) =>
    found.push({ path, problem, fix });
  if (space.truncated) {
    report(
      [],
      `This scenario has more than ${SITUATION_LIMIT} situations (a node with a set of variable values) to check, too many to prove it sound.`,
      'Narrow the variables\u2019 ranges, or use fewer variables.',
    );
    return found;
  }

  const visited = new Set(space.situations.map((s) => s.node));
  scenario.nodes.forEach((node, n) => {
    if (!visited.has(n)) {
      report(
        ['nodes', n],
        `No path reaches node "${node.id}": the branches that lead to it never apply.`,
        `Check the "if" conditions of the branches that lead to "${node.id}".`,
      );
    }
  });

  scenario.nodes.forEach((node, n) => {
    if (!visited.has(n)) return;
    node.choices.forEach((choice, c) => {
      if (typeof choice.to === 'string') return;
      choice.to.forEach((branch, k) => {
        if (branch.if === undefined) return;
        const at: FieldPath = ['nodes', n, 'choices', c, 'to', k];
        if (!space.branchHeld.has(branchKey(n, c, k))) {
          const seen = describeRanges(space, `${n}/${c}`, branch.if);
          report(
            [...at, 'if'],
            `The condition "${branch.if}" never holds after choice "${choice.id}" of node "${node.id}": there, ${seen}.`,
            'Change the condition, or the effects that lead here, so that it can hold.',
          );
        } else if (!space.branchTaken.has(branchKey(n, c, k))) {
          report(
            at,
            `The branch to "${branch.goto}" in choice "${choice.id}" of node "${node.id}" never applies: whenever "${branch.if}" holds, an earlier branch applies first.`,
            'Put this branch first, or make the earlier conditions stricter.',
          );
        }
      });
    });
  });

  const trapped = trappedSituations(space);
  if (trapped.length) {
    const nodes = [...new Set(trapped.map((s) => space.situations[s]!.node))].sort((a, b) => a - b);
    const names = nodes.map((n) => `"${scenario.nodes[n]!.id}"`).join(', ');
    report(
      ['nodes', nodes[0]!],
      `A learner can be caught going round ${nodes.length > 1 ? 'nodes' : 'node'} ${names} for ever: from some situations there, no sequence of choices leads to an ending.`,
      'Make sure a way out always applies in this loop, such as a choice that leads on whatever the values.',
    );
  }

  const everEnds = space.moves.some((m) => 'ending' in m.to);
  scenario.endings.forEach((ending, e) => {
    if (space.endingCount.has(e) || !everEnds) return;
    const at: FieldPath = ['endings', e];
    if (ending.when !== undefined && !space.endingHeld.has(e)) {
      report(
        [...at, 'when'],
        `The condition "${ending.when}" of ending "${ending.id}" never holds when the scenario ends: at the end, ${describeRanges(space, END, ending.when)}.`,
        'Lower the bar in "when", or change the choices\u2019 effects so that some path meets it.',
      );
      return;
    }
    const earlier = [...(space.endingShadowedBy.get(e) ?? [])]
      .sort((a, b) => a - b)
      .map((i) => `"${scenario.endings[i]!.id}"`);
    if (ending.when !== undefined) {
      report(
        at,
        `No path reaches ending "${ending.id}": whenever its condition holds, an earlier ending applies first (${earlier.join(', ')}).`,
        'Move it before those endings, or make their conditions stricter.',
      );
    } else {
      report(
        at,
        `No path reaches ending "${ending.id}": every path meets an earlier ending's condition first.`,
        'Make the earlier endings\u2019 conditions stricter, or remove this ending.',
      );
    }
  });
  return found;
}

/** "acc is between 2 and 8 and risk is always 5", for the variables a condition names. */
function describeRanges(space: StateSpace, key: string, condition: string): string {
  const ranges = space.ranges.get(key);
  const named = [...new Set(condition.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])].filter((w) =>
    ranges?.has(w),
  );
  const parts = named.map((id) => {
    const { min, max } = ranges!.get(id)!;
    return min === max ? `${id} is always ${min}` : `${id} is between ${min} and ${max}`;
  });
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
    : (parts[0] ?? 'it is never checked');
}

/** The shape plus every graph check, so one parse reports everything an author must fix. */
export const scenarioSchema = scenarioShapeSchema
  .superRefine((scenario, ctx) => {
    for (const { path, problem, fix } of findScenarioProblems(scenario)) {
      ctx.addIssue({ code: 'custom', path, message: problem, params: { fix } });
    }
  })
  .describe('A branching scenario (scenario.yaml)');
