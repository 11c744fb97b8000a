import { describe, expect, it } from 'vitest';
import { readSaved, resumePoint, toSaved, watchFromSaved } from '../../../src/video/resume';
import { isoDuration, videoStatement } from '../../../src/video/statements';
import {
  addRange,
  dueStatements,
  interrupt,
  MAX_TICK_SECONDS,
  newWatch,
  tick,
  watchedPercent,
  watchedSeconds,
  type WatchState,
} from '../../../src/video/watching';

/** Plays from `from` to `to` with timeupdate ticks every quarter second, as a browser does. */
function play(state: WatchState, from: number, to: number): WatchState {
  let next = tick(interrupt(state), from);
  for (let t = from + 0.25; t <= to + 1e-9; t += 0.25) next = tick(next, t);
  return next;
}

describe('time actually watched', () => {
  it('counts playback between ticks', () => {
    expect(watchedSeconds(play(newWatch(), 0, 30).ranges)).toBeCloseTo(30);
  });

  it('does not count a seek to the end', () => {
    let state = play(newWatch(), 0, 10);
    state = interrupt(state); // seeking
    state = tick(state, 115); // first tick after the seek only sets the starting point
    state = tick(state, 115.25);
    expect(watchedSeconds(state.ranges)).toBeCloseTo(10.25);
  });

  it('does not count a jump larger than a tick can be, even without a seeking event', () => {
    const state = tick(tick(newWatch(), 1), 60);
    expect(watchedSeconds(state.ranges)).toBe(0);
  });

  it('counts a step of exactly the longest tick, and not a hair more', () => {
    expect(watchedSeconds(tick(tick(newWatch(), 10), 10 + MAX_TICK_SECONDS).ranges)).toBe(3);
    expect(watchedSeconds(tick(tick(newWatch(), 10), 10 + MAX_TICK_SECONDS + 0.01).ranges)).toBe(0);
    expect(MAX_TICK_SECONDS).toBe(3);
  });

  it('counts the same stretch once when it is watched twice', () => {
    let state = play(newWatch(), 0, 20);
    state = play(state, 10, 30);
    expect(state.ranges).toEqual([[0, 30]]);
  });

  it('keeps separate stretches apart and merges touching ones', () => {
    expect(addRange(addRange([], 0, 5), 10, 12)).toEqual([
      [0, 5],
      [10, 12],
    ]);
    expect(
      addRange(
        [
          [0, 5],
          [10, 12],
        ],
        5,
        10,
      ),
    ).toEqual([[0, 12]]);
  });

  it('says the share watched in whole percent, never over 100', () => {
    expect(watchedPercent([[0, 29.9]], 120)).toBe(24);
    expect(watchedPercent([[0, 200]], 120)).toBe(100);
    expect(watchedPercent([[0, 10]], Number.NaN)).toBe(0);
  });
});

describe('what to record', () => {
  it('records progress at each quarter and completion at 90%, each once', () => {
    const duration = 100;
    let state = newWatch();
    const recorded: string[] = [];
    for (let second = 1; second <= 100; second++) {
      state = play(state, second - 1, second);
      const result = dueStatements(state, duration);
      state = result.state;
      recorded.push(...result.due.map((d) => `${d.verb} ${d.progress}`));
    }
    expect(recorded).toEqual(['progressed 25', 'progressed 50', 'progressed 75', 'completed 90']);
  });

  it('does not complete a video that was skipped through', () => {
    let state = play(newWatch(), 0, 30);
    state = play(state, 100, 118); // seeked, then watched the last part
    const { due } = dueStatements(state, 120);
    expect(due).toEqual([{ verb: 'progressed', progress: 40 }]);
  });

  it('records only the highest milestone when several are passed at once', () => {
    const state: WatchState = { ...newWatch(), ranges: [[0, 80]] };
    const result = dueStatements(state, 100);
    expect(result.due).toEqual([{ verb: 'progressed', progress: 80 }]);
    expect(dueStatements(result.state, 100).due).toEqual([]);
  });
});

describe('statements', () => {
  const ctx = {
    video: { id: 'tolerances-video', title: 'Tolerances and exceptions, in two minutes' },
    courseId: 'sponsor-induction',
    courseTitle: 'Sponsor induction',
    revision: 'abc123',
  };

  it('says how much was watched and for how long', () => {
    expect(videoStatement(ctx, { verb: 'completed', progress: 91 }, 118.6)).toEqual({
      verb: 'completed',
      activity: {
        kind: 'video',
        id: 'tolerances-video',
        title: 'Tolerances and exceptions, in two minutes',
      },
      result: { completion: true, duration: 'PT1M59S', extensions: { progress: 91 } },
      context: {
        revision: 'abc123',
        course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' },
      },
    });
    expect(videoStatement(ctx, { verb: 'progressed', progress: 25 }, 30).result).toEqual({
      duration: 'PT30S',
      extensions: { progress: 25 },
    });
  });

  it.each([
    [0, 'PT0S'],
    [59.6, 'PT1M'],
    [65, 'PT1M5S'],
    [3605, 'PT1H5S'],
  ])('writes %s s as %s', (seconds, iso) => {
    expect(isoDuration(seconds)).toBe(iso);
  });
});

describe('resuming', () => {
  it('saves and restores what was watched and recorded', () => {
    const state: WatchState = {
      ranges: [[0, 65.123]],
      last: 65.123,
      progressed: [25, 50],
      completed: false,
    };
    const saved = toSaved(state, 65.123);
    expect(saved).toEqual({
      position: 65.1,
      watched: [[0, 65.12]],
      progressed: [25, 50],
      completed: false,
    });
    const restored = readSaved(JSON.parse(JSON.stringify(saved)));
    expect(restored).toEqual(saved);
    expect(watchFromSaved(restored!)).toEqual({
      ranges: [[0, 65.12]],
      last: null,
      progressed: [25, 50],
      completed: false,
    });
  });

  it('drops a saved value it cannot trust', () => {
    expect(readSaved(null)).toBeUndefined();
    expect(readSaved({ position: 'ten', watched: [], progressed: [] })).toBeUndefined();
    expect(
      readSaved({
        position: 10,
        watched: [[5, 2], [0, 3], 'x'],
        progressed: [25, 'x'],
        completed: 'yes',
      }),
    ).toEqual({
      position: 10,
      watched: [[0, 3]],
      progressed: [25],
      completed: false,
    });
  });

  it('resumes from the saved point, but not from the first seconds or the very end', () => {
    const at = (position: number) => ({ position, watched: [], progressed: [], completed: false });
    expect(resumePoint(at(65), 120)).toBe(65);
    expect(resumePoint(at(3), 120)).toBeUndefined();
    expect(resumePoint(at(117), 120)).toBeUndefined();
    expect(resumePoint(at(65), Number.NaN)).toBe(65);
    expect(resumePoint(undefined, 120)).toBeUndefined();
  });
});
