/**
 * The one rule for which dates and times Sideline believes, used at every boundary where one arrives
 * from outside the running page: an imported record, a PMO report, an assignment link. A value that
 * passes can be shown, compared and formatted anywhere without a RangeError; one that fails is refused
 * with a plain message by the caller, which knows its reader.
 *
 * Why a range and not only a format: `9999-12-31` is a real calendar date and `Date` parses it, but no
 * learner did anything then, and a due date that far away sorts every real one behind it.
 */

/** Nothing was recorded before Sideline existed; a time earlier than this was typed or forged. */
export const EARLIEST_DAY = '2020-01-01';
/** Due dates a PMO can set: far enough for any programme, near enough to be a real plan. */
export const LATEST_DUE_DAY = '2100-12-31';
/**
 * How far ahead of this device's clock a recorded time may be: devices' clocks and time zones differ,
 * so a report written a few hours "in the future" elsewhere is honest; a day and a half is not.
 */
export const CLOCK_SKEW_MS = 36 * 60 * 60 * 1000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (no 30 February, no month 13). */
export function isCalendarDay(value: string): boolean {
  const parts = DAY.exec(value);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** True for a due date: a real calendar day from EARLIEST_DAY to LATEST_DUE_DAY. */
export function isDueDay(value: string): boolean {
  return isCalendarDay(value) && value >= EARLIEST_DAY && value <= LATEST_DUE_DAY;
}

/**
 * True for a time something was recorded: an ISO 8601 date and time that `Date` reads, on a real
 * calendar day, from EARLIEST_DAY up to `now` plus CLOCK_SKEW_MS.
 */
export function isRecordedTime(value: string, now: Date = new Date()): boolean {
  if (value[10] !== 'T' || !isKnownCalendarDay(value.slice(0, 10))) return false;
  const time = Date.parse(value);
  return time >= EARLIEST_TIME && time <= now.getTime() + CLOCK_SKEW_MS;
}

const EARLIEST_TIME = Date.parse(`${EARLIEST_DAY}T00:00:00Z`);

/**
 * Days already found real. A PMO's 1,000 reports hold 300,000 recorded times on a few hundred days,
 * and checking a day costs more than looking it up; bounded, so odd files cannot grow it without end.
 */
const realDays = new Set<string>();

function isKnownCalendarDay(day: string): boolean {
  if (realDays.has(day)) return true;
  if (!isCalendarDay(day)) return false;
  if (realDays.size < 10_000) realDays.add(day);
  return true;
}
