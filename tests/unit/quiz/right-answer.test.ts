/** The right answer in words, for each kind of question: what a PMO reads beside a hard question. */
import { describe, expect, it } from 'vitest';
import { rightAnswerText } from '../../../src/quiz/right-answer';
import { questionSchema, type Question } from '../../../src/quiz/schema';

const option = (id: string, correct = false) => ({
  id,
  text: `Option ${id}`,
  correct,
  feedback: 'Because.',
});
const base = { prompt: 'Which?', id: 'q' };

describe('the right answer in words', () => {
  it.each<[string, unknown, string]>([
    ['single', { type: 'single', options: [option('a'), option('b', true)] }, 'Option b'],
    [
      'multiple',
      { type: 'multiple', options: [option('a', true), option('b'), option('c', true)] },
      'Option a; Option c',
    ],
    [
      'true or false',
      { type: 'truefalse', answer: false, feedback: { true: 'No.', false: 'Yes.' } },
      'False',
    ],
    [
      'matching',
      {
        type: 'matching',
        pairs: [
          { id: 'p1', item: 'Sponsor', match: 'Owns the case', feedback: 'Yes.' },
          { id: 'p2', item: 'Board', match: 'Decides', feedback: 'Yes.' },
        ],
      },
      'Sponsor: Owns the case; Board: Decides',
    ],
    [
      'ordering',
      {
        type: 'ordering',
        items: [
          { id: 'i1', text: 'Listen', feedback: 'First.' },
          { id: 'i2', text: 'Ask', feedback: 'Then.' },
        ],
      },
      '1. Listen; 2. Ask',
    ],
  ])('%s', (_kind, fields, expected) => {
    const question: Question = questionSchema.parse({ ...base, ...(fields as object) });
    expect(rightAnswerText(question)).toBe(expected);
  });
});
