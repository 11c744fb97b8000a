/**
 * A practice task as a state machine: writing → reviewing (the model answer and the rubric) →
 * assessed, and back to writing whenever the learner wants to improve their answer.
 * Framework-free: the island binds it to the page and provides the record actions with `.provide()`.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';

/** About a page of writing; the same as the longest response a statement may carry, so a shared answer fits. */
export const MAX_ANSWER_CHARS = 6000;

export interface PracticeInput {
  /** The rubric's criterion ids, in order. */
  criteria: readonly string[];
}

export interface PracticeContext {
  criteria: readonly string[];
  /** What is in the writing box now: saved as the learner types. */
  answer: string;
  /** The answer as last submitted: what the learner compares with the model. */
  submitted: string;
  /** Criteria the learner says their submitted answer meets, by id. */
  ticks: Record<string, boolean>;
  /** The learner chose to include their answer's text in reports they share. */
  share: boolean;
  /** How many times the learner has submitted an answer. */
  attempts: number;
  /** The learner pressed Submit with nothing written: the island shows an error summary. */
  emptyAnswer: boolean;
}

export type PracticeEvent =
  | { type: 'learner.write'; text: string }
  | { type: 'learner.submit' }
  | { type: 'learner.tick'; criterionId: string; met: boolean }
  | { type: 'learner.share'; share: boolean }
  | { type: 'learner.assess' }
  | { type: 'learner.revise' };

export interface AttemptRecord {
  answer: string;
  attempt: number;
}

export interface AssessmentRecord {
  answer: string;
  /** Every criterion of the rubric, true where the learner ticked it. */
  rubric: Record<string, boolean>;
  share: boolean;
  attempt: number;
}

export function wordCount(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}

export function criteriaMet(context: Pick<PracticeContext, 'criteria' | 'ticks'>): number {
  return context.criteria.filter((id) => context.ticks[id]).length;
}

function assessment(context: PracticeContext): AssessmentRecord {
  return {
    answer: context.submitted,
    rubric: Object.fromEntries(context.criteria.map((id) => [id, context.ticks[id] === true])),
    share: context.share,
    attempt: context.attempts,
  };
}

function startingContext({ criteria }: PracticeInput): PracticeContext {
  return {
    criteria,
    answer: '',
    submitted: '',
    ticks: {},
    share: false,
    attempts: 0,
    emptyAnswer: false,
  };
}

export const practiceMachine = setup({
  types: {
    context: {} as PracticeContext,
    events: {} as PracticeEvent,
    input: {} as PracticeInput,
  },
  guards: {
    hasAnswer: ({ context }) => context.answer.trim().length > 0,
  },
  actions: {
    /** Side effects: no-ops here, swapped by the island with `.provide()`. */
    recordAttempt: (_, params: AttemptRecord) => void params,
    recordAssessment: (_, params: AssessmentRecord) => void params,

    write: assign(({ event }) =>
      event.type === 'learner.write'
        ? { answer: event.text.slice(0, MAX_ANSWER_CHARS), emptyAnswer: false }
        : {},
    ),
    showEmptyAnswer: assign({ emptyAnswer: true }),
    submit: assign(({ context }) => ({
      submitted: context.answer,
      attempts: context.attempts + 1,
      // A new answer is compared afresh.
      ticks: {},
      emptyAnswer: false,
    })),
    tick: assign(({ context, event }) =>
      event.type === 'learner.tick' && context.criteria.includes(event.criterionId)
        ? { ticks: { ...context.ticks, [event.criterionId]: event.met } }
        : {},
    ),
    share: assign(({ event }) => (event.type === 'learner.share' ? { share: event.share } : {})),
  },
}).createMachine({
  id: 'practice',
  context: ({ input }) => startingContext(input),
  initial: 'writing',
  states: {
    writing: {
      on: {
        'learner.write': { actions: 'write' },
        'learner.submit': [
          {
            guard: 'hasAnswer',
            target: 'reviewing',
            actions: [
              'submit',
              {
                type: 'recordAttempt',
                params: ({ context }) => ({ answer: context.submitted, attempt: context.attempts }),
              },
            ],
          },
          { actions: 'showEmptyAnswer' },
        ],
      },
    },
    reviewing: {
      on: {
        'learner.tick': { actions: 'tick' },
        'learner.share': { actions: 'share' },
        'learner.assess': {
          target: 'assessed',
          actions: { type: 'recordAssessment', params: ({ context }) => assessment(context) },
        },
        'learner.revise': { target: 'writing' },
      },
    },
    assessed: {
      on: { 'learner.revise': { target: 'writing' } },
    },
  },
});

export type PracticeMachine = typeof practiceMachine;
export type PracticeSnapshot = SnapshotFrom<PracticeMachine>;
export type PracticeStage = 'writing' | 'reviewing' | 'assessed';
