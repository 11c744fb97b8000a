/**
 * How the record's custom elements load on lesson and course pages: at the moment every record user
 * on the page waits for (lazy.ts: idle after load, or the learner's first interaction). Until then a
 * page carries only this loader (and read-to-end.ts on a lesson), so the learning record (its schema,
 * projections and Dexie) never competes with the lesson for the first paint.
 */
import { idleOrFirstInteraction } from '../lazy';

/** Runs load (an import of an element's module) when the record is needed; a failed load is left be. */
export function loadWhenNeeded(load: () => Promise<unknown>): void {
  void idleOrFirstInteraction()
    .then(load)
    // Offline with the chunk not cached: the page still teaches, without progress.
    .catch(() => undefined);
}
