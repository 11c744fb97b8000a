/**
 * An assignment: a learning path (or a set of steps) a PMO gives a learner, with who set it, a message
 * and a due date. This file holds the shape and the zod/mini schema of what a link carries; the link
 * format is in assignment-link.ts, the learning-record form in assignment-record.ts.
 */
import * as z from 'zod/mini';
import type { PathRef } from '../steps';
import { REF_TEXT } from '../steps';
import { CONTROL_CHARACTERS, MARKUP } from '../../site/plain-text';

// Islands run under a strict CSP (no eval): skip zod's new Function probe.
z.config({ jitless: true });

export type Due =
  | { kind: 'none' }
  | { kind: 'date'; date: string }
  /** "within N days of opening": fixed to a date when the learner adds it. */
  | { kind: 'within'; days: number };

export interface Assignment {
  /** Random, made by the builder: opening the same link twice finds this id and adds nothing. */
  id: string;
  title: string;
  /** Set when a whole path from content/paths/ was assigned. */
  pathId?: string;
  refs: PathRef[];
  assignedBy: string;
  team?: string;
  message?: string;
  due: Due;
  /** The day the link was made, YYYY-MM-DD. */
  assignedOn: string;
}

export const LINK_LIMITS = {
  title: 100,
  name: 80,
  team: 80,
  message: 300,
  refs: 100,
  days: 365,
} as const;

const CONTROL_EXCEPT_LINES =
  // eslint-disable-next-line no-control-regex -- as above, but a message may hold line breaks
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{8,32}$/;
/**
 * A day's form only: whether it is a real day in a believable range is the site's one date rule
 * (src/site/dates.ts), which link.ts applies so the learner is told which date is wrong.
 */
const DAY_FORM = /^\d{4}-\d{2}-\d{2}$/;

function line(max: number) {
  return z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((value) => value.trim() === value && !CONTROL_CHARACTERS.test(value)),
  );
}

/** What the link carries, in short keys so links (and their QR codes) stay small. */
export const linkPayloadSchema = z
  .strictObject({
    v: z.literal(1),
    id: z.string().check(z.regex(ASSIGNMENT_ID)),
    p: z.exactOptional(z.string().check(z.maxLength(100), z.regex(ID))),
    t: z.exactOptional(line(LINK_LIMITS.title).check(z.refine((value) => !MARKUP.test(value)))),
    s: z.exactOptional(
      z
        .array(z.string().check(z.maxLength(120), z.regex(REF_TEXT)))
        .check(z.minLength(1), z.maxLength(LINK_LIMITS.refs)),
    ),
    d: z.exactOptional(z.string().check(z.regex(DAY_FORM))),
    n: z.exactOptional(z.int().check(z.gte(1), z.lte(LINK_LIMITS.days))),
    b: line(LINK_LIMITS.name),
    g: z.exactOptional(line(LINK_LIMITS.team)),
    m: z.exactOptional(
      z.string().check(
        z.minLength(1),
        z.maxLength(LINK_LIMITS.message),
        z.refine((value) => !CONTROL_EXCEPT_LINES.test(value)),
      ),
    ),
    at: z.string().check(z.regex(DAY_FORM)),
  })
  .check(
    // A named path, or a title with steps: never both, never neither.
    z.refine(
      (payload) =>
        (payload.p !== undefined) !== (payload.t !== undefined && payload.s !== undefined),
    ),
    z.refine(
      (payload) => payload.p === undefined || (payload.t === undefined && payload.s === undefined),
    ),
    z.refine((payload) => !(payload.d !== undefined && payload.n !== undefined)),
  );

export type LinkPayload = z.infer<typeof linkPayloadSchema>;

/** A fresh assignment id: 12 random base64url characters (72 bits), short enough for a QR code. */
export function newAssignmentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_');
}

/** The date a due rule gives for an assignment opened on `openedOn` (YYYY-MM-DD), or null. */
export function dueDateFor(due: Due, openedOn: string): string | null {
  if (due.kind === 'none') return null;
  if (due.kind === 'date') return due.date;
  const [year, month, day] = openedOn.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + due.days));
  return date.toISOString().slice(0, 10);
}

/** The learner's local calendar date, YYYY-MM-DD: due dates are days, not instants. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** What the builder's form holds, checked before a link is made. Messages are for the PMO. */
export interface AssignmentDraftProblem {
  field: 'path' | 'steps' | 'title' | 'due-date' | 'due-days' | 'assigned-by' | 'team' | 'message';
  message: string;
}

export function checkAssignmentText(
  field: AssignmentDraftProblem['field'],
  label: string,
  value: string,
  max: number,
  allowLines = false,
): AssignmentDraftProblem | null {
  if (value.length > max) return { field, message: `${label} must be ${max} characters or fewer` };
  if ((allowLines ? CONTROL_EXCEPT_LINES : CONTROL_CHARACTERS).test(value)) {
    return { field, message: `${label} must not contain special control characters` };
  }
  if (field === 'title' && MARKUP.test(value)) {
    return { field, message: `${label} must not contain text in angle brackets, like <b>` };
  }
  return null;
}
