/** The rules every insights table shares: whole percents, and notes on what was hidden. */
import { describe, expect, it } from 'vitest';
import { hiddenNote, optional, percent, percentText } from '../../../src/insights/figures';

describe('figures', () => {
  it('rounds shares to whole percents, and a share of nobody is 0%', () => {
    expect(percent(2, 3)).toBe(67);
    expect(percentText(1, 3)).toBe('33%');
    expect(percentText(0, 0)).toBe('0%');
  });

  it('says how many groups were hidden, in the singular or plural, or nothing', () => {
    expect(hiddenNote(0, 5, 'path')).toBeUndefined();
    expect(hiddenNote(1, 5, 'path')).toBe('1 path hidden: fewer than 5 people.');
    expect(hiddenNote(3, 2, 'decision')).toBe('3 decisions hidden: fewer than 2 people.');
  });

  it('leaves out a note a table does not have, rather than holding it as undefined', () => {
    expect(optional('note', undefined)).toEqual({});
    expect('note' in optional('note', undefined)).toBe(false);
    expect(optional('note', 'Hidden.')).toEqual({ note: 'Hidden.' });
  });
});
