/**
 * Every date and time a report (or a learner's whole record) carries, checked by the shared rule
 * (src/site/dates.ts) before anything on the insights page sees it: when the file was made, when each
 * statement was recorded, and the days an assignment holds (its due date, its due rule's date, the day
 * it was assigned). The statement schema checks only the form, so "2026-02-31", "soon" as a due date
 * or a time in the year 9999 would otherwise reach the tables and throw "Invalid time value" there.
 */
import { isDueDay, isRecordedTime } from '../site/dates';
import { assignmentFromStatement } from '../paths/assignments/record';
import type { FieldIssue } from '../record/transfer';
import type { Statement } from '../record/xapi/schema';

/** Words after the field's name, as the record's own issue texts are ("the time is not…"). */
const NOT_A_RECORDED_TIME = 'is not a real date and time from 2020 up to now';
const NOT_A_DAY = 'is not a real day from 2020 to 2100';

/** The problem with when a file says it was made, or null when it is believable. */
export function madeAtIssue(field: string, value: string, now: Date): FieldIssue | null {
  return isRecordedTime(value, now)
    ? null
    : { field, kind: 'out-of-range', detail: NOT_A_RECORDED_TIME };
}

/** The first date or time in a statement that cannot be right, or null when all of them can. */
export function statementDateIssue(statement: Statement, now: Date): FieldIssue | null {
  if (!isRecordedTime(statement.timestamp, now))
    return { field: 'timestamp', kind: 'out-of-range', detail: NOT_A_RECORDED_TIME };
  const assignment = assignmentFromStatement(statement);
  if (!assignment) return null;
  const days: [field: string, day: string | null][] = [
    ['result.extensions.due-date', assignment.dueDate],
    ['result.extensions.due-rule.date', assignment.due.kind === 'date' ? assignment.due.date : null],
    ['result.extensions.assigned-on', assignment.assignedOn],
  ];
  for (const [field, day] of days) {
    if (day !== null && !isDueDay(day)) return { field, kind: 'out-of-range', detail: NOT_A_DAY };
  }
  return null;
}
