/**
 * When the record's custom elements load on lesson and course pages: after first paint, once the
 * browser is idle, or at the learner's first interaction, whichever comes first. Until then a page
 * carries only this loader (and read-to-end.ts on a lesson), so the learning record (its schema,
 * projections and, later, Dexie) never competes with the lesson for the first paint.
 *
 * Every element script on the page waits for the same moment, so they load together.
 */

/** Longest wait for an idle moment after the page has loaded; a busy page still gets its record. */
const IDLE_TIMEOUT_MS = 2000;

/** The first of these means the learner is using the page: load now, not at idle. */
const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

let needed: Promise<void> | undefined;

function whenNeeded(): Promise<void> {
  needed ??= new Promise<void>((resolve) => {
    const options = { capture: true, passive: true } as const;
    const go = () => {
      for (const type of INTERACTIONS) window.removeEventListener(type, go, options);
      resolve();
    };
    for (const type of INTERACTIONS) window.addEventListener(type, go, options);
    const atIdle = () => {
      if (typeof requestIdleCallback === 'function') {
        requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS });
      } else {
        setTimeout(go, 0);
      }
    };
    if (document.readyState === 'complete') atIdle();
    else window.addEventListener('load', atIdle, { once: true });
  });
  return needed;
}

/** Runs load (an import of an element's module) when the record is needed; a failed load is left be. */
export function loadWhenNeeded(load: () => Promise<unknown>): void {
  void whenNeeded()
    .then(load)
    // Offline with the chunk not cached: the page still teaches, without progress.
    .catch(() => undefined);
}
