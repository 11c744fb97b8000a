import { describe, expect, test } from 'vitest';
import { laterMark, type LessonMark } from '../../../../src/record/xapi/lesson-marks';
import type { RecordedVerb } from '../../../../src/record/xapi/verbs';

/** The mark after reading these statements in this order: [verb, minute]. */
function markAfter(...statements: [RecordedVerb, number][]): LessonMark | undefined {
  return statements.reduce<LessonMark | undefined>(
    (mark, [verb, minute]) => laterMark(mark, verb, minute * 60_000),
    undefined,
  );
}

describe('a lesson’s latest mark', () => {
  test.each<[string, [RecordedVerb, number][], boolean | undefined]>([
    ['nothing that marks it', [['answered', 1]], undefined],
    ['read to the end', [['experienced', 1]], true],
    [
      'marked done, then not done',
      [
        ['completed', 1],
        ['reopened', 2],
      ],
      false,
    ],
    [
      'not done, then done again',
      [
        ['reopened', 2],
        ['completed', 3],
      ],
      true,
    ],
    // A merged or imported record need not be in time order: the time decides, not the position.
    [
      'read out of order',
      [
        ['reopened', 5],
        ['completed', 3],
      ],
      false,
    ],
    [
      'at the same moment, the one read last',
      [
        ['completed', 4],
        ['reopened', 4],
      ],
      false,
    ],
  ])('%s', (_, statements, done) => {
    expect(markAfter(...statements)?.done).toBe(done);
  });
});
