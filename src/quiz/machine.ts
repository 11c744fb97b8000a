/**
 * A quiz attempt as a state machine: intro → question → answered → … → result → (retry).
 * Framework-free: the island binds it to the page and provides the record actions with `.provide()`.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Question, Quiz } from './schema';
import {
  arrange,
  blankAnswers,
  chooseOption,
  chooseTrueOrFalse,
  hasAnswer,
  matchItem,
  moveItem,
  type Answer,
  type Arrangement,
} from './answers';
import { isCorrect, responseFor, scoreQuiz, type QuizScore } from './scoring';
import { nextSeed } from './shuffle';

export interface QuizInput {
  quiz: Quiz;
  /** Fixes the order of options for the first attempt; each retry derives a new one from it. */
  seed: number;
}

export interface QuizContext {
  quiz: Quiz;
  /** The seed of this attempt, kept so the arrangement can be explained and reproduced. */
  seed: number;
  /** 1 for the first attempt. */
  attempt: number;
  /** The index of the question on screen. */
  current: number;
  /** The order everything is shown in for this attempt; stored, so a restored attempt looks the same. */
  shown: Arrangement;
  /** The learner's answers this attempt, by question id. */
  answers: Record<string, Answer>;
  /** Whether each checked question was right, by question id. */
  marks: Record<string, boolean>;
  /** The learner pressed "Check answer" with nothing chosen: the island shows an error summary. */
  nothingChosen: boolean;
}

export type QuizEvent =
  | { type: 'learner.start' }
  /** Single choice: choose this option. Multiple response: tick or untick it. */
  | { type: 'learner.select'; optionId: string }
  | { type: 'learner.answer'; value: boolean }
  /** An empty answer clears the item. */
  | { type: 'learner.match'; pairId: string; answer: string }
  | { type: 'learner.move'; itemId: string; direction: 'up' | 'down' }
  /** `to` is the new position, 0 at the top (for drag and drop). */
  | { type: 'learner.move'; itemId: string; to: number }
  | { type: 'learner.submit' }
  | { type: 'learner.next' }
  | { type: 'learner.retry' };

export interface AnswerRecord {
  question: Question;
  /** In the xAPI interaction format, for `result.response`. */
  response: string;
  correct: boolean;
  attempt: number;
}

export interface ResultRecord {
  score: QuizScore;
  passed: boolean;
  attempt: number;
}

export function currentQuestion(context: QuizContext): Question {
  const question = context.quiz.questions[context.current];
  if (!question)
    throw new Error(`Quiz "${context.quiz.id}" has no question ${context.current + 1}.`);
  return question;
}

export function currentAnswer(context: QuizContext): Answer | undefined {
  return context.answers[currentQuestion(context).id];
}

export function attemptScore(context: QuizContext): QuizScore {
  return scoreQuiz(context.quiz, context.marks);
}

/** Attempts still to come after this one; `null` when there is no limit. */
export function attemptsRemaining(context: QuizContext): number | null {
  return context.quiz.attempts === 0 ? null : Math.max(0, context.quiz.attempts - context.attempt);
}

function freshAttempt(quiz: Quiz, seed: number, attempt: number): QuizContext {
  const shown = arrange(quiz, seed);
  return {
    quiz,
    seed,
    attempt,
    current: 0,
    shown,
    answers: blankAnswers(quiz, shown),
    marks: {},
    nothingChosen: false,
  };
}

/** Applies an edit to the answer of the question on screen. */
function withAnswer(context: QuizContext, edit: (question: Question, answer: Answer) => Answer) {
  const question = currentQuestion(context);
  const answer = context.answers[question.id];
  if (!answer) return {};
  return { answers: { ...context.answers, [question.id]: edit(question, answer) } };
}

export const quizMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    input: {} as QuizInput,
  },
  guards: {
    hasAnswer: ({ context }) => hasAnswer(currentQuestion(context), currentAnswer(context)),
    isLastQuestion: ({ context }) => context.current >= context.quiz.questions.length - 1,
    passed: ({ context }) => attemptScore(context).passed,
    attemptsLeft: ({ context }) => attemptsRemaining(context) !== 0,
  },
  actions: {
    /** Side effects: no-ops here, swapped by the island with `.provide()`. */
    recordAnswer: (_, params: AnswerRecord) => void params,
    recordResult: (_, params: ResultRecord) => void params,

    changeAnswer: assign(({ context, event }) => {
      switch (event.type) {
        case 'learner.select':
          return withAnswer(context, (q, a) => chooseOption(q, a, event.optionId));
        case 'learner.answer':
          return withAnswer(context, (_, a) => chooseTrueOrFalse(a, event.value));
        case 'learner.match':
          return withAnswer(context, (q, a) => matchItem(q, a, event.pairId, event.answer));
        case 'learner.move':
          return withAnswer(context, (_, a) => {
            if ('to' in event) return moveItem(a, event.itemId, event.to);
            const from = a.type === 'ordering' ? a.itemIds.indexOf(event.itemId) : -1;
            return moveItem(a, event.itemId, from + (event.direction === 'up' ? -1 : 1));
          });
        default:
          return {};
      }
    }),
    markAnswer: assign(({ context }) => ({
      marks: {
        ...context.marks,
        [currentQuestion(context).id]: isCorrect(currentQuestion(context), currentAnswer(context)),
      },
      nothingChosen: false,
    })),
    showNothingChosen: assign({ nothingChosen: true }),
    goToNextQuestion: assign(({ context }) => ({
      current: context.current + 1,
      nothingChosen: false,
    })),
    startNextAttempt: assign(({ context }) =>
      freshAttempt(context.quiz, nextSeed(context.seed), context.attempt + 1),
    ),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => freshAttempt(input.quiz, input.seed >>> 0, 1),
  initial: 'intro',
  states: {
    intro: {
      on: { 'learner.start': { target: 'question' } },
    },
    question: {
      on: {
        'learner.select': { actions: 'changeAnswer' },
        'learner.answer': { actions: 'changeAnswer' },
        'learner.match': { actions: 'changeAnswer' },
        'learner.move': { actions: 'changeAnswer' },
        'learner.submit': [
          {
            guard: 'hasAnswer',
            target: 'answered',
            actions: [
              'markAnswer',
              {
                type: 'recordAnswer',
                params: ({ context }) => ({
                  question: currentQuestion(context),
                  response: responseFor(currentQuestion(context), currentAnswer(context)),
                  correct: isCorrect(currentQuestion(context), currentAnswer(context)),
                  attempt: context.attempt,
                }),
              },
            ],
          },
          { actions: 'showNothingChosen' },
        ],
      },
    },
    answered: {
      on: {
        'learner.next': [
          {
            guard: 'isLastQuestion',
            target: 'result',
            actions: {
              type: 'recordResult',
              params: ({ context }) => ({
                score: attemptScore(context),
                passed: attemptScore(context).passed,
                attempt: context.attempt,
              }),
            },
          },
          { target: 'question', actions: 'goToNextQuestion' },
        ],
      },
    },
    result: {
      initial: 'marking',
      states: {
        // Passing and failing are states, so the page (and a restored snapshot) can tell them apart.
        marking: { always: [{ guard: 'passed', target: 'passed' }, { target: 'failed' }] },
        passed: {},
        failed: {},
      },
      on: {
        'learner.retry': { guard: 'attemptsLeft', target: 'question', actions: 'startNextAttempt' },
      },
    },
  },
});

export type QuizMachine = typeof quizMachine;
export type QuizSnapshot = SnapshotFrom<QuizMachine>;
