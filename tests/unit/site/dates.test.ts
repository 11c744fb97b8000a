import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS, isCalendarDay, isDueDay, isRecordedTime } from '../../../src/site/dates';

describe('isCalendarDay', () => {
  it.each(['2024-02-29', '2026-12-05', '2026-01-31'])('accepts the real day %s', (day) => {
    expect(isCalendarDay(day)).toBe(true);
  });
  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '26-12-05',
    'soon',
    '',
  ])('refuses %j', (day) => {
    expect(isCalendarDay(day)).toBe(false);
  });
});

describe('isDueDay', () => {
  it('accepts a real day in the range and refuses one outside it', () => {
    expect(isDueDay('2027-03-31')).toBe(true);
    expect(isDueDay('9999-12-31')).toBe(false);
    expect(isDueDay('1999-12-31')).toBe(false);
  });
});

describe('isRecordedTime', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  it('accepts a time from the past and one a few hours ahead of this clock', () => {
    expect(isRecordedTime('2026-12-01T09:30:00.000Z', now)).toBe(true);
    expect(isRecordedTime('2026-12-05T20:00:00+01:00', now)).toBe(true);
  });
  it('refuses a time beyond the allowed clock difference, a forged year and a non-day', () => {
    const tooFar = new Date(now.getTime() + CLOCK_SKEW_MS + 60_000).toISOString();
    expect(isRecordedTime(tooFar, now)).toBe(false);
    expect(isRecordedTime('9999-12-31T00:00:00Z', now)).toBe(false);
    expect(isRecordedTime('2019-12-31T23:59:59Z', now)).toBe(false);
    expect(isRecordedTime('2026-02-30T10:00:00Z', now)).toBe(false);
    expect(isRecordedTime('yesterday', now)).toBe(false);
  });
});
