import { describe, expect, test, vi } from 'vitest';
import { createActor } from 'xstate';
import {
  MAX_ANSWER_CHARS,
  criteriaMet,
  practiceMachine,
  wordCount,
  type AssessmentRecord,
  type AttemptRecord,
} from '../../../src/practice/machine';
import {
  PRACTICE_ANSWER_REVISION,
  restorableSnapshot,
  toSavedAnswer,
} from '../../../src/practice/restore';

const criteria = ['figures', 'peaks', 'protects', 'signs'];

function started() {
  const attempts: AttemptRecord[] = [];
  const assessments: AssessmentRecord[] = [];
  const machine = practiceMachine.provide({
    actions: {
      recordAttempt: (_, params) => void attempts.push(params),
      recordAssessment: (_, params) => void assessments.push(params),
    },
  });
  const actor = createActor(machine, { input: { criteria } }).start();
  return { actor, attempts, assessments };
}

test('a task starts empty, in the writing stage, with nothing submitted or ticked', () => {
  const { actor } = started();
  expect(actor.getSnapshot().value).toBe('writing');
  expect(actor.getSnapshot().context).toEqual({
    criteria,
    answer: '',
    submitted: '',
    ticks: {},
    share: false,
    attempts: 0,
    emptyAnswer: false,
  });
});

describe('writing', () => {
  test('an empty answer cannot be submitted: the learner is told, nothing is recorded', () => {
    const { actor, attempts } = started();
    actor.send({ type: 'learner.write', text: '   \n ' });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('writing');
    expect(actor.getSnapshot().context.emptyAnswer).toBe(true);
    expect(attempts).toEqual([]);
    actor.send({ type: 'learner.write', text: 'D' });
    expect(actor.getSnapshot().context.emptyAnswer).toBe(false);
  });

  test('an answer longer than a page is cut to the limit a shared statement can carry', () => {
    const { actor } = started();
    actor.send({ type: 'learner.write', text: 'x'.repeat(MAX_ANSWER_CHARS + 50) });
    expect(actor.getSnapshot().context.answer).toHaveLength(MAX_ANSWER_CHARS);
  });

  test('submitting records an attempt with the answer as submitted and shows the comparison', () => {
    const { actor, attempts } = started();
    actor.send({ type: 'learner.write', text: 'I will give one day a week.' });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('reviewing');
    expect(actor.getSnapshot().context.submitted).toBe('I will give one day a week.');
    expect(attempts).toEqual([{ answer: 'I will give one day a week.', attempt: 1 }]);
  });
});

describe('comparing and assessing', () => {
  test('the assessment records every criterion, ticked or not, and whether to share', () => {
    const { actor, assessments } = started();
    actor.send({ type: 'learner.write', text: 'My plan' });
    actor.send({ type: 'learner.submit' });
    actor.send({ type: 'learner.tick', criterionId: 'figures', met: true });
    actor.send({ type: 'learner.tick', criterionId: 'signs', met: true });
    actor.send({ type: 'learner.tick', criterionId: 'signs', met: false });
    actor.send({ type: 'learner.tick', criterionId: 'not-a-criterion', met: true });
    actor.send({ type: 'learner.share', share: true });
    actor.send({ type: 'learner.assess' });
    expect(actor.getSnapshot().value).toBe('assessed');
    expect(criteriaMet(actor.getSnapshot().context)).toBe(1);
    expect(assessments).toEqual([
      {
        answer: 'My plan',
        rubric: { figures: true, peaks: false, protects: false, signs: false },
        share: true,
        attempt: 1,
      },
    ]);
  });

  test('improving the answer keeps the writing; a new submission is compared afresh', () => {
    const { actor, attempts } = started();
    actor.send({ type: 'learner.write', text: 'First go' });
    actor.send({ type: 'learner.submit' });
    actor.send({ type: 'learner.tick', criterionId: 'peaks', met: true });
    actor.send({ type: 'learner.assess' });
    actor.send({ type: 'learner.revise' });
    expect(actor.getSnapshot().value).toBe('writing');
    expect(actor.getSnapshot().context.answer).toBe('First go');
    actor.send({ type: 'learner.write', text: 'First go, with peaks' });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().context.ticks).toEqual({});
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
  });

  test('the learner may go back to edit before assessing, without recording anything', () => {
    const { actor, assessments } = started();
    actor.send({ type: 'learner.write', text: 'Draft' });
    actor.send({ type: 'learner.submit' });
    actor.send({ type: 'learner.revise' });
    expect(actor.getSnapshot().value).toBe('writing');
    expect(assessments).toEqual([]);
  });
});

describe('saving and restoring', () => {
  const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  test('a saved answer comes back at the same stage, with the same words and ticks', () => {
    const { actor } = started();
    actor.send({ type: 'learner.write', text: 'Thursday mornings\nare blocked.' });
    actor.send({ type: 'learner.submit' });
    actor.send({ type: 'learner.tick', criterionId: 'protects', met: true });
    const saved = throughJson(toSavedAnswer(actor.getPersistedSnapshot()));
    const restored = createActor(practiceMachine, {
      input: { criteria },
      snapshot: restorableSnapshot(saved, criteria)!,
    }).start();
    expect(restored.getSnapshot().value).toBe('reviewing');
    expect(restored.getSnapshot().context).toMatchObject({
      answer: 'Thursday mornings\nare blocked.',
      submitted: 'Thursday mornings\nare blocked.',
      ticks: { figures: false, peaks: false, protects: true, signs: false },
      attempts: 1,
    });
  });

  test('the writing survives a change to the rubric: ticks for removed points are dropped', () => {
    const saved = {
      version: 1,
      stage: 'assessed',
      answer: 'Mine',
      submitted: 'Mine',
      ticks: { figures: true, gone: true },
      share: true,
      attempts: 2,
    };
    const snapshot = restorableSnapshot(saved, ['figures', 'new-point']);
    const actor = createActor(practiceMachine, {
      input: { criteria: ['figures', 'new-point'] },
      snapshot: snapshot!,
    }).start();
    expect(actor.getSnapshot().context.ticks).toEqual({ figures: true, 'new-point': false });
    expect(actor.getSnapshot().context.answer).toBe('Mine');
  });

  test('a stage with nothing submitted goes back to writing; garbage is not restored', () => {
    const snapshot = restorableSnapshot(
      {
        version: 1,
        stage: 'assessed',
        answer: 'Half',
        submitted: '',
        ticks: {},
        share: false,
        attempts: 0,
      },
      criteria,
    );
    const actor = createActor(practiceMachine, {
      input: { criteria },
      snapshot: snapshot!,
    }).start();
    expect(actor.getSnapshot().value).toBe('writing');
    expect(actor.getSnapshot().context.answer).toBe('Half');
    for (const bad of [
      null,
      'text',
      { version: 2, answer: 'x', submitted: '' },
      { version: 1, answer: 4, submitted: '' },
    ]) {
      expect(restorableSnapshot(bad, criteria)).toBeNull();
    }
  });

  test('answers are kept under one revision, not the content revision, so an edit to the brief keeps them', () => {
    expect(PRACTICE_ANSWER_REVISION).toBe('practice-answer');
  });
});

test('words are counted as a learner would count them', () => {
  expect(wordCount('')).toBe(0);
  expect(wordCount('  one\ntwo   three ')).toBe(3);
  expect(wordCount(' \n ')).toBe(0);
  vi.restoreAllMocks();
});
