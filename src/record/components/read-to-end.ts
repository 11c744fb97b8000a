/**
 * Reading to the end of a lesson, watched from the moment the page starts, before the learning record
 * has loaded (load-when-needed.ts): a learner who scrolls to the end at once and stays there has read
 * it, even if the record arrives later. mark-done-element.ts decides what a read means (the rules are
 * there) and records it once the record is known.
 *
 * The end has been read when, after the learner has scrolled, the end of the page (the element with id
 * "lesson-end", or the mark-done element) stays in view for READ_TO_END_DWELL_MS while the button is
 * neither hovered nor focused (a learner about to press it is left to press it). It happens at most
 * once per page.
 */

/**
 * How long the end of the lesson must stay in view before it counts as read: long enough not to fire
 * while flicking past, or while the learner moves to press the button themselves.
 */
const READ_TO_END_DWELL_MS = 1500;

export interface ReadToEnd {
  /** Calls onRead once the end has been read (at once if it already has); returns a stop function. */
  onRead(listener: () => void): () => void;
}

const watches = new WeakMap<HTMLElement, ReadToEnd>();

/** The watch for a mark-done element's lesson, started on the first call for that element. */
export function readToEnd(host: HTMLElement): ReadToEnd {
  let watch = watches.get(host);
  if (!watch) {
    watch = startWatching(host);
    watches.set(host, watch);
  }
  return watch;
}

function startWatching(host: HTMLElement): ReadToEnd {
  const listeners = new Set<() => void>();
  let read = false;
  const onRead = (listener: () => void) => {
    if (read) {
      listener();
      return () => undefined;
    }
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  if (typeof IntersectionObserver === 'undefined') return { onRead };

  const end = document.getElementById('lesson-end') ?? host;
  const button = host.querySelector('[data-part="button"]');
  let visible = false;
  let scrolled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    if (!visible || !scrolled) return;
    timer = setTimeout(() => {
      if (button?.matches(':hover, :focus')) return;
      cleanup();
      read = true;
      for (const listener of listeners) listener();
      listeners.clear();
    }, READ_TO_END_DWELL_MS);
  };
  const onScroll = () => {
    if (scrolled) return;
    scrolled = true;
    check();
  };
  const observer = new IntersectionObserver((entries) => {
    visible = entries.some((entry) => entry.isIntersecting);
    check();
  });
  function cleanup() {
    clearTimeout(timer);
    observer.disconnect();
    window.removeEventListener('scroll', onScroll);
  }
  observer.observe(end);
  window.addEventListener('scroll', onScroll, { passive: true });
  return { onRead };
}
