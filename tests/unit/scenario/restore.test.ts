import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { scenarioMachine } from '../../../src/scenario/machine';
import { restorableSnapshot, toSavedAttempt } from '../../../src/scenario/restore';
import { fixture } from '../../fixtures/scenarios/load';

function savedAfter(...choiceIds: string[]) {
  const actor = createActor(scenarioMachine, { input: { scenario: fixture('sound') } }).start();
  actor.send({ type: 'learner.start' });
  for (const choiceId of choiceIds) {
    actor.send({ type: 'learner.choose', choiceId });
    actor.send({ type: 'learner.continue' });
  }
  return JSON.parse(JSON.stringify(toSavedAttempt(actor.getPersistedSnapshot()))) as {
    version: number;
    snapshot: Record<string, unknown>;
  };
}

describe('restoring a saved scenario attempt', () => {
  it('resumes where the learner was, playing on with the content the page was given', () => {
    const scenario = fixture('sound');
    const snapshot = restorableSnapshot(savedAfter('warn-early'), scenario);
    expect(snapshot).not.toBeNull();
    const actor = createActor(scenarioMachine, {
      input: { scenario },
      snapshot: snapshot!,
    }).start();
    expect(actor.getSnapshot().context).toMatchObject({
      nodeId: 'board',
      variables: { acc: 8, risk: 6 },
    });
    expect(actor.getSnapshot().context.scenario).toBe(scenario);
  });

  it('sets aside an attempt from another version of the player, another scenario, or a node that is gone', () => {
    const scenario = fixture('sound');
    const saved = savedAfter('warn-early');
    expect(restorableSnapshot({ ...saved, version: 0 }, scenario)).toBeNull();
    expect(restorableSnapshot(saved, { ...scenario, id: 'another-scenario' })).toBeNull();
    expect(
      restorableSnapshot(saved, {
        ...scenario,
        nodes: scenario.nodes.filter((n) => n.id !== 'board'),
      }),
    ).toBeNull();
    expect(restorableSnapshot('not an attempt', scenario)).toBeNull();
  });
});
