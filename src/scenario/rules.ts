/**
 * The rules of play, in one place: how a choice changes the variables, where it leads and which
 * ending applies. The machine (what learners play) and the graph checks (what the build proves)
 * both use these, so what is proved is what is played. No zod, no framework: it runs in the browser.
 */
import type { ScenarioChoice, ScenarioEnding, ScenarioTarget, ScenarioVariable } from './schema';
import { conditionHolds } from './conditions';

/** Where a choice leads to finish the scenario; the endings then decide how it ends. */
export const END = 'end';

export type Values = Record<string, number>;

/** Decides whether a condition holds; the graph checks pass a cached one. */
export type ConditionTest = (source: string, values: Readonly<Values>) => boolean;

/** One variable's change after a choice, as the learner is shown it. */
export interface VariableChange {
  id: string;
  label: string;
  before: number;
  after: number;
}

export function startingValues(variables: readonly ScenarioVariable[]): Values {
  return Object.fromEntries(variables.map((v) => [v.id, clamp(v, v.start)]));
}

export function clamp(variable: ScenarioVariable, value: number): number {
  return Math.min(variable.max, Math.max(variable.min, value));
}

/**
 * The values after a choice: its changes are added, then its `set` values replace, each kept within
 * the variable's range. Undeclared variables are ignored here (the build reports them).
 */
export function applyChoice(
  variables: readonly ScenarioVariable[],
  values: Readonly<Values>,
  choice: Pick<ScenarioChoice, 'effects' | 'set'>,
): Values {
  const next: Values = { ...values };
  for (const variable of variables) {
    const current = next[variable.id] ?? variable.start;
    const delta = choice.effects[variable.id] ?? 0;
    const set = choice.set?.[variable.id];
    next[variable.id] = clamp(variable, set ?? current + delta);
  }
  return next;
}

/** Every variable the choice names, with its value before and after (even when the range stopped it). */
export function changesOf(
  variables: readonly ScenarioVariable[],
  before: Readonly<Values>,
  after: Readonly<Values>,
  choice: Pick<ScenarioChoice, 'effects' | 'set'>,
): VariableChange[] {
  const named = new Set([...Object.keys(choice.effects), ...Object.keys(choice.set ?? {})]);
  return variables
    .filter((v) => named.has(v.id) || before[v.id] !== after[v.id])
    .map((v) => ({
      id: v.id,
      label: v.label,
      before: before[v.id] ?? v.start,
      after: after[v.id] ?? v.start,
    }));
}

/** The node id (or END) a target leads to with these values; undefined if no branch applies. */
export function resolveTarget(
  to: ScenarioTarget,
  values: Readonly<Values>,
  holds: ConditionTest = conditionHolds,
): string | undefined {
  if (typeof to === 'string') return to;
  return to.find((branch) => branch.if === undefined || holds(branch.if, values))?.goto;
}

/** The first ending whose `when` holds; the last ending, with no `when`, is the fallback. */
export function endingFor<E extends Pick<ScenarioEnding, 'when'>>(
  endings: readonly E[],
  values: Readonly<Values>,
  holds: ConditionTest = conditionHolds,
): E | undefined {
  return endings.find((ending) => ending.when === undefined || holds(ending.when, values));
}

export function nodeById<N extends { id: string }>(scenario: { nodes: readonly N[] }, id: string) {
  return scenario.nodes.find((node) => node.id === id);
}
