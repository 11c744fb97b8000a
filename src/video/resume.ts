/**
 * What the player saves between visits (through saveAttempt('video:<id>', revision, …)) and where it
 * resumes. A saved value comes back from storage as unknown data, so it is checked field by field;
 * anything malformed is dropped rather than trusted (no zod here: this runs in the browser).
 */
import { addRange, newWatch, type WatchState, type WatchedRange } from './watching.ts';

export interface SavedWatch {
  /** Where the learner stopped, in seconds. */
  position: number;
  watched: WatchedRange[];
  /** Milestones already recorded, so returning does not record them again. */
  progressed: number[];
  completed: boolean;
}

/** Resuming a few seconds in is not worth a note; near the end, the learner has finished. */
export const RESUME_MIN_SECONDS = 5;
export const RESUME_END_MARGIN_SECONDS = 5;

export function attemptKey(videoId: string): string {
  return `video:${videoId}`;
}

export function toSaved(state: WatchState, position: number): SavedWatch {
  return {
    position: Math.max(0, Math.round(position * 10) / 10),
    watched: state.ranges.map(([start, end]) => [round(start), round(end)] as const),
    progressed: [...state.progressed],
    completed: state.completed,
  };
}

export function readSaved(snapshot: unknown): SavedWatch | undefined {
  if (typeof snapshot !== 'object' || snapshot === null) return undefined;
  const value = snapshot as Record<string, unknown>;
  const { position, watched, progressed, completed } = value;
  if (!isTime(position) || !Array.isArray(watched) || !Array.isArray(progressed)) return undefined;
  const ranges = watched.filter(
    (range): range is [number, number] =>
      Array.isArray(range) &&
      range.length === 2 &&
      isTime(range[0]) &&
      isTime(range[1]) &&
      range[1] > range[0],
  );
  return {
    position,
    watched: ranges,
    progressed: progressed.filter((m): m is number => typeof m === 'number' && Number.isFinite(m)),
    completed: completed === true,
  };
}

/**
 * The saved watching joined with any watched since the page opened (the record loads lazily, so a
 * learner may press play first): ranges merged, milestones and completion kept from both.
 */
export function watchFromSaved(saved: SavedWatch, current: WatchState = newWatch()): WatchState {
  return {
    ranges: saved.watched.reduce<WatchedRange[]>(
      (ranges, [start, end]) => addRange(ranges, start, end),
      current.ranges,
    ),
    last: current.last,
    progressed: [...new Set([...current.progressed, ...saved.progressed])].sort((a, b) => a - b),
    completed: current.completed || saved.completed,
  };
}

/** The position to resume from, or undefined to start at the beginning. */
export function resumePoint(saved: SavedWatch | undefined, duration: number): number | undefined {
  if (!saved || saved.position < RESUME_MIN_SECONDS) return undefined;
  if (Number.isFinite(duration) && saved.position > duration - RESUME_END_MARGIN_SECONDS)
    return undefined;
  return saved.position;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
