/**
 * Over 300 lines on purpose: the record file's format, its checks and the learner's words for each problem change together.
 * The learner's record as a file: built for "Download my record", and checked in full before an import
 * touches anything. checkRecordData says what is wrong as data (a FileProblem), so each reader of
 * record files words it for their own reader: here, every way a file can be wrong has its own
 * plain-English message for a learner holding a file, not a developer; the PMO's insights page words
 * the same problems for a PMO (src/insights/problems.ts).
 */
import * as z from 'zod/mini';
import { entryDateIssue, recordedTimeIssue, type DateIssue } from './file-dates';
import { statementSchema, type Statement } from './xapi/schema';

export const RECORD_FORMAT = 'sideline-learning-record';
export const RECORD_FILE_VERSION = 1;
/**
 * Larger files are refused before they are read. A statement is about 1.3 KB, so this holds about
 * 200,000 statements: a learner must be able to import any record "Download my record" gives them,
 * and a heavy learner over years (or a shared device) reaches 100,000. Measured in Chromium with
 * tests/bench/6-large-record.bench.mjs: a 100,000-statement file (128 MB) imports into an empty
 * browser in about 16 s with a JS heap peak near 210 MB. The download says so when a record is
 * bigger than this (RecordTools.tsx).
 */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export interface RecordFile {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_FILE_VERSION;
  exportedAt: string;
  learner: { id: string; name?: string };
  statements: Statement[];
}

export type ImportProblem =
  | 'too-big'
  | 'unreadable'
  | 'empty'
  | 'not-json'
  | 'cut-short'
  | 'wrong-format'
  | 'newer-version'
  | 'bad-file'
  | 'bad-statement'
  | 'duplicate-ids'
  | 'not-saved';

/**
 * What is wrong with a file, as data: each caller puts it in words for its reader (the learner
 * importing their record: importProblemText below; a PMO reading reports: src/insights/problems.ts).
 */
export type FileProblem =
  | { problem: 'too-big'; bytes: number; limit: number }
  | {
      problem: 'unreadable' | 'empty' | 'not-json' | 'cut-short' | 'wrong-format' | 'newer-version';
    }
  /** The file's own fields (learner, dates, the list of entries) are wrong. */
  | { problem: 'bad-file'; issue: FieldIssue }
  /** One entry (statement) is wrong; `entry` counts from 1. */
  | { problem: 'bad-statement'; entry: number; entries: number; issue: FieldIssue }
  | { problem: 'duplicate-ids'; id: string };

/** What is wrong with one field of a file or an entry. */
export interface FieldIssue {
  /** The field's path, like "object.definition.name.en-GB"; '' for the whole file or entry. */
  field: string;
  kind:
    | 'unknown-fields'
    | 'missing'
    | 'wrong-type'
    | 'unexpected-value'
    | 'out-of-range'
    | 'not-in-form'
    | 'invalid';
  /** The words of the check that failed, when it is one of ours ("contains a control character"). */
  detail?: string;
  /** For unknown-fields: their names. */
  keys?: string[];
}

export type CheckedRecordFile =
  { ok: true; file: RecordFile } | { ok: false; problem: FileProblem };

export type ParsedRecordFile = { ok: true; file: RecordFile } | ImportFailure;
export interface ImportFailure {
  ok: false;
  problem: ImportProblem;
  message: string;
}

const NOTHING_CHANGED = 'Your record has not been changed.';
const USE_DOWNLOADED =
  'Import the file exactly as it was downloaded from "Download my record" on the My learning page.';

export function buildRecordFile(
  learner: { id: string; name?: string | undefined },
  statements: Statement[],
  exportedAt: Date,
): RecordFile {
  return {
    format: RECORD_FORMAT,
    version: RECORD_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    learner: { id: learner.id, ...(learner.name ? { name: learner.name } : {}) },
    statements,
  };
}

/** Statements serialised at a time: no one string ever holds a whole large record. */
const STATEMENTS_PER_PART = 2000;

/**
 * The file as compact JSON (the same text as JSON.stringify(file)), built into a Blob a part at a
 * time: 100,000 statements are 128 MB of text, which as one string doubled the download's memory.
 */
export function recordFileBlob(file: RecordFile): Blob {
  const { statements, ...header } = file;
  let blob = new Blob([`${JSON.stringify(header).slice(0, -1)},"statements":[`]);
  for (let start = 0; start < statements.length; start += STATEMENTS_PER_PART) {
    const part = JSON.stringify(statements.slice(start, start + STATEMENTS_PER_PART));
    blob = new Blob([blob, start ? ',' : '', part.slice(1, -1)]);
  }
  return new Blob([blob, ']}'], { type: 'application/json' });
}

export function recordFileName(exportedAt: Date): string {
  return `sideline-learning-record-${exportedAt.toISOString().slice(0, 10)}.json`;
}

function failure(problem: ImportProblem, message: string): ImportFailure {
  return { ok: false, problem, message };
}

const MEGABYTE = 1024 * 1024;

function tooBig(bytes: number): FileProblem {
  return { problem: 'too-big', bytes, limit: MAX_IMPORT_BYTES };
}

/** A good file that could not be written: the transaction was undone, so nothing changed. */
export function importNotSaved(why: 'full' | 'error' | 'unexpected'): ImportFailure {
  const messages = {
    full: 'There is not enough storage space in this browser to import this record. Free up some space on your device and try again.',
    error: 'This browser could not save the imported record. Reload the page and try again.',
    unexpected: 'Something went wrong while importing. Try again.',
  };
  return failure('not-saved', `${messages[why]} ${NOTHING_CHANGED}`);
}

/**
 * What the learner reads when the file is another learner's and this device has progress of its own:
 * nothing has changed yet, and they choose (RecordTools shows the two buttons).
 */
export function otherLearnerText(name: string | undefined): string {
  return `This record belongs to ${name ?? 'another learner'}, and your record on this device has progress of its own. Sideline never mixes two learners' records, so nothing has been imported yet. Replace your record with it, or keep yours?`;
}

/** UTF-8 size of a string, without encoding it when its length already decides. */
function byteLength(text: string): number {
  if (text.length > MAX_IMPORT_BYTES || text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

const headerSchema = z.looseObject({ format: z.unknown(), version: z.unknown() });

const learnerSchema = z.strictObject({
  id: statementSchema.shape.actor.shape.account.shape.name,
  name: statementSchema.shape.actor.shape.name,
});

const fileSchema = z.strictObject({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  learner: learnerSchema,
  statements: z.array(z.unknown()),
});

/**
 * Checks a file completely and returns it, or the first problem found as a message for the learner.
 * Nothing is written here: record.ts merges only a file that passed. `now` bounds recorded times.
 */
export async function readRecordFile(
  input: Blob | string,
  now: Date = new Date(),
): Promise<ParsedRecordFile> {
  let text: string;
  if (typeof input === 'string') {
    const bytes = byteLength(input);
    if (bytes > MAX_IMPORT_BYTES) return forLearner(tooBig(bytes));
    text = input;
  } else {
    if (input.size > MAX_IMPORT_BYTES) return forLearner(tooBig(input.size));
    try {
      text = await input.text();
    } catch {
      return forLearner({ problem: 'unreadable' });
    }
  }
  return parseRecordText(text, now);
}

/** As readRecordFile, for text already read. */
export function parseRecordText(text: string, now: Date = new Date()): ParsedRecordFile {
  const trimmed = text.trim();
  if (!trimmed) return forLearner({ problem: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return forLearner({ problem: trimmed.startsWith('{') ? 'cut-short' : 'not-json' });
  }
  const checked = checkRecordData(data, now);
  return checked.ok ? checked : forLearner(checked.problem);
}

/** A date that failed the site's date rule, as a FieldIssue. */
function dateIssue({ field, detail }: DateIssue): FieldIssue {
  return { field, kind: 'out-of-range', detail };
}

/**
 * Checks a record file's parsed JSON completely: the file's fields, every statement against the
 * statement schema, every date and time against the site's date rule (times up to `now`), that every
 * statement is the file's own learner's, and that no statement comes twice. Returns the file, or the
 * first problem as data. Statement ids come back lower-case (the schema normalises them), so the
 * check for an entry listed twice, and every comparison after it, is by value.
 */
export function checkRecordData(data: unknown, now: Date = new Date()): CheckedRecordFile {
  const header = headerSchema.safeParse(data);
  if (!header.success || header.data.format !== RECORD_FORMAT) {
    return { ok: false, problem: { problem: 'wrong-format' } };
  }
  if (typeof header.data.version === 'number' && header.data.version > RECORD_FILE_VERSION) {
    return { ok: false, problem: { problem: 'newer-version' } };
  }

  const file = fileSchema.safeParse(data);
  if (!file.success) {
    return { ok: false, problem: { problem: 'bad-file', issue: fieldIssue(file.error.issues[0]) } };
  }
  const exportedAt = recordedTimeIssue('exportedAt', file.data.exportedAt, now);
  if (exportedAt)
    return { ok: false, problem: { problem: 'bad-file', issue: dateIssue(exportedAt) } };

  const statements: Statement[] = [];
  const total = file.data.statements.length;
  for (const [index, candidate] of file.data.statements.entries()) {
    const parsed = statementSchema.safeParse(candidate);
    const issue = parsed.success
      ? entryIssue(parsed.data, file.data.learner.id, now)
      : fieldIssue(parsed.error.issues[0]);
    if (issue) {
      return {
        ok: false,
        problem: { problem: 'bad-statement', entry: index + 1, entries: total, issue },
      };
    }
    if (parsed.success) statements.push(parsed.data);
  }

  const seen = new Set<string>();
  for (const statement of statements) {
    if (seen.has(statement.id)) {
      return { ok: false, problem: { problem: 'duplicate-ids', id: statement.id } };
    }
    seen.add(statement.id);
  }

  const { learner } = file.data;
  return {
    ok: true,
    file: {
      ...file.data,
      learner: { id: learner.id, ...(learner.name !== undefined ? { name: learner.name } : {}) },
      statements,
    },
  };
}

/**
 * What the statement schema cannot see in one entry: a date or time that is not believable, or a
 * learner other than the file's own. A record is one learner's; a file that mixes two was put
 * together by hand, and importing it would give this learner someone else's progress.
 */
function entryIssue(statement: Statement, learnerId: string, now: Date): FieldIssue | null {
  if (statement.actor.account.name !== learnerId) {
    return {
      field: 'actor.account.name',
      kind: 'unexpected-value',
      detail: 'is not the learner this record file is for',
    };
  }
  const date = entryDateIssue(statement, now);
  return date ? dateIssue(date) : null;
}

/** A zod issue as a FieldIssue: our own check messages are kept, zod's own (not plain) are not. */
export function fieldIssue(issue: z.core.$ZodIssue | undefined): FieldIssue {
  if (!issue) return { field: '', kind: 'invalid' };
  const field = issue.path.map(String).join('.');
  // zod/mini carries no message texts: 'Invalid input' means we did not write one for this check.
  const detail = issue.message && !issue.message.startsWith('Invalid') ? issue.message : undefined;
  const withDetail = (kind: FieldIssue['kind']): FieldIssue =>
    detail ? { field, kind, detail } : { field, kind };
  switch (issue.code) {
    case 'custom':
    case 'invalid_format':
      return withDetail('not-in-form');
    case 'too_big':
    case 'too_small':
      return withDetail('out-of-range');
    case 'unrecognized_keys':
      return { field, kind: 'unknown-fields', keys: issue.keys };
    case 'invalid_value':
      return withDetail('unexpected-value');
    case 'invalid_type':
      return issue.input === undefined ? { field, kind: 'missing' } : withDetail('wrong-type');
    default:
      return withDetail('invalid');
  }
}

// ---- in words, for the learner importing their own record ------------------------------------

function forLearner(problem: FileProblem): ImportFailure {
  return failure(problem.problem, importProblemText(problem));
}

/** What the learner reads when an import is refused: what is wrong, what to do, and that nothing changed. */
export function importProblemText(problem: FileProblem): string {
  switch (problem.problem) {
    case 'too-big': {
      const limit = problem.limit / MEGABYTE;
      const size = Number((problem.bytes / MEGABYTE).toFixed(1));
      const shown = size > limit ? `${size} MB` : `just over ${limit} MB`;
      return `This file is too big to be a Sideline learning record: it is ${shown} and the limit is ${limit} MB. Check you chose the right file. ${NOTHING_CHANGED}`;
    }
    case 'unreadable':
      return `This file could not be read. It may have been moved or deleted since you chose it: choose it again. ${NOTHING_CHANGED}`;
    case 'empty':
      return `This file is empty. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`;
    case 'cut-short':
      return `This file is incomplete or damaged: it may have been cut short while downloading or copying. Download your record again and import the new file. ${NOTHING_CHANGED}`;
    case 'not-json':
      return `This is not a Sideline learning record. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`;
    case 'wrong-format':
      return `This file is not a Sideline learning record: it may come from another website or app. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`;
    case 'newer-version':
      return `This record was made by a newer version of Sideline than this one. Import it on the site you downloaded it from, or ask whoever runs this site to update it. ${NOTHING_CHANGED}`;
    case 'bad-file':
      return `${recordFileIssueText(problem.issue)}. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`;
    case 'bad-statement':
      return `${recordEntryIssueText(problem)}. A record downloaded from Sideline never looks like this, so the file may have been edited or damaged. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`;
    case 'duplicate-ids':
      return `This record lists the same entry twice (id ${problem.id}). A record downloaded from Sideline never does this, so the file may have been edited. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`;
  }
}

/** "This learning record has been changed or damaged: the learner is missing" (no full stop). */
export function recordFileIssueText(issue: FieldIssue): string {
  const fields: [string, string][] = [
    ['learner.name', "the learner's name"],
    ['learner', 'the learner'],
    ['exportedAt', 'the download date'],
    ['statements', 'the list of entries'],
    ['version', 'the version'],
  ];
  const what = issue.field
    ? wordsFor(issue.field, fields, `the field "${issue.field}"`)
    : 'the file';
  return `This learning record has been changed or damaged: ${what} ${issueText(issue)}`;
}

/** "Entry 3 of 12 in this record is not valid: the activity name contains markup…" (no full stop). */
export function recordEntryIssueText({
  entry,
  entries,
  issue,
}: Extract<FileProblem, { problem: 'bad-statement' }>): string {
  const what = issue.field
    ? wordsFor(issue.field, STATEMENT_FIELDS, `the field "${issue.field}"`)
    : 'the entry';
  return `Entry ${entry} of ${entries} in this record is not valid: ${what} ${issueText(issue)}`;
}

/** What is wrong with a field, as words after its name: "is missing", "has a value Sideline never writes". */
export function issueText(issue: FieldIssue): string {
  switch (issue.kind) {
    case 'not-in-form':
      return issue.detail ?? 'is not in the form Sideline writes';
    case 'out-of-range':
      return issue.detail ?? 'is out of range';
    case 'unknown-fields':
      return `has a field Sideline never writes ("${(issue.keys ?? []).join('", "')}")`;
    case 'unexpected-value':
      return issue.detail ?? 'has a value Sideline never writes';
    case 'missing':
      return 'is missing';
    case 'wrong-type':
      return 'holds the wrong kind of value';
    case 'invalid':
      return 'is not valid';
  }
}

const STATEMENT_FIELDS: [prefix: string, words: string][] = [
  ['result.extensions.due-date', 'the due date of the assignment'],
  ['result.extensions.due-rule', 'the due date of the assignment'],
  ['result.extensions.assigned-on', 'the day the assignment was made'],
  ['object.definition.name', 'the activity name'],
  ['object', 'the activity'],
  ['actor.name', "the learner's name"],
  ['actor', 'the learner it belongs to'],
  ['verb', 'what the learner did'],
  ['result.score', 'the score'],
  ['result.response', 'the answer given'],
  ['result', 'the result'],
  ['context', 'the course or content version'],
  ['timestamp', 'the time'],
  ['version', 'the xAPI version'],
  ['id', 'its id'],
];

function wordsFor(path: string, fields: [string, string][], fallback: string): string {
  const match = fields.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`));
  return match ? match[1] : fallback;
}
