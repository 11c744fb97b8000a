import { z } from 'zod';
import { idSchema, titleSchema } from '../content/schemas/common';

const feedbackSchema = z
  .string()
  .trim()
  .min(1)
  .describe('Why this is right or wrong, in a sentence or two');

const optionSchema = z.strictObject({
  id: idSchema,
  text: z.string().trim().min(1).describe('What the learner reads'),
  correct: z.boolean().default(false).describe('Whether this option is a right answer'),
  feedback: feedbackSchema,
});

const questionBase = z.strictObject({
  id: idSchema,
  prompt: z.string().trim().min(1).describe('The question'),
  hint: z.string().trim().min(1).optional().describe('A nudge the learner can open'),
  lesson: idSchema.optional().describe('The id of the lesson that teaches this'),
});

const singleSchema = questionBase.extend({
  type: z.literal('single'),
  options: z.array(optionSchema).min(2).describe('The options; exactly one has correct: true'),
});

const multipleSchema = questionBase.extend({
  type: z.literal('multiple'),
  options: z.array(optionSchema).min(2).describe('The options; one or more have correct: true'),
});

const trueFalseSchema = questionBase.extend({
  type: z.literal('truefalse'),
  answer: z.boolean().describe('Whether the statement is true'),
  feedback: z
    .strictObject({ true: feedbackSchema, false: feedbackSchema })
    .describe('Feedback for each answer'),
});

const matchingSchema = questionBase.extend({
  type: z.literal('matching'),
  pairs: z
    .array(
      z.strictObject({
        id: idSchema,
        item: z.string().trim().min(1).describe('The thing to match'),
        match: z.string().trim().min(1).describe('The answer it matches'),
        feedback: feedbackSchema,
      }),
    )
    .min(2)
    .describe('Each item and the answer it matches'),
  distractors: z
    .array(z.string().trim().min(1))
    .default([])
    .describe('Extra answers that match nothing'),
});

const orderingSchema = questionBase.extend({
  type: z.literal('ordering'),
  items: z
    .array(
      z.strictObject({ id: idSchema, text: z.string().trim().min(1), feedback: feedbackSchema }),
    )
    .describe('The items, written in the correct order'),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  trueFalseSchema,
  matchingSchema,
  orderingSchema,
]);

export const quizSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema.describe("The quiz's title"),
    passMark: z.number().describe('The score needed to pass, in per cent (0 to 100)'),
    shuffle: z.boolean().default(true).describe('Whether to shuffle the options'),
    attempts: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('How many attempts a learner has; 0 means no limit'),
    questions: z.array(questionSchema).min(1).describe('The questions'),
  })
  .superRefine((quiz, ctx) => {
    const problem: Problem = (path, message, fix) =>
      ctx.addIssue({ code: 'custom', path, message, params: { fix } });

    if (quiz.passMark < 0 || quiz.passMark > 100) {
      problem(
        ['passMark'],
        `The pass mark is ${quiz.passMark}, but it is a percentage, so it must be between 0 and 100.`,
        'Set "passMark" to a number from 0 to 100, such as 75.',
      );
    }
    repeated(quiz.questions.map((q) => q.id)).forEach(({ value, index }) =>
      problem(
        ['questions', index, 'id'],
        `Two questions have the id "${value}".`,
        "Give every question its own id. Learners' answers are stored against it, so change the new one, not one already published.",
      ),
    );
    quiz.questions.forEach((question, index) =>
      checkQuestion(question, ['questions', index], problem),
    );
  })
  .describe('A quiz (quiz.yaml)');

type Path = (string | number)[];
type Problem = (path: Path, message: string, fix: string) => void;

/** Each value after its first appearance, with its position, so a problem can point at the copy. */
function repeated(values: readonly string[]): { value: string; index: number }[] {
  const seen = new Set<string>();
  return values.flatMap((value, index) =>
    seen.has(value) ? [{ value, index }] : (seen.add(value), []),
  );
}

function checkQuestion(question: Question, at: Path, problem: Problem): void {
  const named = `Question "${question.id}"`;
  switch (question.type) {
    case 'single':
    case 'multiple': {
      repeated(question.options.map((o) => o.id)).forEach(({ value, index }) =>
        problem(
          [...at, 'options', index, 'id'],
          `${named} has two options with the id "${value}".`,
          'Give every option its own id.',
        ),
      );
      repeated(question.options.map((o) => o.text)).forEach(({ value, index }) =>
        problem(
          [...at, 'options', index, 'text'],
          `${named} has two options that both read "${value}", so learners cannot tell them apart.`,
          'Reword one of them, or remove it.',
        ),
      );
      const correct = question.options.filter((o) => o.correct).map((o) => `"${o.id}"`);
      if (question.type === 'single' && correct.length === 0) {
        problem(
          [...at, 'options'],
          `${named} is single choice, but none of its options is marked correct: true.`,
          'Add correct: true to the one right option.',
        );
      }
      if (question.type === 'single' && correct.length > 1) {
        problem(
          [...at, 'options'],
          `${named} is single choice, but ${correct.length} options are marked correct: true (${correct.join(', ')}).`,
          'Leave correct: true on the one right option, or make it type: multiple if learners should pick them all.',
        );
      }
      if (question.type === 'multiple' && correct.length === 0) {
        problem(
          [...at, 'options'],
          `${named} is multiple response, but none of its options is marked correct: true.`,
          'Add correct: true to every right option (at least one).',
        );
      }
      return;
    }
    case 'matching': {
      repeated(question.pairs.map((p) => p.id)).forEach(({ value, index }) =>
        problem(
          [...at, 'pairs', index, 'id'],
          `${named} has two pairs with the id "${value}".`,
          'Give every pair its own id.',
        ),
      );
      repeated(question.pairs.map((p) => p.item)).forEach(({ value, index }) =>
        problem(
          [...at, 'pairs', index, 'item'],
          `${named} lists the item "${value}" twice.`,
          'List each item once, with the one answer it matches.',
        ),
      );
      const answers = new Set(question.pairs.map((p) => p.match));
      if (answers.size < 2) {
        problem(
          [...at, 'pairs'],
          `${named} matches every item to "${[...answers][0] ?? ''}", so there is nothing to pair up.`,
          'Match the items to at least two different answers, or ask a multiple-response question instead.',
        );
      }
      question.distractors.forEach((distractor, index) => {
        if (answers.has(distractor)) {
          problem(
            [...at, 'distractors', index],
            `${named} lists "${distractor}" as a distractor, but it is also the right answer for an item.`,
            'Remove it from distractors: distractors are answers that match nothing.',
          );
        }
      });
      return;
    }
    case 'ordering': {
      if (question.items.length < 3) {
        problem(
          [...at, 'items'],
          `${named} asks learners to put ${question.items.length} item${question.items.length === 1 ? '' : 's'} in order; an ordering question needs at least 3.`,
          'Add items, or ask a single-choice question instead.',
        );
      }
      repeated(question.items.map((i) => i.id)).forEach(({ value, index }) =>
        problem(
          [...at, 'items', index, 'id'],
          `${named} has two items with the id "${value}".`,
          'Give every item its own id.',
        ),
      );
      repeated(question.items.map((i) => i.text)).forEach(({ value, index }) =>
        problem(
          [...at, 'items', index, 'text'],
          `${named} has two items that both read "${value}", so their order cannot be told apart.`,
          'Reword one of them, or remove it.',
        ),
      );
      return;
    }
    case 'truefalse':
      return;
  }
}

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
