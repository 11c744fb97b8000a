/**
 * The per-learner tables: each learner's progress on each assignment, and who may need help and why.
 * These are not groups, so nothing is hidden: they list the people who chose to share their progress.
 */
import { STATUS_LABEL, formatDay } from '../paths/progress';
import { byText, type Table } from './figures';
import type { AssignmentRow, LearnerSummary } from './summary';

interface LearnerAssignment {
  learner: string;
  row: AssignmentRow;
}

/** Every learner's assignments, by assignment title and then by learner. */
export function assignmentsByLearner(summaries: readonly LearnerSummary[]): LearnerAssignment[] {
  const rows: LearnerAssignment[] = [];
  for (const summary of summaries) {
    for (const row of summary.assignments) rows.push({ learner: summary.label, row });
  }
  return rows.sort((a, b) => byText(a.row.title, b.row.title) || byText(a.learner, b.learner));
}

export function completionByLearner(rows: readonly LearnerAssignment[]): Table {
  return {
    id: 'completion-by-learner',
    title: 'Completion by learner',
    columns: ['Learner', 'Assignment', 'Steps done', 'Status', 'Due', 'Last active', 'Overdue'],
    rows: rows.map(({ learner, row }) => [
      learner,
      row.title,
      `${row.done} of ${row.total}`,
      STATUS_LABEL[row.status],
      row.dueDate ? formatDay(row.dueDate) : 'No due date',
      row.lastActive ? formatDay(row.lastActive) : 'Not yet',
      row.overdue ? 'Yes' : 'No',
    ]),
    csv: {
      columns: [
        'Learner',
        'Assignment',
        'Steps done',
        'Steps in all',
        'Status',
        'Due',
        'Last active',
        'Overdue',
      ],
      rows: rows.map(({ learner, row }) => [
        learner,
        row.title,
        String(row.done),
        String(row.total),
        STATUS_LABEL[row.status],
        row.dueDate ?? '',
        row.lastActive ?? '',
        row.overdue ? 'Yes' : 'No',
      ]),
    },
  };
}

/** The same notes the learner sees on their own page, one row per assignment that has any. */
export function whoMayNeedHelp(rows: readonly LearnerAssignment[]): Table {
  const needing = rows.filter(({ row }) => row.help.length > 0);
  return {
    id: 'who-may-need-help',
    title: 'Who may need help',
    columns: ['Learner', 'Assignment', 'Why'],
    rows: needing.map(({ learner, row }) => [learner, row.title, row.help.join(' ')]),
    csv: {
      columns: ['Learner', 'Assignment', 'Why', 'Last active'],
      rows: needing.map(({ learner, row }) => [
        learner,
        row.title,
        row.help.join(' '),
        row.lastActive ?? '',
      ]),
    },
  };
}
