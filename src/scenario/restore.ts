/**
 * Saving and restoring a scenario attempt. The learning record already refuses an attempt made
 * against other content (the revision); this guards against one saved by an older version of the
 * machine itself, and always plays on with the content the page was given, not a stored copy.
 */
import { createActor, type Snapshot } from 'xstate';
import type { PlayableScenario } from './playable';
import { scenarioMachine, type ScenarioContext } from './machine';

/** Raise when the machine's states or context change shape, so old saved attempts are set aside. */
export const SAVED_SCENARIO_VERSION = 1;

export interface SavedScenarioAttempt {
  version: typeof SAVED_SCENARIO_VERSION;
  snapshot: Snapshot<unknown>;
}

export function toSavedAttempt(snapshot: Snapshot<unknown>): SavedScenarioAttempt {
  return { version: SAVED_SCENARIO_VERSION, snapshot };
}

/** The snapshot to resume from, or null when the saved attempt cannot be trusted to fit this scenario. */
export function restorableSnapshot(
  saved: unknown,
  scenario: PlayableScenario,
): Snapshot<unknown> | null {
  if (!isRecord(saved) || saved['version'] !== SAVED_SCENARIO_VERSION) return null;
  const snapshot = saved['snapshot'];
  if (!isRecord(snapshot) || snapshot['status'] !== 'active') return null;
  const context = snapshot['context'];
  if (
    !isRecord(context) ||
    !isRecord(context['scenario']) ||
    context['scenario']['id'] !== scenario.id
  )
    return null;
  const { nodeId, variables, path } = context as Partial<ScenarioContext>;
  if (
    !scenario.nodes.some((node) => node.id === nodeId) ||
    !isRecord(variables) ||
    scenario.variables.some((v) => typeof variables[v.id] !== 'number') ||
    !Array.isArray(path)
  ) {
    return null;
  }
  const current = {
    ...snapshot,
    context: { ...context, scenario },
  } as unknown as Snapshot<unknown>;
  try {
    const actor = createActor(scenarioMachine, { input: { scenario }, snapshot: current });
    // Without an error observer, xstate rethrows a failed restore asynchronously.
    actor.subscribe({ error: () => {} });
    actor.start();
    const restored = actor.getSnapshot();
    actor.stop();
    return restored.status === 'active' ? current : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
