/**
 * How much of a video a learner has actually watched, and what that is worth recording.
 *
 * Watched time is counted from the player's timeupdate ticks during normal playback: each small step
 * forward adds the span between two ticks. A seek, or a jump larger than a tick can be, adds nothing,
 * so dragging to the end does not count as watching. Spans are kept as merged ranges, so watching the
 * same minute twice counts it once.
 */

export type WatchedRange = readonly [start: number, end: number];

/**
 * The longest step between two ticks that still counts as playback. Browsers fire timeupdate about
 * four times a second; 2x speed and a busy main thread can stretch a step to a second or two.
 */
export const MAX_TICK_SECONDS = 3;
/** A 'progressed' statement each time another quarter has been watched. */
export const PROGRESS_MILESTONES: readonly number[] = [25, 50, 75];
/** Watched this share (percent) of the video and it counts as completed. */
export const COMPLETE_PERCENT = 90;

export interface WatchState {
  ranges: WatchedRange[];
  /** The playback position of the last counted tick; null after a seek or pause, until playback resumes. */
  last: number | null;
  /** Milestones (percent) already recorded. */
  progressed: number[];
  completed: boolean;
}

export function newWatch(): WatchState {
  return { ranges: [], last: null, progressed: [], completed: false };
}

/** Adds [from, to] to the ranges, merging overlaps and touching ranges; the result is sorted. */
export function addRange(
  ranges: readonly WatchedRange[],
  from: number,
  to: number,
): WatchedRange[] {
  if (!(to > from)) return [...ranges];
  const sorted = [...ranges, [from, to] as const].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export function watchedSeconds(ranges: readonly WatchedRange[]): number {
  return ranges.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/** A timeupdate during playback: counts the step since the last tick if it looks like playback. */
export function tick(state: WatchState, time: number): WatchState {
  const { last } = state;
  const step = last === null ? 0 : time - last;
  const counts = last !== null && step > 0 && step <= MAX_TICK_SECONDS;
  return {
    ...state,
    ranges: counts ? addRange(state.ranges, last, time) : state.ranges,
    last: time,
  };
}

/** A seek, pause or end: the next tick starts counting afresh from wherever playback resumes. */
export function interrupt(state: WatchState): WatchState {
  return { ...state, last: null };
}

/** Whole percent of the video watched, 0 to 100. */
export function watchedPercent(ranges: readonly WatchedRange[], duration: number): number {
  if (!(duration > 0)) return 0;
  return Math.min(100, Math.floor((watchedSeconds(ranges) / duration) * 100));
}

export type DueStatement = { verb: 'progressed' | 'completed'; progress: number };

/**
 * What to record now: 'progressed' when a milestone was passed for the first time (only the highest,
 * if several were passed at once), and 'completed' once, at 90% watched.
 */
export function dueStatements(
  state: WatchState,
  duration: number,
): { state: WatchState; due: DueStatement[] } {
  const progress = watchedPercent(state.ranges, duration);
  const passed = PROGRESS_MILESTONES.filter((m) => progress >= m && !state.progressed.includes(m));
  const due: DueStatement[] = [];
  if (passed.length) due.push({ verb: 'progressed', progress });
  const completes = !state.completed && progress >= COMPLETE_PERCENT;
  if (completes) due.push({ verb: 'completed', progress });
  if (!due.length) return { state, due };
  return {
    state: {
      ...state,
      progressed: [...state.progressed, ...passed],
      completed: state.completed || completes,
    },
    due,
  };
}
