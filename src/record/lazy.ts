/**
 * The page's learning record, loaded on first use. Islands import only this small module: the record
 * (the statement schema with zod/mini, and Dexie behind it) loads once the page is idle or the learner
 * first presses or types, so neither a page's first paint nor an island's hydration waits for it, and
 * its parse and open run when the main thread has time. Rejects if the record's code cannot be
 * fetched; each caller then carries on without the record (attempts.ts queues writes until then).
 */
import type { LearningRecord } from './api';
import type { RecordViewStore } from './view';

/** Longest wait for an idle moment, so a page that is never idle still gets its record. */
const IDLE_TIMEOUT_MS = 2000;
/** The first of these means the learner is using the page: load now, not at idle. */
const FIRST_INTERACTION = [
  'pointerdown',
  'keydown',
  'focusin',
  'touchstart',
  'wheel',
  'scroll',
] as const;

let spareMoment: Promise<void> | undefined;

/**
 * Resolves at the first of: the browser's first idle period after the page has loaded (so the
 * record's work never lands among first paint's), the learner's first press, key, focus or scroll
 * anywhere on the page, or IDLE_TIMEOUT_MS after load. At once where there is no window (tests, the
 * server). Every caller on a page waits for the same moment, so the record's code loads once.
 */
export function idleOrFirstInteraction(): Promise<void> {
  spareMoment ??= new Promise<void>((resolve) => {
    if (typeof window === 'undefined') return resolve();
    const options = { capture: true, passive: true } as const;
    const done = () => {
      for (const type of FIRST_INTERACTION) window.removeEventListener(type, done, options);
      resolve();
    };
    for (const type of FIRST_INTERACTION) window.addEventListener(type, done, options);
    const atIdle = () => {
      if (typeof requestIdleCallback === 'function') {
        requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS });
      } else setTimeout(done, IDLE_TIMEOUT_MS);
    };
    if (typeof document === 'undefined' || document.readyState === 'complete') atIdle();
    else window.addEventListener('load', atIdle, { once: true });
  });
  return spareMoment;
}

export async function loadLearningRecord(): Promise<LearningRecord> {
  await idleOrFirstInteraction();
  const { getLearningRecord } = await import('./open');
  return getLearningRecord();
}

/** The page's one record view (view.ts), loaded as the record is. */
export async function loadRecordView(): Promise<RecordViewStore> {
  await idleOrFirstInteraction();
  const { getRecordView } = await import('./view');
  return getRecordView();
}
