import { describe, expect, test } from 'vitest';
import type { Answer } from '../../../src/quiz/answers';
import { describeAnswer, describeRightAnswer, feedbackFor } from '../../../src/quiz/feedback';
import { isCorrect, responseFor, scoreQuiz } from '../../../src/quiz/scoring';
import type { Question } from '../../../src/quiz/schema';
import { fixtureQuiz } from '../../fixtures/quizzes/walk';

const quiz = fixtureQuiz();
const question = (id: string): Question => {
  const found = quiz.questions.find((q) => q.id === id);
  if (!found) throw new Error(`No question ${id} in the fixture.`);
  return found;
};

describe('feedback', () => {
  test('single choice, wrong: the chosen option and why, then the right one and why', () => {
    expect(feedbackFor(question('who-owns-case'), { type: 'single', optionId: 'pmo' })).toEqual({
      correct: false,
      lines: [
        {
          kind: 'chosen',
          id: 'pmo',
          text: 'The head of the PMO',
          right: false,
          feedback: 'The PMO supports; it does not own the case.',
        },
        {
          kind: 'answer',
          id: 'sponsor',
          text: 'The sponsor',
          feedback: 'The sponsor owns the case and answers for its benefits.',
        },
      ],
    });
  });

  test('single choice, right: only the chosen option', () => {
    const { lines } = feedbackFor(question('who-owns-case'), {
      type: 'single',
      optionId: 'sponsor',
    });
    expect(lines.map((l) => [l.kind, l.id])).toEqual([['chosen', 'sponsor']]);
  });

  test('multiple response: every chosen option, then the right ones left out', () => {
    const { correct, lines } = feedbackFor(question('pmo-services'), {
      type: 'multiple',
      optionIds: ['writing-plans', 'coaching'],
    });
    expect(correct).toBe(false);
    expect(lines.map((l) => [l.kind, l.id, 'right' in l ? l.right : null])).toEqual([
      ['chosen', 'coaching', true],
      ['chosen', 'writing-plans', false],
      ['missed', 'templates', null],
    ]);
  });

  test('true or false, wrong: the feedback for the answer given, then the right answer', () => {
    expect(
      feedbackFor(question('escalation-is-failure'), { type: 'truefalse', value: true }),
    ).toEqual({
      correct: false,
      lines: [
        {
          kind: 'chosen',
          id: 'true',
          text: 'True',
          right: false,
          feedback: 'Not quite. Escalating early is the system working.',
        },
        {
          kind: 'answer',
          id: 'false',
          text: 'False',
          feedback: 'Right. Escalating early is the system working.',
        },
      ],
    });
  });

  test('matching: every item, what was chosen and where it belongs', () => {
    const { correct, lines } = feedbackFor(question('match-owners'), {
      type: 'matching',
      matches: { 'business-case': 'Sponsor', 'daily-plan': 'PMO', reporting: 'Delivery lead' },
    });
    expect(correct).toBe(false);
    expect(
      lines.map((l) => l.kind === 'matched' && [l.item, l.chosen, l.expected, l.right]),
    ).toEqual([
      ['Keeps the business case viable', 'Sponsor', 'Sponsor', true],
      ['Runs the day-to-day plan', 'PMO', 'Delivery lead', false],
      ['Collects the monthly reports', 'Delivery lead', 'PMO', false],
    ]);
  });

  test("ordering: every item in the learner's order, its place and the right place", () => {
    const { correct, lines } = feedbackFor(question('escalation-order'), {
      type: 'ordering',
      itemIds: ['warn', 'forecast', 'report', 'decide'],
    });
    expect(correct).toBe(false);
    expect(
      lines.map((l) => l.kind === 'placed' && [l.id, l.position, l.expected, l.right]),
    ).toEqual([
      ['warn', 1, 2, false],
      ['forecast', 2, 1, false],
      ['report', 3, 3, true],
      ['decide', 4, 4, true],
    ]);
  });
});

describe('xAPI responses', () => {
  test.each<[string, Answer, string]>([
    ['who-owns-case', { type: 'single', optionId: 'sponsor' }, 'sponsor'],
    // In the order written, whatever order they were ticked in.
    [
      'pmo-services',
      { type: 'multiple', optionIds: ['templates', 'coaching'] },
      'coaching[,]templates',
    ],
    ['escalation-is-failure', { type: 'truefalse', value: false }, 'false'],
    [
      'match-owners',
      { type: 'matching', matches: { reporting: 'PMO', 'business-case': 'Sponsor' } },
      'business-case[.]Sponsor[,]reporting[.]PMO',
    ],
    [
      'escalation-order',
      { type: 'ordering', itemIds: ['warn', 'forecast', 'report', 'decide'] },
      'warn[,]forecast[,]report[,]decide',
    ],
  ])('%s: %j → %s', (id, answer, response) => {
    expect(responseFor(question(id), answer)).toBe(response);
  });

  test('an answer of the wrong kind gives no response', () => {
    expect(responseFor(question('who-owns-case'), { type: 'truefalse', value: true })).toBe('');
  });
});

describe('the answer in words, for the review', () => {
  test.each<[string, Answer, string[]]>([
    ['who-owns-case', { type: 'single', optionId: 'sponsor' }, ['The sponsor']],
    ['escalation-is-failure', { type: 'truefalse', value: false }, ['False']],
    [
      'match-owners',
      { type: 'matching', matches: { 'business-case': 'Sponsor' } },
      [
        'Keeps the business case viable: Sponsor',
        'Runs the day-to-day plan: no answer',
        'Collects the monthly reports: no answer',
      ],
    ],
    [
      'escalation-order',
      { type: 'ordering', itemIds: ['decide', 'forecast', 'warn', 'report'] },
      ['The board decides', 'Forecast the breach', 'Warn the sponsor', 'Send the exception report'],
    ],
  ])('%s', (id, answer, words) => {
    expect(describeAnswer(question(id), answer)).toEqual(words);
  });
});

describe('the right answer in words, for the review', () => {
  test.each<[string, string[]]>([
    ['who-owns-case', ['The sponsor']],
    ['pmo-services', ['Coaching project leads', 'Offering templates']],
    ['escalation-is-failure', ['False']],
    [
      'match-owners',
      [
        'Keeps the business case viable: Sponsor',
        'Runs the day-to-day plan: Delivery lead',
        'Collects the monthly reports: PMO',
      ],
    ],
    [
      'escalation-order',
      ['Forecast the breach', 'Warn the sponsor', 'Send the exception report', 'The board decides'],
    ],
  ])('%s', (id, words) => {
    expect(describeRightAnswer(question(id))).toEqual(words);
  });
});

describe('scoring', () => {
  const marks = (right: number, total: number) =>
    Object.fromEntries(Array.from({ length: total }, (_, i) => [`q${i}`, i < right]));
  const quizOf = (total: number, passMark: number) => ({
    ...quiz,
    passMark,
    questions: Array.from({ length: total }, (_, i) => ({
      ...question('escalation-is-failure'),
      id: `q${i}`,
    })),
  });

  test.each([
    [3, 4, 75, true, 75],
    [2, 4, 75, false, 50],
    [2, 3, 67, false, 67], // 66.7% is below 67, even though it rounds to 67
    [2, 3, 66, true, 67],
    [0, 3, 0, true, 0],
  ])(
    '%i of %i with a pass mark of %i: passed %s, shown as %i%%',
    (right, total, passMark, passed, percent) => {
      const score = scoreQuiz(quizOf(total, passMark), marks(right, total));
      expect(score).toEqual({ correct: right, total, scaled: right / total, percent, passed });
    },
  );
});

describe('marking one question', () => {
  test.each<[string, Answer, Answer[]]>([
    [
      'who-owns-case',
      { type: 'single', optionId: 'sponsor' },
      [
        { type: 'single', optionId: 'pmo' },
        { type: 'single', optionId: null },
      ],
    ],
    [
      'pmo-services',
      { type: 'multiple', optionIds: ['coaching', 'templates'] },
      [
        { type: 'multiple', optionIds: ['coaching'] },
        { type: 'multiple', optionIds: ['coaching', 'templates', 'writing-plans'] },
        { type: 'multiple', optionIds: [] },
      ],
    ],
    [
      'escalation-is-failure',
      { type: 'truefalse', value: false },
      [
        { type: 'truefalse', value: true },
        { type: 'truefalse', value: null },
      ],
    ],
    [
      'match-owners',
      {
        type: 'matching',
        matches: { 'business-case': 'Sponsor', 'daily-plan': 'Delivery lead', reporting: 'PMO' },
      },
      [
        {
          type: 'matching',
          matches: { 'business-case': 'Sponsor', 'daily-plan': 'PMO', reporting: 'Delivery lead' },
        },
        {
          type: 'matching',
          matches: { 'business-case': 'Sponsor', 'daily-plan': 'Delivery lead' },
        },
      ],
    ],
    [
      'escalation-order',
      { type: 'ordering', itemIds: ['forecast', 'warn', 'report', 'decide'] },
      [
        { type: 'ordering', itemIds: ['warn', 'forecast', 'report', 'decide'] },
        { type: 'ordering', itemIds: ['forecast', 'warn', 'report'] },
      ],
    ],
  ])('%s: the right answer is marked right, and near misses wrong', (id, right, wrongs) => {
    expect(isCorrect(question(id), right)).toBe(true);
    for (const wrong of wrongs) expect(isCorrect(question(id), wrong)).toBe(false);
    expect(isCorrect(question(id), undefined)).toBe(false);
  });
});
