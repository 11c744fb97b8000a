/**
 * Each CSV download, pinned by its header row and one data row: the rows the page shows, with counts
 * and shares in columns of their own, steps as numbers, days as YYYY-MM-DD, when each learner was
 * last active, and each scenario's table naming its scenario and decision. Cells a spreadsheet would
 * run as a formula are made harmless.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, type InsightsCatalogue } from '../../../src/insights/aggregate';
import { tableToCsv } from '../../../src/insights/csv';
import type { Table } from '../../../src/insights/figures';
import { catalogue } from '../../fixtures/reports/cohort';
import { learners, row } from './summaries';

const withPractice: InsightsCatalogue = {
  ...catalogue,
  practice: [
    {
      id: 'time-plan',
      title: 'Practice: agree your time',
      criteria: [{ id: 'figures', text: 'Gives a figure for every phase' }],
    },
  ],
};

const cohort = learners(4, (n) => ({
  label: `Learner ${n + 1}`,
  assignments: [
    row({
      done: n,
      status: n === 0 ? 'not-started' : 'in-progress',
      dueDate: '2026-11-15',
      overdue: true,
      lastActive: n === 0 ? null : `2026-12-0${n}`,
      help: ['Overdue: it was due on 15 November 2026.'],
    }),
  ],
  firstTries: [['gov-roles-quiz/q1', n === 0]],
  firstChoices: [['gov-rescue/first-call', n < 3 ? 'coach' : 'take-over']],
  firstEndings: [['gov-rescue', n < 2 ? 'good' : 'poor']],
  practice: [['time-plan', { met: n < 1 ? ['figures'] : [] }]],
}));
const insights = aggregate(cohort, withPractice, 1);
const [rescue] = insights.scenarios;
const [practice] = insights.practice;

const lines = (table: Pick<Table, 'csv'>) => tableToCsv(table).split('\r\n').slice(0, 2);

describe('CSV downloads', () => {
  it.each<[string, Table, string, string]>([
    [
      'completion by learner',
      insights.completionByLearner,
      'Learner,Assignment,Steps done,Steps in all,Status,Due,Last active,Overdue',
      'Learner 1,Governance path,0,6,Not started,2026-11-15,,Yes',
    ],
    [
      'completion by path',
      insights.completionByPath,
      'Path,Learners,Completed,Completed (%),In progress,In progress (%),Not started,Not started (%),Overdue,Overdue (%)',
      'Governance path,4,0,0,3,75,1,25,4,100',
    ],
    [
      'who may need help',
      insights.needHelp,
      'Learner,Assignment,Why,Last active',
      'Learner 1,Governance path,Overdue: it was due on 15 November 2026.,',
    ],
    [
      'questions wrong the first time',
      insights.questions,
      'Rank,Question,Right answer,Lesson that teaches it,Lesson address,Quiz,People who answered,Wrong the first time,Wrong the first time (%)',
      '1,Who owns the business case?,The sponsor,Who owns what,/courses/gov/gov-who-owns/,Check: roles,4,3,75',
    ],
    [
      'a scenario decision',
      rescue!.decisions[0]!.table,
      'Scenario,Decision,Choice,Quality,Why,People,Share (%)',
      'The rescue,The first call,Take over the project,Weak,It fixes this week and teaches nothing.,1,25',
    ],
    [
      'a scenario’s endings',
      rescue!.endings.table,
      'Scenario,Ending,Rank (1 is best),People,Share (%)',
      'The rescue,Coach of the season,1,2,50',
    ],
    [
      'a practice task',
      practice!.table,
      'Practice task,Point on the checklist,People,Share (%)',
      'Practice: agree your time,Gives a figure for every phase,1,25',
    ],
  ])('%s: the header and the first row', (_name, table, header, first) => {
    expect(lines(table)).toEqual([header, first]);
    expect(tableToCsv(table).split('\r\n')).toHaveLength(table.rows.length + 2);
  });

  it('holds the later rows too, with the last-active day of those who have one', () => {
    expect(tableToCsv(insights.completionByLearner).split('\r\n')[2]).toBe(
      'Learner 2,Governance path,1,6,In progress,2026-11-15,2026-12-01,Yes',
    );
  });

  it('quotes commas and quotes, and makes formulas harmless', () => {
    expect(
      tableToCsv({
        csv: {
          columns: ['Learner'],
          rows: [['=HYPERLINK("http://evil.example")'], ['Smith, "Jo"']],
        },
      }),
    ).toBe('Learner\r\n"\'=HYPERLINK(""http://evil.example"")"\r\n"Smith, ""Jo"""\r\n');
  });
});
