import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatProblem, parseWithFriendlyErrors } from '../../../src/content/friendly-errors';
import { quizSchema } from '../../../src/quiz/schema';

/** Every problem the build would print for a fixture, as the author reads it. */
function problemsIn(name: string): string {
  const file = `tests/fixtures/quizzes/${name}.yaml`;
  const result = parseWithFriendlyErrors(quizSchema, parse(readFileSync(file, 'utf8')), file);
  if (result.ok) throw new Error(`${file} was accepted, but it should have been refused.`);
  return result.problems.map(formatProblem).join('\n\n');
}

describe('a good quiz', () => {
  test('is accepted, with defaults filled in', () => {
    const file = 'tests/fixtures/quizzes/good.yaml';
    const result = parseWithFriendlyErrors(quizSchema, parse(readFileSync(file, 'utf8')), file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [single, , , matching] = result.data.questions;
    expect(single?.type === 'single' && single.options[0]?.correct).toBe(false);
    expect(matching?.type === 'matching' && matching.distractors).toEqual(['Internal audit']);
  });

  test('shuffle defaults to true and attempts to no limit', () => {
    const result = quizSchema.parse({
      id: 'q',
      title: 'Q',
      passMark: 50,
      questions: [
        {
          id: 'a',
          type: 'truefalse',
          prompt: 'P',
          answer: true,
          feedback: { true: 'Y', false: 'N' },
        },
      ],
    });
    expect(result).toMatchObject({ shuffle: true, attempts: 0 });
  });
});

describe('friendly errors for a bad quiz', () => {
  test('a single-choice question with no correct option', () => {
    expect(problemsIn('single-no-correct')).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/single-no-correct.yaml → questions[0].options
        Problem: Question "who-owns-case" is single choice, but none of its options is marked correct: true.
        Fix: Add correct: true to the one right option."
    `);
  });

  test('a single-choice question with two correct options', () => {
    expect(problemsIn('single-two-correct')).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/single-two-correct.yaml → questions[0].options
        Problem: Question "who-owns-case" is single choice, but 2 options are marked correct: true ("pmo", "sponsor").
        Fix: Leave correct: true on the one right option, or make it type: multiple if learners should pick them all."
    `);
  });

  test('a multiple-response question with no correct option', () => {
    expect(problemsIn('multiple-none-correct')).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/multiple-none-correct.yaml → questions[0].options
        Problem: Question "pmo-services" is multiple response, but none of its options is marked correct: true.
        Fix: Add correct: true to every right option (at least one)."
    `);
  });

  test('two questions with the same id', () => {
    expect(problemsIn('duplicate-question-ids')).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/duplicate-question-ids.yaml → questions[1].id
        Problem: Two questions have the id "board-votes".
        Fix: Give every question its own id. Learners' answers are stored against it, so change the new one, not one already published."
    `);
  });

  test('two options with the same id', () => {
    expect(problemsIn('duplicate-option-ids')).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/duplicate-option-ids.yaml → questions[0].options[1].id
        Problem: Question "who-owns-case" has two options with the id "sponsor".
        Fix: Give every option its own id."
    `);
  });

  test('a matching question whose items all match the same answer', () => {
    expect(problemsIn('matching-does-not-pair')).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/matching-does-not-pair.yaml → questions[0].pairs
        Problem: Question "match-owners" matches every item to "Sponsor", so there is nothing to pair up.
        Fix: Match the items to at least two different answers, or ask a multiple-response question instead."
    `);
  });

  test('an ordering question with 2 items', () => {
    expect(problemsIn('ordering-two-items')).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/ordering-two-items.yaml → questions[0].items
        Problem: Question "escalation-order" asks learners to put 2 items in order; an ordering question needs at least 3.
        Fix: Add items, or ask a single-choice question instead."
    `);
  });

  test('a pass mark of 120', () => {
    expect(problemsIn('pass-mark-120')).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/pass-mark-120.yaml → passMark
        Problem: The pass mark is 120, but it is a percentage, so it must be between 0 and 100.
        Fix: Set "passMark" to a number from 0 to 100, such as 75."
    `);
  });

  test('options or items that read the same, and a distractor that is a right answer', () => {
    const option = (id: string, text: string, correct = false) => ({
      id,
      text,
      correct,
      feedback: 'Why.',
    });
    const item = (id: string, text: string) => ({ id, text, feedback: 'Why.' });
    const result = parseWithFriendlyErrors(
      quizSchema,
      {
        id: 'q',
        title: 'Q',
        passMark: 50,
        questions: [
          {
            id: 'a',
            type: 'single',
            prompt: 'P',
            options: [option('x', 'Same', true), option('y', 'Same')],
          },
          {
            id: 'b',
            type: 'matching',
            prompt: 'P',
            pairs: [
              { id: 'x', item: 'One', match: 'Sponsor', feedback: 'Why.' },
              { id: 'y', item: 'Two', match: 'PMO', feedback: 'Why.' },
            ],
            distractors: ['PMO'],
          },
          {
            id: 'c',
            type: 'ordering',
            prompt: 'P',
            items: [item('x', 'A'), item('y', 'B'), item('z', 'A')],
          },
        ],
      },
      'quiz.yaml',
    );
    expect(result.ok ? '' : result.problems.map(formatProblem).join('\n\n')).toMatchInlineSnapshot(`
      "quiz.yaml → questions[0].options[1].text
        Problem: Question "a" has two options that both read "Same", so learners cannot tell them apart.
        Fix: Reword one of them, or remove it.

      quiz.yaml → questions[1].distractors[0]
        Problem: Question "b" lists "PMO" as a distractor, but it is also the right answer for an item.
        Fix: Remove it from distractors: distractors are answers that match nothing.

      quiz.yaml → questions[2].items[2].text
        Problem: Question "c" has two items that both read "A", so their order cannot be told apart.
        Fix: Reword one of them, or remove it."
    `);
  });

  // The wording comes from the shared invalid_union case in friendly-errors.ts.
  test('a question type Sideline does not know', () => {
    expect(problemsIn('unknown-question-type')).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/unknown-question-type.yaml → questions[0].type
        Problem: "type" is "yesno", which is not a kind Sideline knows.
        Fix: Use one of: single, multiple, truefalse, matching, ordering."
    `);
  });
});
