/**
 * Every quiz in courses/ is walked from start to result, answering everything right and then
 * everything wrong. Generated from the content: a new quiz.yaml is covered with no new test code.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { isCorrect } from '../../../src/quiz/scoring';
import { quizMachine, type AnswerRecord, type ResultRecord } from '../../../src/quiz/machine';
import { loadQuiz, startedActor, walkAttempt } from '../../fixtures/quizzes/walk';

const quizFiles = readdirSync('courses', { recursive: true, encoding: 'utf8' })
  .filter((path) => path.split(/[\\/]/).pop() === 'quiz.yaml')
  .map((path) => join('courses', path))
  .sort();

test('finds the quizzes in courses/', () => {
  expect(quizFiles.length).toBeGreaterThan(0);
});

describe.each(quizFiles)('%s', (file) => {
  const quiz = loadQuiz(file);

  test.each([1, 2024, 4_000_000_000])('answered all right (seed %i): passes with 100%%', (seed) => {
    const recordAnswer = vi.fn();
    const recordResult = vi.fn();
    const machine = quizMachine.provide({ actions: { recordAnswer, recordResult } });
    const actor = startedActor(machine, quiz, seed);
    walkAttempt(actor, () => 'right');

    expect(actor.getSnapshot().value).toEqual({ result: 'passed' });
    const answers = recordAnswer.mock.calls.map(([, params]) => params as AnswerRecord);
    expect(answers.map((a) => a.question.id)).toEqual(quiz.questions.map((q) => q.id));
    expect(answers.every((a) => a.correct && a.response !== '')).toBe(true);
    const result = recordResult.mock.calls[0]?.[1] as ResultRecord;
    expect(result).toMatchObject({ passed: true, score: { percent: 100, scaled: 1 } });
  });

  test('answered all wrong: fails with 0%', () => {
    const recordResult = vi.fn();
    const actor = startedActor(quizMachine.provide({ actions: { recordResult } }), quiz);
    walkAttempt(actor, () => 'wrong');

    // A pass mark of 0 would let anyone pass; then "wrong" still has to score nothing.
    expect(actor.getSnapshot().value).toEqual({
      result: quiz.passMark === 0 ? 'passed' : 'failed',
    });
    expect(recordResult.mock.calls[0]?.[1]).toMatchObject({ score: { percent: 0, scaled: 0 } });
  });

  test('no ordering question starts already in the right order', () => {
    for (const seed of [1, 2, 3, 2024]) {
      const { context } = startedActor(quizMachine, quiz, seed).getSnapshot();
      quiz.questions
        .filter((q) => q.type === 'ordering')
        .forEach((q) => expect(isCorrect(q, context.answers[q.id])).toBe(false));
    }
  });
});

/** Feedback the learner reads after "Correct" or "Not quite" (or "You missed this one"). */
function feedbackTexts(quiz: ReturnType<typeof loadQuiz>): string[] {
  return quiz.questions.flatMap((q) => {
    switch (q.type) {
      case 'single':
      case 'multiple':
        return q.options.map((o) => o.feedback);
      case 'truefalse':
        return [q.feedback.true, q.feedback.false];
      case 'matching':
        return q.pairs.map((p) => p.feedback);
      case 'ordering':
        return q.items.map((i) => i.feedback);
    }
  });
}

describe.each(quizFiles)('%s feedback', (file) => {
  test('says why, not whether: the quiz itself says right or not, once and for the right case', () => {
    // A "Right." shown under "You missed this one" reads as if the learner was right.
    const verdicts = feedbackTexts(loadQuiz(file)).filter((text) =>
      /^(right|correct|not quite|not so|wrong|yes|no)\b[.,!:]/i.test(text),
    );
    expect(verdicts).toEqual([]);
  });
});
