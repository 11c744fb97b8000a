/**
 * Assignment links: the assignment travels in the address's fragment (#a=…), which browsers never send
 * to a server. Format: `a=<base64url of the JSON payload>.<CRC-32 of that text, 8 hex digits>`.
 *
 * The check digits catch links cut short or garbled when pasted into email or chat, and casual
 * edits. They are not a signature: anyone can make a link on the public builder page anyway, so a
 * secret key would protect nothing. What protects the learner is that every field is validated and
 * only ever rendered as text, and that a bad link changes nothing.
 */
import { isDueDay, isRecordedTime } from '../../site/dates';
import { crc32Hex } from './crc';
import { linkPayloadSchema, LINK_LIMITS, type Assignment, type LinkPayload } from './model';
import { refFromText, refToText, resolveRefs, type PathCatalogue, type PathRef } from '../steps';

export const LINK_VERSION = 1;
/** Longer fragments are refused before decoding: no real assignment comes near this. */
export const MAX_FRAGMENT_LENGTH = 6000;

export type LinkProblem =
  | 'no-assignment'
  | 'too-long'
  | 'garbled'
  | 'changed'
  | 'newer-version'
  | 'not-valid'
  | 'bad-due-date'
  | 'bad-assigned-date'
  | 'unknown-path'
  | 'unknown-steps';

export type DecodedLink =
  { ok: true; assignment: Assignment } | { ok: false; problem: LinkProblem; message: string };

const NOTHING_CHANGED = 'Nothing has been added to your learning.';
const ASK_AGAIN =
  'Ask the person who sent it to send the link again, or copy the whole link from their message.';

const MESSAGES: Record<LinkProblem, string> = {
  'no-assignment': `This page opens assignment links, but this address has no assignment in it. ${ASK_AGAIN}`,
  'too-long': `This link is far longer than any assignment link, so it cannot be opened. ${ASK_AGAIN} ${NOTHING_CHANGED}`,
  garbled: `This link is incomplete or damaged: part of it may have been cut off when it was copied. ${ASK_AGAIN} ${NOTHING_CHANGED}`,
  changed: `This link has been changed since it was made, so it cannot be trusted. ${ASK_AGAIN} ${NOTHING_CHANGED}`,
  'newer-version': `This link was made by a newer version of Sideline than this site. Ask whoever runs this site to update it. ${NOTHING_CHANGED}`,
  'not-valid': `This link is not a valid assignment. ${ASK_AGAIN} ${NOTHING_CHANGED}`,
  'bad-due-date': `This link's due date is not a real date between 2020 and 2100, so it cannot be added. ${ASK_AGAIN} ${NOTHING_CHANGED}`,
  'bad-assigned-date': `This link says it was made on a day that is not a real date between 2020 and today, so it cannot be trusted. ${ASK_AGAIN} ${NOTHING_CHANGED}`,
  'unknown-path': `This link assigns a learning path that this site does not have. It may have been made on another Sideline site. ${NOTHING_CHANGED}`,
  'unknown-steps': `This link assigns courses or lessons that this site does not have. It may have been made on another Sideline site, or for content that has since been removed. ${NOTHING_CHANGED}`,
};

function failure(problem: LinkProblem): DecodedLink {
  return { ok: false, problem, message: MESSAGES[problem] };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function toPayload(assignment: Assignment): LinkPayload {
  const payload: LinkPayload = {
    v: LINK_VERSION,
    id: assignment.id,
    b: assignment.assignedBy,
    at: assignment.assignedOn,
  };
  if (assignment.pathId) payload.p = assignment.pathId;
  else {
    payload.t = assignment.title;
    payload.s = assignment.refs.map(refToText);
  }
  if (assignment.due.kind === 'date') payload.d = assignment.due.date;
  if (assignment.due.kind === 'within') payload.n = assignment.due.days;
  if (assignment.team) payload.g = assignment.team;
  if (assignment.message) payload.m = assignment.message;
  return payload;
}

/** The fragment, without '#': `a=<payload>.<check>`. */
export function encodeAssignment(assignment: Assignment): string {
  const body = toBase64Url(JSON.stringify(toPayload(assignment)));
  return `a=${body}.${crc32Hex(body)}`;
}

export function assignmentUrl(origin: string, assignment: Assignment): string {
  return `${origin}/assignment/#${encodeAssignment(assignment)}`;
}

/**
 * Reads an assignment from a location hash (with or without '#') and checks it completely against the
 * site's paths and courses, and its dates against the site's date rule (made on a day up to `now`).
 * Never throws; a bad link comes back as a plain-English message.
 */
export function decodeAssignment(
  hash: string,
  catalogue: PathCatalogue,
  now: Date = new Date(),
): DecodedLink {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment.length > MAX_FRAGMENT_LENGTH) return failure('too-long');
  const params = new URLSearchParams(fragment);
  const value = params.get('a');
  if (value === null || value === '') return failure('no-assignment');

  const dot = value.lastIndexOf('.');
  if (dot <= 0) return failure('garbled');
  const body = value.slice(0, dot);
  const check = value.slice(dot + 1);
  if (!/^[0-9a-f]{8}$/.test(check)) return failure('garbled');

  const json = fromBase64Url(body);
  let data: unknown;
  try {
    data = json === null ? undefined : JSON.parse(json);
  } catch {
    data = undefined;
  }
  if (crc32Hex(body) !== check) {
    // A body that no longer reads was cut or mangled; one that still reads was edited.
    return failure(data === undefined ? 'garbled' : 'changed');
  }
  if (data === undefined) return failure('garbled');

  const version = typeof data === 'object' && data !== null && 'v' in data ? data.v : undefined;
  if (typeof version === 'number' && version > LINK_VERSION) return failure('newer-version');
  const parsed = linkPayloadSchema.safeParse(data);
  if (!parsed.success) return failure('not-valid');
  // The schema sees the form YYYY-MM-DD; the site's rule sees a real day in a believable range.
  if (parsed.data.d !== undefined && !isDueDay(parsed.data.d)) return failure('bad-due-date');
  if (!isRecordedTime(`${parsed.data.at}T00:00:00Z`, now)) return failure('bad-assigned-date');
  return fromPayload(parsed.data, catalogue);
}

function fromPayload(payload: LinkPayload, catalogue: PathCatalogue): DecodedLink {
  const due: Assignment['due'] =
    payload.d !== undefined
      ? { kind: 'date', date: payload.d }
      : payload.n !== undefined
        ? { kind: 'within', days: payload.n }
        : { kind: 'none' };
  let title: string;
  let refs: PathRef[];
  if (payload.p !== undefined) {
    const path = catalogue.paths.find((candidate) => candidate.id === payload.p);
    if (!path) return failure('unknown-path');
    title = path.title;
    refs = [...path.refs];
  } else {
    title = payload.t ?? '';
    refs = (payload.s ?? []).map(refFromText).filter((ref): ref is PathRef => ref !== null);
    if (refs.length !== (payload.s ?? []).length) return failure('not-valid');
  }
  if (resolveRefs(catalogue.courses, refs).missing.length) return failure('unknown-steps');
  return {
    ok: true,
    assignment: {
      id: payload.id,
      title,
      ...(payload.p !== undefined ? { pathId: payload.p } : {}),
      refs,
      assignedBy: payload.b,
      ...(payload.g !== undefined ? { team: payload.g } : {}),
      ...(payload.m !== undefined ? { message: payload.m } : {}),
      due,
      assignedOn: payload.at,
    },
  };
}

export { LINK_LIMITS };
