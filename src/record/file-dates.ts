/**
 * The dates and times in a record file, checked with the site's one date rule (src/site/dates.ts)
 * before an import or a PMO's reading trusts them: when each entry was recorded, when the file was
 * downloaded, and an assignment's due date and the day it was made. A date that passes can be shown
 * and compared on any page; one that fails comes back naming the field and what is wrong, which
 * transfer.ts (and the insights page) put in words.
 */
import { EARLIEST_DAY, isDueDay, isRecordedTime, LATEST_DUE_DAY } from '../site/dates';
import { assignmentExtension, recordsAssignment } from './xapi/assignments';
import type { Statement } from './xapi/schema';

/** A field (its path in the file or entry) and what is wrong with it, as words after its name. */
export interface DateIssue {
  field: string;
  detail: string;
}

const FROM = EARLIEST_DAY.slice(0, 4);
const RECORDED = `is not a real date and time between ${FROM} and now`;
const DUE = `is not a real date between ${FROM} and ${LATEST_DUE_DAY.slice(0, 4)}`;
const MADE_ON = `is not a real date between ${FROM} and today`;

/** A day something was done (YYYY-MM-DD): a real day, not before Sideline, not after today. */
function isPastDay(value: string, now: Date): boolean {
  return isRecordedTime(`${value}T00:00:00Z`, now);
}

/** What is wrong with a time something was recorded, or null. */
export function recordedTimeIssue(field: string, value: string, now: Date): DateIssue | null {
  return isRecordedTime(value, now) ? null : { field, detail: RECORDED };
}

/** What is wrong with the first date or time in one entry, or null when every one is believable. */
export function entryDateIssue(statement: Statement, now: Date): DateIssue | null {
  const timestamp = recordedTimeIssue('timestamp', statement.timestamp, now);
  if (timestamp || !recordsAssignment(statement)) return timestamp;

  const dueDate = assignmentExtension(statement, 'dueDate');
  if (
    dueDate !== undefined &&
    dueDate !== null &&
    !(typeof dueDate === 'string' && isDueDay(dueDate))
  ) {
    return { field: 'result.extensions.due-date', detail: DUE };
  }
  const rule = assignmentExtension(statement, 'dueRule');
  const ruleDate =
    rule && typeof rule === 'object' ? (rule as Record<string, unknown>)['date'] : undefined;
  if (ruleDate !== undefined && !(typeof ruleDate === 'string' && isDueDay(ruleDate))) {
    return { field: 'result.extensions.due-rule', detail: DUE };
  }
  const assignedOn = assignmentExtension(statement, 'assignedOn');
  if (assignedOn !== undefined && !(typeof assignedOn === 'string' && isPastDay(assignedOn, now))) {
    return { field: 'result.extensions.assigned-on', detail: MADE_ON };
  }
  return null;
}
