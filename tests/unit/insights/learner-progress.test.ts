/** The per-learner tables: every learner's assignments in a reader's order, and who may need help. */
import { describe, expect, it } from 'vitest';
import {
  assignmentsByLearner,
  completionByLearner,
  whoMayNeedHelp,
} from '../../../src/insights/learner-progress';
import { learner, row } from './summaries';

const summaries = [
  learner('zoe', { label: 'Zoë', assignments: [row({ title: 'Board basics', done: 2 })] }),
  learner('eve', {
    label: 'eve',
    assignments: [
      row({
        title: 'Governance path',
        status: 'completed',
        done: 6,
        dueDate: '2026-11-15',
        lastActive: '2026-11-09',
      }),
      row({ title: 'Board basics', overdue: true, help: ['Overdue.', 'Stuck.'] }),
    ],
  }),
];

describe('per-learner tables', () => {
  it('orders rows by assignment, then by learner, ignoring case', () => {
    const rows = assignmentsByLearner(summaries);
    expect(rows.map(({ learner, row }) => `${row.title}: ${learner}`)).toEqual([
      'Board basics: eve',
      'Board basics: Zoë',
      'Governance path: eve',
    ]);
  });

  it('shows each learner’s progress in words, "No due date" and "Not yet" where there is none', () => {
    expect(completionByLearner(assignmentsByLearner(summaries)).rows).toEqual([
      ['eve', 'Board basics', '0 of 6', 'Not started', 'No due date', 'Not yet', 'Yes'],
      ['Zoë', 'Board basics', '2 of 6', 'Not started', 'No due date', 'Not yet', 'No'],
      [
        'eve',
        'Governance path',
        '6 of 6',
        'Completed',
        '15 November 2026',
        '9 November 2026',
        'No',
      ],
    ]);
  });

  it('lists only assignments with a reason for help, the reasons in one cell', () => {
    expect(whoMayNeedHelp(assignmentsByLearner(summaries)).rows).toEqual([
      ['eve', 'Board basics', 'Overdue. Stuck.'],
    ]);
    expect(whoMayNeedHelp([]).rows).toEqual([]);
  });
});
