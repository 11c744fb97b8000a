/**
 * The learner's record as a file: built for "Download my record", and checked in full before an import
 * touches anything. Every way a file can be wrong has its own plain-English message, because the person
 * reading it is a learner holding a file, not a developer.
 */
import * as z from 'zod/mini';
import { statementSchema, type Statement } from './xapi/schema';

export const RECORD_FORMAT = 'sideline-learning-record';
export const RECORD_FILE_VERSION = 1;
/**
 * Larger files are refused before they are read. A statement is about 1.3 KB, so this holds about
 * 8,000 statements: several times what a learner who finishes every course records.
 */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

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

/** Compact JSON: a large record stays well inside the import limit. */
export function serialiseRecordFile(file: RecordFile): string {
  return JSON.stringify(file);
}

export function recordFileName(exportedAt: Date): string {
  return `sideline-learning-record-${exportedAt.toISOString().slice(0, 10)}.json`;
}

function failure(problem: ImportProblem, message: string): ImportFailure {
  return { ok: false, problem, message };
}

const MEGABYTE = 1024 * 1024;

function tooBig(bytes: number): ImportFailure {
  const limit = MAX_IMPORT_BYTES / MEGABYTE;
  const size = Number((bytes / MEGABYTE).toFixed(1));
  const shown = size > limit ? `${size} MB` : `just over ${limit} MB`;
  return failure(
    'too-big',
    `This file is too big to be a Sideline learning record: it is ${shown} and the limit is ${limit} MB. Check you chose the right file. ${NOTHING_CHANGED}`,
  );
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
 * Nothing is written here: record.ts merges only a file that passed.
 */
export async function readRecordFile(input: Blob | string): Promise<ParsedRecordFile> {
  let text: string;
  if (typeof input === 'string') {
    const bytes = byteLength(input);
    if (bytes > MAX_IMPORT_BYTES) return tooBig(bytes);
    text = input;
  } else {
    if (input.size > MAX_IMPORT_BYTES) return tooBig(input.size);
    try {
      text = await input.text();
    } catch {
      return failure(
        'unreadable',
        `This file could not be read. It may have been moved or deleted since you chose it: choose it again. ${NOTHING_CHANGED}`,
      );
    }
  }
  return parseRecordText(text);
}

export function parseRecordText(text: string): ParsedRecordFile {
  const trimmed = text.trim();
  if (!trimmed) return failure('empty', `This file is empty. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`);

  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return trimmed.startsWith('{')
      ? failure(
          'cut-short',
          `This file is incomplete or damaged: it may have been cut short while downloading or copying. Download your record again and import the new file. ${NOTHING_CHANGED}`,
        )
      : failure(
          'not-json',
          `This is not a Sideline learning record. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`,
        );
  }

  const header = headerSchema.safeParse(data);
  if (!header.success || header.data.format !== RECORD_FORMAT) {
    return failure(
      'wrong-format',
      `This file is not a Sideline learning record: it may come from another website or app. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`,
    );
  }
  if (typeof header.data.version === 'number' && header.data.version > RECORD_FILE_VERSION) {
    return failure(
      'newer-version',
      `This record was made by a newer version of Sideline than this one. Import it on the site you downloaded it from, or ask whoever runs this site to update it. ${NOTHING_CHANGED}`,
    );
  }

  const file = fileSchema.safeParse(data);
  if (!file.success) {
    const issue = file.error.issues[0];
    return failure(
      'bad-file',
      `This learning record has been changed or damaged: ${describeFileIssue(issue)}. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`,
    );
  }

  const statements: Statement[] = [];
  const total = file.data.statements.length;
  for (const [index, candidate] of file.data.statements.entries()) {
    const parsed = statementSchema.safeParse(candidate);
    if (!parsed.success) {
      return failure(
        'bad-statement',
        `Entry ${index + 1} of ${total} in this record is not valid: ${describeStatementIssue(parsed.error.issues[0])}. A record downloaded from Sideline never looks like this, so the file may have been edited or damaged. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`,
      );
    }
    statements.push(parsed.data);
  }

  const seen = new Set<string>();
  for (const statement of statements) {
    if (seen.has(statement.id)) {
      return failure(
        'duplicate-ids',
        `This record lists the same entry twice (id ${statement.id}). A record downloaded from Sideline never does this, so the file may have been edited. ${USE_DOWNLOADED} ${NOTHING_CHANGED}`,
      );
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

type Issue = z.core.$ZodIssue | undefined;

/** Our own check messages are already plain ("contains a control character"); zod's are not. */
function describeProblem(issue: NonNullable<Issue>): string {
  // zod/mini carries no message texts: 'Invalid input' means we did not write one for this check.
  const ours = issue.message && !issue.message.startsWith('Invalid') ? issue.message : undefined;
  switch (issue.code) {
    case 'custom':
    case 'invalid_format':
      return ours ?? 'is not in the form Sideline writes';
    case 'too_big':
    case 'too_small':
      return ours ?? 'is out of range';
    case 'unrecognized_keys':
      return `has a field Sideline never writes ("${issue.keys.join('", "')}")`;
    case 'invalid_value':
      return 'has a value Sideline never writes';
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : 'holds the wrong kind of value';
    default:
      return 'is not valid';
  }
}

const STATEMENT_FIELDS: [prefix: string, words: string][] = [
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

function describeStatementIssue(issue: Issue): string {
  if (!issue) return 'it is not valid';
  const path = issue.path.map(String).join('.');
  if (!path) return `the entry ${describeProblem(issue)}`;
  return `${wordsFor(path, STATEMENT_FIELDS, `the field "${path}"`)} ${describeProblem(issue)}`;
}

function describeFileIssue(issue: Issue): string {
  if (!issue) return 'it is not valid';
  const path = issue.path.map(String).join('.');
  const fields: [string, string][] = [
    ['learner.name', "the learner's name"],
    ['learner', 'the learner'],
    ['exportedAt', 'the download date'],
    ['statements', 'the list of entries'],
    ['version', 'the version'],
  ];
  if (!path) return `the file ${describeProblem(issue)}`;
  return `${wordsFor(path, fields, `the field "${path}"`)} ${describeProblem(issue)}`;
}
