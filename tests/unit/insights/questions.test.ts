/**
 * Questions wrong the first time: ranked by share, then by count, then by key; ten bars at most; each
 * with its right answer and the lesson that teaches it (see aggregate.test.ts for a linked lesson).
 */
import { describe, expect, it } from 'vitest';
import { countFirstTries, questionsWrongFirstTime } from '../../../src/insights/questions';
import { catalogue } from '../../fixtures/reports/cohort';
import { learners } from './summaries';

describe('questions wrong the first time', () => {
  it('counts each learner’s first try at each question', () => {
    const summaries = learners(3, (n) => ({
      firstTries: [
        ['gov-roles-quiz/q1', n === 0],
        ['gov-roles-quiz/q2', true],
      ],
    }));
    expect(countFirstTries(summaries)).toEqual([
      { key: 'gov-roles-quiz/q1', answered: 3, wrong: 2 },
      { key: 'gov-roles-quiz/q2', answered: 3, wrong: 0 },
    ]);
  });

  it('breaks ties in share by how many were wrong, and names removed questions by their key', () => {
    const summaries = learners(4, (n) => ({
      firstTries: [
        ['gov-roles-quiz/q2', n % 2 === 0],
        ...(n < 2 ? ([['gov-roles-quiz/q3', n === 0]] as [string, boolean][]) : []),
        ['old-quiz/gone', false],
      ],
    }));
    const { questions, questionBars } = questionsWrongFirstTime(summaries, catalogue.quizzes, 2);
    const gone = 'Not known: the question is no longer in the quiz';
    expect(questions.rows).toEqual([
      ['1', 'old-quiz/gone', gone, 'No lesson named', 'old-quiz', '4', '4 (100%)'],
      [
        '2',
        'Who chairs the board?',
        'The sponsor',
        'No lesson named',
        'Check: roles',
        '4',
        '2 (50%)',
      ],
      [
        '3',
        'Who runs the plan?',
        'The project manager',
        'No lesson named',
        'Check: roles',
        '2',
        '1 (50%)',
      ],
    ]);
    expect(questions.note).toBeUndefined();
    expect(questionBars[1]).toEqual({
      label: 'Who chairs the board?',
      percent: 50,
      text: '50% wrong (2 of 4)',
    });
    expect(questionsWrongFirstTime(summaries, catalogue.quizzes, 3).questions.note).toBe(
      '1 question hidden: fewer than 3 people.',
    );
  });

  it('draws bars for the ten hardest questions only', () => {
    const summaries = learners(1, () => ({
      firstTries: Array.from({ length: 12 }, (_, n): [string, boolean] => [`quiz/q${n}`, false]),
    }));
    const { questions, questionBars } = questionsWrongFirstTime(summaries, [], 1);
    expect(questions.rows).toHaveLength(12);
    expect(questionBars).toHaveLength(10);
  });
});
