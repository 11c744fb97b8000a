/**
 * Saving and restoring a practice answer. What is saved is plain data (the stage, the writing and
 * the ticks), not the machine's internal snapshot, so a learner's writing survives any change to the
 * machine or to the task's wording: it is theirs, and it is never thrown away. Ticks for criteria the
 * task no longer has are dropped.
 */
import type { Snapshot } from 'xstate';
import {
  MAX_ANSWER_CHARS,
  practiceMachine,
  type PracticeContext,
  type PracticeSnapshot,
  type PracticeStage,
} from './machine';

/** Raise when the saved shape changes, and read the old shape in `restorableSnapshot`. */
export const SAVED_PRACTICE_VERSION = 1;

/**
 * The revision saved answers are stored under. Quizzes use the content revision, so an attempt made
 * against other questions is not resumed; a practice answer is the learner's own writing and must
 * outlive an edit to the brief, so it is stored under this constant instead.
 */
export const PRACTICE_ANSWER_REVISION = 'practice-answer';

export interface SavedPracticeAnswer {
  version: typeof SAVED_PRACTICE_VERSION;
  stage: PracticeStage;
  answer: string;
  submitted: string;
  ticks: Record<string, boolean>;
  share: boolean;
  attempts: number;
}

const STAGES: readonly PracticeStage[] = ['writing', 'reviewing', 'assessed'];

/** A persisted snapshot is plain data: its stage is read from its value, not with `matches`. */
export function toSavedAnswer(snapshot: Snapshot<unknown>): SavedPracticeAnswer {
  const state = snapshot as unknown as Pick<PracticeSnapshot, 'value' | 'context'>;
  const { answer, submitted, ticks, share, attempts } = state.context;
  return {
    version: SAVED_PRACTICE_VERSION,
    stage: STAGES.find((stage) => stage === state.value) ?? 'writing',
    answer,
    submitted,
    ticks,
    share,
    attempts,
  };
}

/** The snapshot to resume from, or null when nothing usable was saved. */
export function restorableSnapshot(
  saved: unknown,
  criteria: readonly string[],
): Snapshot<unknown> | null {
  if (!isRecord(saved) || saved['version'] !== SAVED_PRACTICE_VERSION) return null;
  const answer = text(saved['answer']);
  const submitted = text(saved['submitted']);
  const attempts = saved['attempts'];
  if (answer === null || submitted === null) return null;
  let stage = STAGES.find((candidate) => candidate === saved['stage']) ?? 'writing';
  // Nothing was submitted, so there is nothing to compare: back to the writing box.
  if (!submitted.trim()) stage = 'writing';
  const ticks = isRecord(saved['ticks']) ? saved['ticks'] : {};
  const context: PracticeContext = {
    criteria,
    answer,
    submitted,
    ticks: Object.fromEntries(criteria.map((id) => [id, ticks[id] === true])),
    share: saved['share'] === true,
    attempts:
      typeof attempts === 'number' && Number.isInteger(attempts) && attempts >= 0 ? attempts : 0,
    emptyAnswer: false,
  };
  return practiceMachine.resolveState({ value: stage, context });
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, MAX_ANSWER_CHARS) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
