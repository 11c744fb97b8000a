import { describe, expect, it } from 'vitest';
import {
  captionLines,
  formatTimestamp,
  formatVtt,
  MAX_CUE_CHARS,
  parseVtt,
  snapToPauses,
  splitIntoCueTexts,
  timeCues,
} from '../../../src/video/captions';
import { cueIndexAt, formatClock } from '../../../src/video/cues';

describe('splitting narration into cues', () => {
  it('breaks on sentences and keeps every cue within two lines', () => {
    const narration = `A busy sponsor rings the PMO. Their project is behind, the papers are late, and the project lead
      is swamped. Could you just take over the schedule for a few months? Saying yes feels helpful.`;
    expect(splitIntoCueTexts(narration)).toEqual([
      'A busy sponsor rings the PMO.',
      'Their project is behind, the papers are late, and the project lead is swamped.',
      'Could you just take over the schedule for a few months? Saying yes feels helpful.',
    ]);
  });

  it('breaks a sentence too long for one cue on its clauses', () => {
    const sentence =
      'For each one, show the cost, the time and what happens to the benefits, then say who decides, by when, and what you recommend to them.';
    const cues = splitIntoCueTexts(sentence);
    expect(cues).toEqual([
      'For each one, show the cost, the time and what happens to the benefits,',
      'then say who decides, by when, and what you recommend to them.',
    ]);
    expect(cues.every((cue) => cue.length <= MAX_CUE_CHARS)).toBe(true);
    expect(cues.join(' ')).toBe(sentence);
    // Every cue but the last ends at a clause boundary, not in the middle of one.
    expect(cues.slice(0, -1).every((cue) => /[,;:]$/.test(cue))).toBe(true);
  });

  it('falls back to words for a clause longer than a cue, and loses no text', () => {
    const clause = 'word '.repeat(40).trim();
    const cues = splitIntoCueTexts(clause);
    expect(cues.length).toBe(3);
    expect(cues.every((cue) => cue.length <= MAX_CUE_CHARS)).toBe(true);
    expect(cues.join(' ')).toBe(clause);
  });

  it('lets short fragments share a cue', () => {
    expect(splitIntoCueTexts('A clear reason. A time limit in weeks. An exit plan.')).toEqual([
      'A clear reason. A time limit in weeks. An exit plan.',
    ]);
  });
});

describe('timing cues', () => {
  it('shares a clip between cues by characters, back to back, from the clip start to its end', () => {
    const cues = timeCues(['12345', '1234567890', '12345'], 10, 4);
    expect(cues).toEqual([
      { start: 10, end: 11, text: '12345' },
      { start: 11, end: 13, text: '1234567890' },
      { start: 13, end: 14, text: '12345' },
    ]);
  });
});

describe('meeting the pauses in the speech', () => {
  const cues = [
    { start: 10.5, end: 13.967, text: 'Your board cannot approve every choice you make.' },
    {
      start: 13.967,
      end: 19.311,
      text: 'So it sets limits, called tolerances, on things like time, cost and scope.',
    },
    { start: 19.311, end: 21, text: 'Inside those limits, you decide.' },
  ];

  it('moves each boundary to the end of the nearest pause, keeping cues back to back', () => {
    const pauses = [
      { start: 2.67, end: 3.07 }, // after the first sentence, 0.7 s before the estimate
      { start: 5.2, end: 5.45 }, // a comma: far from any boundary
      { start: 8.65, end: 9.04 }, // after the second sentence
      { start: 10.2, end: 10.5 }, // the clip's trailing silence
    ];
    expect(snapToPauses(cues, pauses, 10.5)).toEqual([
      { ...cues[0], end: 13.57 },
      { ...cues[1], start: 13.57, end: 19.54 },
      { ...cues[2], start: 19.54 },
    ]);
  });

  it('leaves a boundary with no pause within a second where the characters put it', () => {
    expect(snapToPauses(cues, [{ start: 0.5, end: 0.9 }], 10.5)).toEqual(cues);
  });
});

describe('WebVTT', () => {
  const cues = [
    { start: 0.5, end: 2.25, text: 'The sponsor decides.' },
    {
      start: 2.25,
      end: 65.125,
      text: 'The delivery lead runs the plan, day to day, and warns the sponsor early & often.',
    },
  ];

  it('writes cues the browser reads, long ones on two lines', () => {
    expect(formatVtt(cues)).toBe(
      'WEBVTT\n\n' +
        '1\n00:00:00.500 --> 00:00:02.250\nThe sponsor decides.\n\n' +
        '2\n00:00:02.250 --> 00:01:05.125\nThe delivery lead runs the plan, day to day,\nand warns the sponsor early &amp; often.\n',
    );
  });

  it('reads back what it writes', () => {
    expect(parseVtt(formatVtt(cues))).toEqual(cues);
  });

  it('reads short timestamps, cue settings and Windows line endings, and skips notes', () => {
    const text =
      'WEBVTT\r\n\r\nNOTE made by hand\r\n\r\n01:02.000 --> 01:04.500 align:start\r\n<v Narrator>Hello</v>\r\n';
    expect(parseVtt(text)).toEqual([{ start: 62, end: 64.5, text: 'Hello' }]);
  });

  it('finds no cues in a file without any', () => {
    expect(parseVtt('WEBVTT\n\n')).toEqual([]);
  });

  it('formats hours, minutes, seconds and milliseconds', () => {
    expect(formatTimestamp(3723.4567)).toBe('01:02:03.457');
  });

  it('breaks a wide cue after a sentence or clause when the lines stay short, else near the middle', () => {
    expect(captionLines('Short enough.')).toEqual(['Short enough.']);
    expect(
      captionLines(
        'Inside those limits, you decide. Outside them, the decision goes back to the board.',
      ),
    ).toEqual([
      'Inside those limits, you decide.',
      'Outside them, the decision goes back to the board.',
    ]);
    expect(
      captionLines('A new system that nobody uses is not a success even if it arrived on time.'),
    ).toEqual(['A new system that nobody uses is not', 'a success even if it arrived on time.']);
    // A full stop this early would leave a second line too long to read at a glance.
    expect(
      captionLines('So. Reread the business case and ask whether it still holds, then agree.'),
    ).toEqual(['So. Reread the business case and ask', 'whether it still holds, then agree.']);
  });
});

describe('the cue being spoken', () => {
  const cues = [
    { start: 0.5, end: 2 },
    { start: 2, end: 5 },
    { start: 6, end: 8 },
  ];
  it.each([
    [0, -1],
    [0.5, 0],
    [1.99, 0],
    [2, 1],
    [5.5, 1], // the pause between slides keeps the last cue highlighted
    [6, 2],
    [100, 2],
  ])('at %s s is cue %s', (time, index) => {
    expect(cueIndexAt(cues, time)).toBe(index);
  });
  it('is none when there are no cues', () => {
    expect(cueIndexAt([], 3)).toBe(-1);
  });
});

describe('times as a learner reads them', () => {
  it.each([
    [0, '0:00'],
    [5.9, '0:05'],
    [65, '1:05'],
    [3723, '1:02:03'],
    [Number.NaN, '0:00'],
  ])('%s s is %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });
});
