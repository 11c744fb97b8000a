/**
 * Reads a file a PMO drops into the insights page: a progress report, or a learner's whole record
 * ("Download my record" on My learning). Each file is parsed once and checked completely; a bad one
 * comes back with what is wrong as data (the record's FileProblem), which the page words for the PMO
 * (src/insights/problems.ts), and is skipped. Runs in the insights worker, so it uses zod/mini only.
 *
 * Beyond the schema, a file must hold one learner's statements only (one learner is one id: a
 * statement of another learner's means the file was put together by hand), each statement once
 * (ids compared as values: a UUID in capitals is the same id), and only dates and times that can be
 * right (the record's own check, src/record/file-dates.ts), so nothing downstream meets one that throws.
 */
import * as z from 'zod/mini';
import { checkRecordData, fieldIssue, RECORD_FORMAT, type FileProblem } from '../record/transfer';
import { entryDateIssue, recordedTimeIssue, type DateIssue } from '../record/file-dates';
import { LIMITS } from '../record/xapi/limits';
import { statementSchema, type Statement } from '../record/xapi/schema';
import { REPORT_FORMAT, REPORT_VERSION, type ReportScope } from './format';
import { surelyValidStatement } from './fast-check';
import { fileText, type FileText } from './compressed';

/** The same limit as a learner's record import: far above any one learner's statements. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

export interface ReadReport {
  learnerId: string;
  name: string | undefined;
  createdAt: string;
  scope: ReportScope;
  statements: Statement[];
}

/** Which kind of file the problem is in, once known: a progress report or a whole learning record. */
export type ReportFileKind = 'report' | 'record' | 'unknown';

/** What can be wrong with a report file: what can be wrong with a record file, and more. */
export type ReportProblem =
  | FileProblem
  /** Entry `entry` (from 1) was recorded by another learner than the one the file is for. */
  | { problem: 'other-learner'; entry: number; entries: number }
  /** The file is gzip (a compressed report) but does not unpack: cut short or changed. */
  | { problem: 'damaged-compressed' };

export interface ReportFailure {
  ok: false;
  file: ReportFileKind;
  problem: ReportProblem;
}

export type ReportReading = { ok: true; report: ReadReport } | ReportFailure;

function failure(file: ReportFileKind, problem: ReportProblem): ReportFailure {
  return { ok: false, file, problem };
}

const idText = statementSchema.shape.actor.shape.account.shape.name;
const nameText = statementSchema.shape.actor.shape.name;

const scopeSchema = z.union([
  z.strictObject({ kind: z.literal('everything') }),
  z.strictObject({
    kind: z.literal('assignment'),
    assignmentId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,32}$/)),
    title: z.string().check(z.minLength(1), z.maxLength(LIMITS.name)),
  }),
]);

const reportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  learner: z.strictObject({ id: idText, name: nameText }),
  scope: scopeSchema,
  statements: z.array(z.unknown()),
});

function fromRecordFile(data: unknown, now: Date): ReportReading {
  const checked = checkRecordData(data, now);
  if (!checked.ok) return failure('record', checked.problem);
  const { file } = checked;
  const report: ReadReport = {
    learnerId: file.learner.id,
    name: file.learner.name,
    createdAt: file.exportedAt,
    scope: { kind: 'everything' },
    statements: file.statements,
  };
  return checkedReport('record', report, 'exportedAt', now);
}

/**
 * What the schema cannot see, for a report or a record read as one: when the file was made, and
 * each statement's learner and dates. The first problem found, or the report.
 */
function checkedReport(
  kind: 'report' | 'record',
  report: ReadReport,
  madeAtField: string,
  now: Date,
): ReportReading {
  const madeAt = recordedTimeIssue(madeAtField, report.createdAt, now);
  if (madeAt) return failure(kind, { problem: 'bad-file', issue: outOfRange(madeAt) });
  const entries = report.statements.length;
  for (const [index, statement] of report.statements.entries()) {
    if (statement.actor.account.name !== report.learnerId)
      return failure(kind, { problem: 'other-learner', entry: index + 1, entries });
    const issue = entryDateIssue(statement, now);
    if (issue)
      return failure(kind, {
        problem: 'bad-statement',
        entry: index + 1,
        entries,
        issue: outOfRange(issue),
      });
  }
  return { ok: true, report };
}

function outOfRange(issue: DateIssue) {
  return { ...issue, kind: 'out-of-range' as const };
}

/** An empty object, list or string, or null: a file with nothing in it, whatever its brackets. */
function holdsNothing(data: unknown): boolean {
  if (data === null || data === '') return true;
  if (Array.isArray(data)) return data.length === 0;
  return typeof data === 'object' && Object.keys(data).length === 0;
}

/**
 * Checks one file's text completely; `now` is this device's clock, which no recorded time may be
 * (much) beyond. Never throws.
 */
export function readReportText(text: string, now: Date = new Date()): ReportReading {
  if (text.length > MAX_REPORT_BYTES) {
    return failure('unknown', { problem: 'too-big', bytes: text.length, limit: MAX_REPORT_BYTES });
  }
  const trimmed = text.trim();
  if (!trimmed) return failure('unknown', { problem: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return failure('unknown', { problem: trimmed.startsWith('{') ? 'cut-short' : 'not-json' });
  }
  if (holdsNothing(data)) return failure('unknown', { problem: 'empty' });
  const format = (data as { format?: unknown } | null)?.format;
  if (format === RECORD_FORMAT) return fromRecordFile(data, now);
  if (format !== REPORT_FORMAT) return failure('unknown', { problem: 'wrong-format' });
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > REPORT_VERSION)
    return failure('report', { problem: 'newer-version' });

  const file = reportSchema.safeParse(data);
  if (!file.success) {
    return failure('report', { problem: 'bad-file', issue: fieldIssue(file.error.issues[0]) });
  }
  const statements: Statement[] = [];
  const seen = new Set<string>();
  const total = file.data.statements.length;
  for (let index = 0; index < total; index += 1) {
    const candidate = file.data.statements[index];
    let statement: Statement;
    // The fast check vouches only for statements the schema would pass; the schema decides the rest.
    if (surelyValidStatement(candidate)) {
      statement = candidate as Statement;
    } else {
      const parsed = statementSchema.safeParse(candidate);
      if (!parsed.success) {
        const issue = fieldIssue(parsed.error.issues[0]);
        return failure('report', {
          problem: 'bad-statement',
          entry: index + 1,
          entries: total,
          issue,
        });
      }
      statement = parsed.data;
    }
    const key = statement.id.toLowerCase();
    if (seen.has(key)) {
      return failure('report', { problem: 'duplicate-ids', id: statement.id });
    }
    seen.add(key);
    statements.push(statement);
  }
  const { learner, createdAt, scope } = file.data;
  const report = { learnerId: learner.id, name: learner.name, createdAt, scope, statements };
  return checkedReport('report', report, 'createdAt', now);
}

/** A file's text, once opened (unpacked if compressed), checked as a report. Never throws. */
export function readOpenedReport(opened: FileText, now: Date = new Date()): ReportReading {
  if (opened.ok) return readReportText(opened.text, now);
  const { ok, ...problem } = opened;
  return { ok, file: 'unknown', problem };
}

/** Reads one report file, compressed (gzip) or plain: the same report either way. */
export async function readReportFile(file: Blob, now: Date = new Date()): Promise<ReportReading> {
  return readOpenedReport(await fileText(file, MAX_REPORT_BYTES), now);
}
