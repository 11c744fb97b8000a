import { describe, expect, test } from 'vitest';
import { assessmentStatement, attemptStatement } from '../../../src/practice/statements';
import { buildStatement } from '../../../src/record/xapi/statements';
import { statementSchema } from '../../../src/record/xapi/schema';

const ctx = {
  task: { id: 'sponsor-agree-time-plan', title: 'Practice: agree the time you will give' },
  courseId: 'sponsor-induction',
  courseTitle: 'Sponsor induction',
  revision: 'abc123',
};

describe('practice statements', () => {
  test('submitting is `attempted`, with the attempt and word count but never the text', () => {
    const draft = attemptStatement(ctx, { answer: 'One day a week, every week.', attempt: 2 });
    expect(draft).toEqual({
      verb: 'attempted',
      activity: { kind: 'practice', id: ctx.task.id, title: ctx.task.title },
      result: { extensions: { attempt: 2, words: 6 } },
      context: {
        course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' },
        revision: 'abc123',
      },
    });
  });

  test('the assessment is `completed` with the points met as the score and each tick', () => {
    const draft = assessmentStatement(ctx, {
      answer: 'Private words',
      rubric: { a: true, b: false, c: true, d: true },
      share: false,
      attempt: 1,
    });
    expect(draft.verb).toBe('completed');
    expect(draft.result).toEqual({
      completion: true,
      score: { scaled: 0.75, raw: 3, min: 0, max: 4 },
      extensions: {
        rubric: { a: true, b: false, c: true, d: true },
        attempt: 1,
        words: 2,
        shared: false,
      },
    });
    expect(JSON.stringify(draft)).not.toContain('Private words');
  });

  test('the text travels only when the learner chose to share it, and the record accepts it', () => {
    const answer = 'Line one\nLine two '.repeat(200).trim();
    const draft = assessmentStatement(ctx, {
      answer,
      rubric: { a: true, b: true, c: true, d: true },
      share: true,
      attempt: 3,
    });
    expect(draft.result?.response).toBe(answer);
    const statement = buildStatement(draft, {
      activityBase: 'https://sideline.example/',
      learner: { id: '00000000-0000-4000-8000-000000000001' },
      now: () => new Date('2026-12-05T10:00:00.000Z'),
      newId: () => '00000000-0000-4000-8000-000000000002',
    });
    expect(statementSchema.safeParse(statement).success).toBe(true);
  });
});
