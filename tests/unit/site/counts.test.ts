import { describe, expect, test } from 'vitest';
import { countOf, nounFor } from '../../../src/site/counts';

describe('countOf: a count with its noun, singular only for one', () => {
  test.each([
    [0, 'file', undefined, '0 files'],
    [1, 'file', undefined, '1 file'],
    [2, 'learner', undefined, '2 learners'],
    [1, 'activity', 'activities', '1 activity'],
    [5, 'activity', 'activities', '5 activities'],
    [1, 'person', 'people', '1 person'],
    [12, 'person', 'people', '12 people'],
  ])('%i %s', (count, singular, plural, expected) => {
    expect(countOf(count, singular, plural)).toBe(expected);
  });

  test('the noun alone agrees with the count it follows', () => {
    expect(`0 of 1 ${nounFor(1, 'file')} read`).toBe('0 of 1 file read');
    expect(`2 of 3 ${nounFor(3, 'file')} read`).toBe('2 of 3 files read');
  });
});
