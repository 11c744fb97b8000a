import { describe, expect, test } from 'vitest';
import type { LearningRecordApi, StatementDraft } from '../../../src/record/api';
import { linkToRecord } from '../../../src/record/attempts';
import {
  answeredStatement,
  resultStatements,
  type QuizRecordContext,
} from '../../../src/quiz/statements';
import { fixtureQuiz } from '../../fixtures/quizzes/walk';

const quiz = fixtureQuiz();
const context: QuizRecordContext = {
  quiz,
  courseId: 'sponsor-induction',
  courseTitle: 'Sponsor induction',
  revision: 'rev-1',
};

describe('statements', () => {
  test('an answered question is a child of the quiz, in its course, with the response', () => {
    const question = quiz.questions[0]!;
    expect(
      answeredStatement(context, { question, response: 'sponsor', correct: true, attempt: 2 }),
    ).toEqual({
      verb: 'answered',
      activity: {
        kind: 'question',
        id: 'fixture-quiz/who-owns-case',
        title: 'Who owns the business case?',
        // Added with xAPI interactions: the question's type, options and right answer.
        interaction: {
          type: 'choice',
          choices: [
            { id: 'pmo', description: 'The head of the PMO' },
            { id: 'sponsor', description: 'The sponsor' },
            { id: 'lead', description: 'The delivery lead' },
          ],
          correctResponses: ['sponsor'],
        },
      },
      result: { response: 'sponsor', success: true },
      context: {
        revision: 'rev-1',
        course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' },
        parent: { kind: 'quiz', id: 'fixture-quiz', title: 'Check your understanding: escalation' },
        extensions: { attempt: 2 },
      },
    });
  });

  test('the end of an attempt is failed (or passed), then completed, with the scaled score', () => {
    const drafts = resultStatements(context, {
      score: { correct: 2, total: 5, scaled: 0.4, percent: 40, passed: false },
      passed: false,
      attempt: 1,
    });
    expect(drafts.map((d) => [d.verb, d.activity.id, d.result])).toEqual([
      [
        'failed',
        'fixture-quiz',
        { score: { scaled: 0.4, raw: 2, min: 0, max: 5 }, success: false },
      ],
      [
        'completed',
        'fixture-quiz',
        { score: { scaled: 0.4, raw: 2, min: 0, max: 5 }, success: false, completion: true },
      ],
    ]);
  });
});

function fakeRecord(overrides: Partial<LearningRecordApi> = {}) {
  const written: string[] = [];
  const api: LearningRecordApi = {
    record: async (draft: StatementDraft) => {
      // The first write is slow, so a link that did not queue would reorder them.
      if (written.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      written.push(draft.verb);
      return { saved: true };
    },
    saveAttempt: (_key, _revision, snapshot) => {
      written.push(`save ${String(snapshot)}`);
      return Promise.resolve({ saved: true });
    },
    loadAttempt: () => Promise.resolve({ status: 'found', snapshot: 'saved' }),
    clearAttempt: () => Promise.resolve(),
    ...overrides,
  };
  return { api, written };
}

describe('the link to the record', () => {
  test('writes in the order they were made', async () => {
    const { api, written } = fakeRecord();
    const link = linkToRecord(() => Promise.resolve(api));
    void link.record({ verb: 'answered', activity: { kind: 'question', id: 'q/a', title: 'A' } });
    void link.saveAttempt('quiz:q', 'rev', 1);
    void link.record({ verb: 'passed', activity: { kind: 'quiz', id: 'q', title: 'Q' } });
    await link.record({ verb: 'completed', activity: { kind: 'quiz', id: 'q', title: 'Q' } });
    expect(written).toEqual(['answered', 'save 1', 'passed', 'completed']);
  });

  test('opens the record once, on first use', async () => {
    let opened = 0;
    const { api } = fakeRecord();
    const link = linkToRecord(() => Promise.resolve((opened++, api)));
    expect(opened).toBe(0);
    await link.loadAttempt('quiz:q', 'rev');
    await link.saveAttempt('quiz:q', 'rev', 1);
    expect(opened).toBe(1);
  });

  test('when the record cannot be opened, the quiz carries on, told that nothing was saved', async () => {
    const link = linkToRecord(() => Promise.reject(new Error('no IndexedDB')));
    await expect(link.loadAttempt('quiz:q', 'rev')).resolves.toEqual({ status: 'none' });
    await expect(
      link.record({ verb: 'answered', activity: { kind: 'question', id: 'q/a', title: 'A' } }),
    ).resolves.toEqual({ saved: false, reason: 'unavailable' });
    await expect(link.saveAttempt('quiz:q', 'rev', 1)).resolves.toEqual({
      saved: false,
      reason: 'unavailable',
    });
  });

  test('a write that fails says so, and one that lands says where', async () => {
    const failing = linkToRecord(() =>
      Promise.resolve(fakeRecord({ saveAttempt: () => Promise.reject(new Error('quota')) }).api),
    );
    await expect(failing.saveAttempt('practice:p', 'rev', 'text')).resolves.toEqual({
      saved: false,
      reason: 'error',
    });
    const working = linkToRecord(() => Promise.resolve(fakeRecord().api));
    await expect(working.saveAttempt('practice:p', 'rev', 'text')).resolves.toEqual({
      saved: true,
    });
  });

  test('a failed write does not stop the ones after it', async () => {
    const { api, written } = fakeRecord({
      saveAttempt: () => Promise.reject(new Error('quota')),
    });
    const link = linkToRecord(() => Promise.resolve(api));
    void link.saveAttempt('quiz:q', 'rev', 1);
    await link.record({ verb: 'completed', activity: { kind: 'quiz', id: 'q', title: 'Q' } });
    expect(written).toEqual(['completed']);
  });
});
