/**
 * Assignments live in the learning record as statements, so they travel with everything else: in
 * "Download my record", in progress reports to the PMO, and to a Learning Record Store one day. The
 * record has no assignments table (and statements are the one source of truth), so "Add to my
 * learning" records our own verb `assigned` (`<activity base>verbs/assigned`) on a `path` activity,
 * with the assignment in result.extensions. Each field is its own extension because the record
 * accepts only flat values (text, numbers, short lists).
 *
 * Records made before 2026-12 hold the same statement with ADL's `attempted` instead (which means
 * "tried", not "was given"). Statements are never rewritten, and learners' exported files and reports
 * keep the old form too, so both are read as an assignment.
 */
import type { StatementDraft } from '../../record/api';
import { ASSIGNMENT_EXTENSIONS, recordsAssignment } from '../../record/xapi/assignments';
import { readExtension } from '../../record/xapi/extensions';
import { isCalendarDay, isDueDay } from '../../site/dates';
import type { Statement } from '../../record/xapi/schema';
import { dueDateFor, localDate, type Assignment, type Due } from './model';
import { refFromText, refToText, type PathRef } from '../steps';

export interface StoredAssignment extends Assignment {
  /** When the learner added it (the statement's time, ISO). */
  addedAt: string;
  /** The due date fixed when it was added (YYYY-MM-DD), or null for none. */
  dueDate: string | null;
}

/** One definition with the record's import checks, which read the same fields. */
const EXT = ASSIGNMENT_EXTENSIONS;

export function assignmentActivityId(assignmentId: string): string {
  return `assignment-${assignmentId}`;
}

/** The statement "Add to my learning" records. `now` fixes a relative due date to a day. */
export function assignmentStatement(assignment: Assignment, now: Date): StatementDraft {
  const dueRule: Record<string, string | number> =
    assignment.due.kind === 'date'
      ? { kind: 'date', date: assignment.due.date }
      : assignment.due.kind === 'within'
        ? { kind: 'within', days: assignment.due.days }
        : { kind: 'none' };
  return {
    verb: 'assigned',
    activity: { kind: 'path', id: assignmentActivityId(assignment.id), title: assignment.title },
    result: {
      extensions: {
        [EXT.id]: assignment.id,
        [EXT.path]: assignment.pathId ?? null,
        [EXT.steps]: assignment.refs.map(refToText),
        [EXT.by]: assignment.assignedBy,
        ...(assignment.team ? { [EXT.team]: assignment.team } : {}),
        ...(assignment.message ? { [EXT.message]: assignment.message } : {}),
        [EXT.dueRule]: dueRule,
        [EXT.dueDate]: dueDateFor(assignment.due, localDate(now)),
        [EXT.assignedOn]: assignment.assignedOn,
      },
    },
  };
}

function text(map: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = readExtension(map, name);
  return typeof value === 'string' && value ? value : undefined;
}

function dueOf(rule: unknown): Due {
  if (rule && typeof rule === 'object') {
    const { kind, date, days } = rule as { kind?: unknown; date?: unknown; days?: unknown };
    if (kind === 'date' && typeof date === 'string' && isDueDay(date))
      return { kind: 'date', date };
    if (kind === 'within' && typeof days === 'number') return { kind: 'within', days };
  }
  return { kind: 'none' };
}

/** The assignment a statement records, or null if it records something else. */
export function assignmentFromStatement(statement: Statement): StoredAssignment | null {
  if (!recordsAssignment(statement)) return null;
  const ext = statement.result?.extensions;
  const id = text(ext, EXT.id);
  const by = text(ext, EXT.by);
  const steps = readExtension(ext, EXT.steps);
  if (!id || !by || !Array.isArray(steps)) return null;
  const refs = steps
    .map((step) => (typeof step === 'string' ? refFromText(step) : null))
    .filter((ref): ref is PathRef => ref !== null);
  const pathId = text(ext, EXT.path);
  const team = text(ext, EXT.team);
  const message = text(ext, EXT.message);
  const dueDate = readExtension(ext, EXT.dueDate);
  const assignedOn = text(ext, EXT.assignedOn);
  return {
    id,
    title: statement.object.definition?.name?.['en-GB'] ?? 'Assigned learning',
    ...(pathId ? { pathId } : {}),
    refs,
    assignedBy: by,
    ...(team ? { team } : {}),
    ...(message ? { message } : {}),
    due: dueOf(readExtension(ext, EXT.dueRule)),
    assignedOn:
      assignedOn && isCalendarDay(assignedOn) ? assignedOn : statement.timestamp.slice(0, 10),
    addedAt: statement.timestamp,
    // Imports check these dates now; a record imported before that may hold one no page can show.
    dueDate: typeof dueDate === 'string' && isDueDay(dueDate) ? dueDate : null,
  };
}

/**
 * Every assignment in a record, oldest first. If one was added twice (two tabs opened the same link at
 * the same moment), the first wins, so the learner and the PMO see one assignment with one due date.
 */
export function assignmentsIn(statements: readonly Statement[]): StoredAssignment[] {
  const found = new Map<string, StoredAssignment>();
  for (const statement of statements) {
    const assignment = assignmentFromStatement(statement);
    if (!assignment) continue;
    const earlier = found.get(assignment.id);
    if (!earlier || assignment.addedAt < earlier.addedAt) found.set(assignment.id, assignment);
  }
  return [...found.values()].sort((a, b) =>
    a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0,
  );
}

/** The statement that added an assignment: reports for one assignment include it. */
export function isAssignmentStatement(statement: Statement, assignmentId?: string): boolean {
  const assignment = assignmentFromStatement(statement);
  return assignment !== null && (assignmentId === undefined || assignment.id === assignmentId);
}
