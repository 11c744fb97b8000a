import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import {
  scenarioMachine,
  type ChoiceRecord,
  type EndingRecord,
  type ScenarioEvent,
} from '../../../src/scenario/machine';
import type { Scenario } from '../../../src/scenario/schema';
import { fixture } from '../../fixtures/scenarios/load';

/** Arrange: an actor on the sound fixture (or a variant), past the intro. */
function play(scenario: Scenario = fixture('sound'), machine = scenarioMachine) {
  const actor = createActor(machine, { input: { scenario } });
  actor.start();
  actor.send({ type: 'learner.start' });
  return actor;
}

const choose = (choiceId: string): ScenarioEvent => ({ type: 'learner.choose', choiceId });
const next: ScenarioEvent = { type: 'learner.continue' };

function walk(actor: ReturnType<typeof play>, ...choiceIds: string[]) {
  for (const id of choiceIds) {
    actor.send(choose(id));
    actor.send(next);
  }
}

describe('the compiled scenario', () => {
  it('opens on the intro, then the start node with the start values and nothing shown', () => {
    const actor = createActor(scenarioMachine, { input: { scenario: fixture('sound') } }).start();
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send({ type: 'learner.start' });
    const { value, context } = actor.getSnapshot();
    expect(value).toEqual({ playing: 'deciding' });
    expect(context.nodeId).toBe('first-call');
    expect(context.variables).toEqual({ acc: 5, risk: 8 });
    expect(context.consequence).toBeNull();
  });

  it('shows the consequence of a choice: its result line and each variable before and after', () => {
    const actor = play();
    actor.send(choose('warn-early'));
    const { value, context } = actor.getSnapshot();
    expect(value).toEqual({ playing: 'consequence' });
    expect(context.consequence).toEqual({
      nodeId: 'first-call',
      choiceId: 'warn-early',
      result: 'The sponsor thanks you for the warning.',
      changes: [
        { id: 'acc', label: 'Accountability clarity', before: 5, after: 8 },
        { id: 'risk', label: 'Delivery risk', before: 8, after: 6 },
      ],
      to: 'board',
    });
    actor.send(next);
    expect(actor.getSnapshot().value).toEqual({ playing: 'deciding' });
    expect(actor.getSnapshot().context.nodeId).toBe('board');
  });

  it('keeps every variable within its range, and still lists a change the range stopped', () => {
    const actor = play();
    actor.send(choose('stay-quiet'));
    expect(actor.getSnapshot().context.consequence?.changes).toEqual([
      { id: 'acc', label: 'Accountability clarity', before: 5, after: 4 },
      { id: 'risk', label: 'Delivery risk', before: 8, after: 10 },
    ]);
    actor.send(next);
    actor.send(choose('ask-for-decision'));
    actor.send(next);
    actor.send(choose('own-up'));
    expect(actor.getSnapshot().context.variables).toEqual({ acc: 9, risk: 9 });
  });

  it('sets a value outright with "set"', () => {
    const actor = play();
    walk(actor, 'warn-early');
    actor.send(choose('start-over'));
    expect(actor.getSnapshot().context.consequence?.changes).toEqual([
      { id: 'acc', label: 'Accountability clarity', before: 8, after: 5 },
    ]);
  });

  it('follows a conditional target by the values after the choice', () => {
    const calm = play();
    walk(calm, 'warn-early', 'ask-for-decision');
    expect(calm.getSnapshot().value).toBe('ended');

    const heated = play();
    walk(heated, 'stay-quiet', 'ask-for-decision');
    expect(heated.getSnapshot().context.nodeId).toBe('crisis');
  });

  it('applies the first ending whose condition holds, in the order written', () => {
    const actor = play();
    walk(actor, 'stay-quiet', 'ask-for-decision', 'own-up');
    // acc 9 and risk 9: both "clear-ownership" and "firefight" hold; the first listed wins.
    expect(actor.getSnapshot().context.endingId).toBe('clear-ownership');

    const reordered = structuredClone(fixture('sound'));
    reordered.endings = [reordered.endings[1]!, reordered.endings[0]!, reordered.endings[2]!];
    const other = play(reordered);
    walk(other, 'stay-quiet', 'ask-for-decision', 'own-up');
    expect(other.getSnapshot().context.endingId).toBe('firefight');
  });

  it('falls back to the last ending when no condition holds', () => {
    const actor = play();
    walk(actor, 'warn-early', 'start-over');
    expect(actor.getSnapshot().context.endingId).toBe('muddle');
  });

  it('ignores a choice that is not at the current node, and continuing before choosing', () => {
    const actor = play();
    actor.send(choose('own-up'));
    actor.send(next);
    expect(actor.getSnapshot().value).toEqual({ playing: 'deciding' });
    expect(actor.getSnapshot().context.nodeId).toBe('first-call');
    expect(actor.getSnapshot().context.path).toEqual([]);
  });

  it('records the path taken: each node, choice and change', () => {
    const actor = play();
    walk(actor, 'warn-early', 'ask-for-decision');
    expect(actor.getSnapshot().context.path).toEqual([
      {
        nodeId: 'first-call',
        choiceId: 'warn-early',
        changes: [
          { id: 'acc', label: 'Accountability clarity', before: 5, after: 8 },
          { id: 'risk', label: 'Delivery risk', before: 8, after: 6 },
        ],
      },
      {
        nodeId: 'board',
        choiceId: 'ask-for-decision',
        changes: [{ id: 'acc', label: 'Accountability clarity', before: 8, after: 10 }],
      },
    ]);
  });
});

describe('going back one step', () => {
  it('undoes the last choice from its consequence, once', () => {
    const actor = play();
    actor.send(choose('stay-quiet'));
    actor.send({ type: 'learner.back' });
    const { value, context } = actor.getSnapshot();
    expect(value).toEqual({ playing: 'deciding' });
    expect([context.nodeId, context.variables, context.path]).toEqual([
      'first-call',
      { acc: 5, risk: 8 },
      [],
    ]);
  });

  it('returns from the next decision to the one before, but not two steps', () => {
    const actor = play();
    walk(actor, 'warn-early');
    actor.send(choose('start-over'));
    actor.send({ type: 'learner.back' });
    expect(actor.getSnapshot().context.nodeId).toBe('board');
    actor.send({ type: 'learner.back' });
    expect(actor.getSnapshot().context.nodeId).toBe('board');
    expect(actor.getSnapshot().context.variables).toEqual({ acc: 8, risk: 6 });

    const moved = play();
    walk(moved, 'warn-early');
    moved.send({ type: 'learner.back' });
    expect(moved.getSnapshot().context.nodeId).toBe('first-call');
    expect(moved.getSnapshot().context.variables).toEqual({ acc: 5, risk: 8 });
  });

  it('is not possible when the scenario does not allow it, nor after the end', () => {
    const strict = { ...fixture('sound'), allowBack: false };
    const actor = play(strict);
    actor.send(choose('warn-early'));
    actor.send({ type: 'learner.back' });
    expect(actor.getSnapshot().value).toEqual({ playing: 'consequence' });

    const ended = play();
    walk(ended, 'warn-early', 'start-over');
    ended.send({ type: 'learner.back' });
    expect(ended.getSnapshot().value).toBe('ended');
  });
});

describe('trying again', () => {
  it('starts fresh from the first node, from the end or part-way through', () => {
    for (const steps of [['warn-early', 'start-over'], ['stay-quiet']]) {
      const actor = play();
      walk(actor, ...steps);
      actor.send({ type: 'learner.restart' });
      const { value, context } = actor.getSnapshot();
      expect(value).toEqual({ playing: 'deciding' });
      expect(context).toMatchObject({
        nodeId: 'first-call',
        variables: { acc: 5, risk: 8 },
        path: [],
        consequence: null,
        endingId: null,
      });
    }
  });
});

describe('saving and resuming', () => {
  it('restores a saved snapshot, after a JSON round trip, and plays on from there', () => {
    const actor = play();
    walk(actor, 'stay-quiet');
    actor.send(choose('ask-for-decision'));
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as unknown;
    actor.stop();

    const scenario = fixture('sound');
    const resumed = createActor(scenarioMachine, {
      input: { scenario },
      snapshot: saved as never,
    }).start();
    expect(resumed.getSnapshot().value).toEqual({ playing: 'consequence' });
    expect(resumed.getSnapshot().context.variables).toEqual({ acc: 7, risk: 10 });
    resumed.send(next);
    resumed.send(choose('blame-supplier'));
    resumed.send(next);
    expect(resumed.getSnapshot().context.endingId).toBe('firefight');
    expect(resumed.getSnapshot().context.path.map((s) => s.choiceId)).toEqual([
      'stay-quiet',
      'ask-for-decision',
      'blame-supplier',
    ]);
  });
});

describe('recording, swapped in with .provide()', () => {
  it('hands recordChoice the decision, the choice and the variables after it', () => {
    const recordChoice = vi.fn<(args: unknown, record: ChoiceRecord) => void>();
    const actor = play(fixture('sound'), scenarioMachine.provide({ actions: { recordChoice } }));
    actor.send(choose('stay-quiet'));
    expect(recordChoice).toHaveBeenCalledTimes(1);
    expect(recordChoice.mock.calls[0]![1]).toEqual({
      node: { id: 'first-call', title: 'The first call' },
      choice: { id: 'stay-quiet', text: 'Say nothing for now.' },
      variables: { acc: 4, risk: 10 },
    });
  });

  it('hands recordEnding the ending, the final variables and the path, once', () => {
    const recordEnding = vi.fn<(args: unknown, record: EndingRecord) => void>();
    const actor = play(fixture('sound'), scenarioMachine.provide({ actions: { recordEnding } }));
    walk(actor, 'warn-early');
    expect(recordEnding).not.toHaveBeenCalled();
    walk(actor, 'ask-for-decision');
    expect(recordEnding).toHaveBeenCalledTimes(1);
    const record = recordEnding.mock.calls[0]![1];
    expect(record.ending).toEqual({ id: 'clear-ownership', title: 'Clear ownership' });
    expect(record.variables).toEqual({ acc: 10, risk: 6 });
    expect(record.path.map((s) => [s.nodeId, s.choiceId])).toEqual([
      ['first-call', 'warn-early'],
      ['board', 'ask-for-decision'],
    ]);
  });
});

describe('replaying from a decision in the debrief', () => {
  it('goes back to that decision with the values the learner had there, and plays on', () => {
    const actor = play();
    walk(actor, 'stay-quiet', 'ask-for-decision', 'own-up');
    expect(actor.getSnapshot().value).toBe('ended');

    actor.send({ type: 'learner.replay', step: 1 });
    const { value, context } = actor.getSnapshot();
    expect(value).toEqual({ playing: 'deciding' });
    expect(context.nodeId).toBe('board');
    // After "stay-quiet" only: acc 5 - 1, risk 8 + 3 stopped at 10.
    expect(context.variables).toEqual({ acc: 4, risk: 10 });
    expect(context.path.map((step) => step.choiceId)).toEqual(['stay-quiet']);
    expect(context.endingId).toBeNull();

    walk(actor, 'start-over');
    expect(actor.getSnapshot().context.endingId).toBe('firefight');
  });

  it('from the first decision, is the start again', () => {
    const actor = play();
    walk(actor, 'warn-early', 'ask-for-decision');
    actor.send({ type: 'learner.replay', step: 0 });
    expect(actor.getSnapshot().context).toMatchObject({
      nodeId: 'first-call',
      variables: { acc: 5, risk: 8 },
      path: [],
    });
  });

  it('ignores a step the learner did not take, and is not offered before the end', () => {
    const actor = play();
    walk(actor, 'warn-early', 'ask-for-decision');
    actor.send({ type: 'learner.replay', step: 2 });
    actor.send({ type: 'learner.replay', step: -1 });
    expect(actor.getSnapshot().value).toBe('ended');

    const midway = play();
    walk(midway, 'warn-early');
    midway.send({ type: 'learner.replay', step: 0 });
    expect(midway.getSnapshot().context.nodeId).toBe('board');
  });
});
