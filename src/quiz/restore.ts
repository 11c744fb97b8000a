/**
 * Saving and restoring a quiz attempt. The learning record already refuses an attempt made
 * against other content (the revision); this guards against one saved by an older version of the
 * machine itself, which the content revision cannot see.
 */
import { createActor, type Snapshot } from 'xstate';
import type { Quiz } from './schema';
import { quizMachine, type QuizContext } from './machine';

/** Raise when the machine's states or context change shape, so old saved attempts are set aside. */
export const SAVED_QUIZ_VERSION = 1;

export interface SavedQuizAttempt {
  version: typeof SAVED_QUIZ_VERSION;
  snapshot: Snapshot<unknown>;
}

export function toSavedAttempt(snapshot: Snapshot<unknown>): SavedQuizAttempt {
  return { version: SAVED_QUIZ_VERSION, snapshot };
}

/** The snapshot to resume from, or null when the saved attempt cannot be trusted to fit this quiz. */
export function restorableSnapshot(saved: unknown, quiz: Quiz): Snapshot<unknown> | null {
  if (!isRecord(saved) || saved['version'] !== SAVED_QUIZ_VERSION) return null;
  const snapshot = saved['snapshot'];
  if (!isRecord(snapshot) || snapshot['status'] !== 'active') return null;
  const context = snapshot['context'] as Partial<QuizContext> | undefined;
  if (
    !isRecord(context) ||
    context.quiz?.id !== quiz.id ||
    context.quiz.questions.length !== quiz.questions.length ||
    typeof context.current !== 'number' ||
    context.current < 0 ||
    context.current >= quiz.questions.length ||
    !isRecord(context.answers) ||
    quiz.questions.some((q) => !isRecord(context.answers?.[q.id]))
  ) {
    return null;
  }
  try {
    const actor = createActor(quizMachine, {
      input: { quiz, seed: 0 },
      snapshot: snapshot as Snapshot<unknown>,
    });
    // Without an error observer, xstate rethrows a failed restore asynchronously.
    actor.subscribe({ error: () => {} });
    actor.start();
    const restored = actor.getSnapshot();
    actor.stop();
    return restored.status === 'active' ? (snapshot as Snapshot<unknown>) : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
