/**
 * Finding the cue being spoken and saying a time the way a learner reads it ("1:05"). Pure, for the
 * player's interactive transcript.
 */
import type { Cue } from './captions.ts';

/**
 * The index of the cue being spoken at `time`, or of the last one spoken while the narration pauses
 * between cues (so the transcript highlight does not flicker off between slides); -1 before the first.
 * Cues are in time order, so a binary search keeps this cheap on every timeupdate.
 */
export function cueIndexAt(cues: readonly Pick<Cue, 'start'>[], time: number): number {
  let low = 0;
  let high = cues.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((cues[mid]?.start ?? Infinity) <= time) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** "0:05", "1:05", "1:02:03": minutes and seconds, as video players show them. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(whole / 3600);
  const m = Math.floor(whole / 60) % 60;
  const s = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
