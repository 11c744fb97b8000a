/**
 * Progress on a path or an assignment, and the signs that a learner may need help, worked out from the
 * record's projections (src/record/projections.ts). The learner's own pages and the PMO's insights
 * worker both call these functions with the same statements and today's date, so "who may need help"
 * on the PMO's screen says exactly what the learner's own view says.
 */
import {
  courseProgress,
  moduleProgress,
  quizResult,
  resumePoint,
  stepStatus,
  type OutlineStep,
  type RecordIndex,
  type Status,
} from '../record/projections';
import type { StoredAssignment } from './assignments/record';
import { localDate } from './assignments/model';
import { resolveRefs, stepsOf, type PathItem } from './steps';
import type { CourseOutline } from '../record/projections';
import { countOf } from '../site/counts';

/** "Stuck": an unfinished path with no activity for this many days. Said in words on both sides. */
export const STUCK_AFTER_DAYS = 14;
/** "Failed a quiz twice": this many failed attempts at one quiz without a pass. */
export const FAILED_ATTEMPTS_FOR_HELP = 2;

const DAY = 24 * 60 * 60 * 1000;

export interface ItemProgress {
  item: PathItem;
  status: Status;
  done: number;
  total: number;
}

export interface PathProgress {
  items: ItemProgress[];
  /** Required items done and in all: the path is complete when they are equal. */
  done: number;
  total: number;
  /** Steps (lessons, quizzes…) done and in all, in the required items. */
  stepsDone: number;
  stepsTotal: number;
  status: Status;
  /** Where "Continue" goes: null when every step is done. */
  next: OutlineStep | null;
  lastActivityAt: number | null;
}

function itemProgress(index: RecordIndex, item: PathItem): ItemProgress {
  if (item.course) {
    const progress = courseProgress(index, item.course);
    return { item, status: progress.status, done: progress.done, total: progress.total };
  }
  if (item.module) {
    const progress = moduleProgress(index, item.module);
    return { item, status: progress.status, done: progress.done, total: progress.total };
  }
  const step = item.steps[0];
  const status = step ? stepStatus(index, step) : 'not-started';
  return { item, status, done: status === 'completed' ? 1 : 0, total: 1 };
}

export function pathProgress(index: RecordIndex, items: readonly PathItem[]): PathProgress {
  const progress = items.map((item) => itemProgress(index, item));
  const required = progress.filter((entry) => !entry.item.ref.optional);
  const done = required.filter((entry) => entry.status === 'completed').length;
  const touched = progress.some((entry) => entry.status !== 'not-started');
  const status: Status =
    required.length > 0 && done === required.length
      ? 'completed'
      : touched
        ? 'in-progress'
        : 'not-started';

  const steps = stepsOf(items);
  let last = -Infinity;
  for (const step of steps)
    last = Math.max(last, index.activities.get(step.id)?.lastAt ?? -Infinity);
  const next =
    status === 'completed'
      ? null
      : resumePoint(index, {
          id: 'path',
          title: 'path',
          modules: [{ id: 'path', title: 'path', steps }],
        });
  return {
    items: progress,
    done,
    total: required.length,
    stepsDone: required.reduce((sum, entry) => sum + entry.done, 0),
    stepsTotal: required.reduce((sum, entry) => sum + entry.total, 0),
    status,
    next,
    lastActivityAt: last > -Infinity ? last : null,
  };
}

export type HelpReason =
  | { kind: 'overdue'; dueDate: string }
  | { kind: 'failed-quiz'; quiz: OutlineStep; attempts: number }
  | { kind: 'stuck'; step: OutlineStep; days: number };

export interface AssignmentProgress {
  assignment: StoredAssignment;
  items: PathItem[];
  progress: PathProgress;
  overdue: boolean;
  help: HelpReason[];
}

/** Progress on one assignment as of `now`: the same answer for the learner and for the PMO. */
export function assignmentProgress(
  index: RecordIndex,
  assignment: StoredAssignment,
  courses: readonly CourseOutline[],
  now: Date,
): AssignmentProgress {
  const { items } = resolveRefs(courses, assignment.refs);
  const progress = pathProgress(index, items);
  const help: HelpReason[] = [];
  const today = localDate(now);
  const overdue =
    progress.status !== 'completed' && assignment.dueDate !== null && today > assignment.dueDate;
  if (overdue && assignment.dueDate) help.push({ kind: 'overdue', dueDate: assignment.dueDate });

  for (const step of stepsOf(items)) {
    if (step.kind !== 'quiz') continue;
    const result = quizResult(index, step.id);
    if (!result.passed && result.attempts >= FAILED_ATTEMPTS_FOR_HELP) {
      help.push({ kind: 'failed-quiz', quiz: step, attempts: result.attempts });
    }
  }

  if (progress.status === 'in-progress' && progress.lastActivityAt !== null && progress.next) {
    const days = Math.floor((now.getTime() - progress.lastActivityAt) / DAY);
    if (days >= STUCK_AFTER_DAYS) help.push({ kind: 'stuck', step: progress.next, days });
  }
  return { assignment, items, progress, overdue, help };
}

/** What is due soonest first (overdue at the top), then what has no due date, then what is done. */
export function byWhatIsDueFirst(entries: readonly AssignmentProgress[]): AssignmentProgress[] {
  const rank = ({ progress, assignment }: AssignmentProgress) =>
    progress.status === 'completed' ? 2 : assignment.dueDate ? 0 : 1;
  return [...entries].sort(
    (a, b) =>
      rank(a) - rank(b) || (a.assignment.dueDate ?? '').localeCompare(b.assignment.dueDate ?? ''),
  );
}

/** Made once: making a formatter costs far more than using one, and a PMO's tables format 20,000 days. */
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "3 December 2026" for a YYYY-MM-DD day, whatever the reader's time zone. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return DAY_FORMAT.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1)));
}

/** One sentence per reason, the same words on the learner's page and in the PMO's table. */
export function helpText(reason: HelpReason): string {
  switch (reason.kind) {
    case 'overdue':
      return `Overdue: it was due on ${formatDay(reason.dueDate)}.`;
    case 'failed-quiz':
      return `Not yet passed "${reason.quiz.title}" after ${countOf(reason.attempts, 'attempt')}.`;
    case 'stuck':
      return `No progress for ${countOf(reason.days, 'day')}; the next step is "${reason.step.title}".`;
  }
}

export const STATUS_LABEL: Record<Status, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};
