/**
 * Reads a file a PMO drops into the insights page: a progress report, or a learner's whole record
 * ("Download my record" on My learning). Each file is checked completely; a bad one comes back with a
 * reason the PMO can act on, and is skipped. Runs in the insights worker, so it uses zod/mini only.
 */
import * as z from 'zod/mini';
import { parseRecordText, RECORD_FORMAT, type ImportProblem } from '../record/transfer';
import { statementSchema, type Statement } from '../record/xapi/schema';
import { REPORT_FORMAT, REPORT_VERSION, type ReportScope } from './format';
import { surelyValidStatement } from './fast-check';

/** The same limit as a learner's record import: far above any one learner's statements. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

export interface ReadReport {
  learnerId: string;
  name: string | undefined;
  createdAt: string;
  scope: ReportScope;
  statements: Statement[];
}

export type ReportReading = { ok: true; report: ReadReport } | { ok: false; reason: string };

const ASK = 'Ask the learner to save their report again and send the new file.';

const REASONS: Record<
  Exclude<ImportProblem, 'bad-statement' | 'bad-file' | 'not-saved' | 'unreadable'>,
  string
> = {
  'too-big': `It is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB, far larger than any progress report.`,
  empty: 'The file is empty.',
  'not-json': 'It is not a Sideline progress report (it is not JSON).',
  'cut-short': `It is incomplete: it may have been cut short while saving or copying. ${ASK}`,
  'wrong-format': 'It is not a Sideline progress report or learning record.',
  'newer-version':
    'It was made by a newer version of Sideline than this site. Update this site to read it.',
  'duplicate-ids': `It lists the same entry twice, which Sideline never does: it may have been edited. ${ASK}`,
};

const idText = statementSchema.shape.actor.shape.account.shape.name;
const nameText = statementSchema.shape.actor.shape.name;

const scopeSchema = z.union([
  z.strictObject({ kind: z.literal('everything') }),
  z.strictObject({
    kind: z.literal('assignment'),
    assignmentId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,32}$/)),
    title: z.string().check(z.minLength(1), z.maxLength(300)),
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

function describe(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'it is not valid';
  const path = issue.path.map(String).join('.');
  const ours = issue.message && !issue.message.startsWith('Invalid') ? issue.message : undefined;
  const what =
    issue.code === 'unrecognized_keys'
      ? `has a field Sideline never writes ("${issue.keys.join('", "')}")`
      : issue.code === 'invalid_type' && issue.input === undefined
        ? 'is missing'
        : (ours ?? 'is not in the form Sideline writes');
  return path ? `the field "${path}" ${what}` : `it ${what}`;
}

function fromRecordFile(text: string): ReportReading {
  const parsed = parseRecordText(text);
  if (!parsed.ok) {
    if (parsed.problem === 'bad-statement' || parsed.problem === 'bad-file') {
      // The record's own message is written for the learner; keep its middle, which names the problem.
      const detail = parsed.message.split('. ')[0] ?? parsed.message;
      return { ok: false, reason: `${detail}. It may have been edited. ${ASK}` };
    }
    const reason = REASONS[parsed.problem as keyof typeof REASONS];
    return { ok: false, reason: reason ?? parsed.message };
  }
  const { file } = parsed;
  return {
    ok: true,
    report: {
      learnerId: file.learner.id,
      name: file.learner.name,
      createdAt: file.exportedAt,
      scope: { kind: 'everything' },
      statements: file.statements,
    },
  };
}

/** Checks one file's text completely. Never throws. */
export function readReportText(text: string): ReportReading {
  if (text.length > MAX_REPORT_BYTES) return { ok: false, reason: REASONS['too-big'] };
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: REASONS.empty };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return {
      ok: false,
      reason: trimmed.startsWith('{') ? REASONS['cut-short'] : REASONS['not-json'],
    };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format === RECORD_FORMAT) return fromRecordFile(trimmed);
  if (format !== REPORT_FORMAT) return { ok: false, reason: REASONS['wrong-format'] };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > REPORT_VERSION)
    return { ok: false, reason: REASONS['newer-version'] };

  const file = reportSchema.safeParse(data);
  if (!file.success) {
    return {
      ok: false,
      reason: `The report has been changed or damaged: ${describe(file.error.issues[0])}. ${ASK}`,
    };
  }
  const statements: Statement[] = [];
  const seen = new Set<string>();
  const total = file.data.statements.length;
  for (let index = 0; index < total; index += 1) {
    const candidate = file.data.statements[index];
    // The fast check vouches only for statements the schema would pass; the schema decides the rest.
    if (surelyValidStatement(candidate)) {
      const statement = candidate as Statement;
      if (seen.has(statement.id)) return { ok: false, reason: REASONS['duplicate-ids'] };
      seen.add(statement.id);
      statements.push(statement);
      continue;
    }
    const parsed = statementSchema.safeParse(candidate);
    if (!parsed.success) {
      return {
        ok: false,
        reason: `Entry ${index + 1} of ${total} is not valid: ${describe(parsed.error.issues[0])}. It may have been edited. ${ASK}`,
      };
    }
    if (seen.has(parsed.data.id)) return { ok: false, reason: REASONS['duplicate-ids'] };
    seen.add(parsed.data.id);
    statements.push(parsed.data);
  }
  const { learner, createdAt, scope } = file.data;
  return {
    ok: true,
    report: { learnerId: learner.id, name: learner.name, createdAt, scope, statements },
  };
}
