/**
 * The two formats the fast statement check (./fast-check.ts) holds ids and timestamps to, stricter
 * than the schema: a lower-case UUID as crypto.randomUUID makes, and a time exactly as
 * Date.prototype.toISOString writes it. Both read characters by code instead of a regular expression
 * and a Date: they run for every statement of every report a PMO reads, and allocate nothing.
 */
const DIGIT_0 = 48;
const HYPHEN = 45;

/** 0 to 15 for a lower-case hex digit, -1 otherwise. */
function hexDigit(code: number): number {
  if (code >= DIGIT_0 && code <= 57) return code - DIGIT_0;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/**
 * A lower-case RFC 4122 UUID (versions 1 to 8), as crypto.randomUUID makes; zod's z.uuid() accepts
 * these. The same as /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.
 */
export function isUuid(value: string): boolean {
  if (value.length !== 36) return false;
  for (let i = 0; i < 36; i += 1) {
    const code = value.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== HYPHEN) return false;
    } else if (hexDigit(code) < 0) return false;
  }
  const version = value.charCodeAt(14) - DIGIT_0;
  const variant = hexDigit(value.charCodeAt(19));
  return version >= 1 && version <= 8 && variant >= 8 && variant <= 11;
}

/** The number written by `length` digits from `start`, or -1 if one is not a digit. */
function digits(value: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i += 1) {
    const digit = value.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Exactly what Date.prototype.toISOString writes for years 0000 to 9999
 * (`YYYY-MM-DDTHH:mm:ss.sssZ`, a day that exists, a time before 24:00): what the check asked before
 * as "matches the pattern, and Date.parse then toISOString gives it back".
 */
export function isIsoInstant(value: string): boolean {
  if (
    value.length !== 24 ||
    value.charCodeAt(4) !== HYPHEN ||
    value.charCodeAt(7) !== HYPHEN ||
    value[10] !== 'T' ||
    value[13] !== ':' ||
    value[16] !== ':' ||
    value[19] !== '.' ||
    value[23] !== 'Z'
  )
    return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return false;
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  return (
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59 &&
    digits(value, 20, 3) >= 0
  );
}

