/**
 * The PMO's figures from the cohort's report files (tests/fixtures/reports/), checked against figures
 * worked out by hand from tests/fixtures/reports/cohort.ts. Runs the same steps as the workers:
 * read each file, merge by learner and statement id, summarise each learner, aggregate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { aggregate, privacyRule, workOutInsights } from '../../../src/insights/aggregate';
import { addReport, type LearnerBucket } from '../../../src/insights/learners';
import { summariseLearner } from '../../../src/insights/summary';
import { readReportText } from '../../../src/reports/read';
import { catalogue, NOW } from '../../fixtures/reports/cohort';
import { learner, row } from './summaries';

const dir = join(import.meta.dirname, '../../fixtures/reports');

function summaries(names = readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const buckets = new Map<string, LearnerBucket>();
  const skipped: string[] = [];
  for (const name of names.sort()) {
    const reading = readReportText(readFileSync(join(dir, name), 'utf8'), NOW);
    if (reading.ok) addReport(buckets, reading.report);
    else skipped.push(name);
  }
  const list = [...buckets.values()].map((bucket) =>
    summariseLearner(bucket, catalogue.courses, NOW),
  );
  return { list: list.sort((a, b) => a.label.localeCompare(b.label)), skipped, buckets };
}

describe('insights from the cohort', () => {
  const { list, skipped, buckets } = summaries();

  it('reads the good files, skips the bad ones and merges two reports from one learner', () => {
    expect(skipped).toEqual([
      'bad-cut-short.json',
      'bad-empty.json',
      'bad-newer-version.json',
      'bad-not-json.json',
      'bad-tampered.json',
      'bad-wrong-format.json',
    ]);
    expect(list.length).toBe(6);
    const ada = buckets.get('learner-ada')!;
    expect(ada.reports).toBe(2);
    expect(ada.statements.size).toBe(18); // the assignment report's statements are all in the full one
  });

  it('shows completion by path, with overdue, whatever the smallest group: it adds up named rows', () => {
    const insights = aggregate(list, catalogue);
    expect(insights.completionByPath.rows).toEqual([
      ['Governance path', '5', '1 (20%)', '3 (60%)', '1 (20%)', '2 (40%)'],
    ]);
    expect(insights.pathBars).toEqual([
      {
        label: 'Governance path',
        learners: 5,
        completed: 1,
        inProgress: 3,
        notStarted: 1,
        overdue: 2,
      },
    ]);
    expect(aggregate(list, catalogue, 6).completionByPath).toEqual(insights.completionByPath);
  });

  it('lists completion by learner, with due dates and when each was last active', () => {
    expect(aggregate(list, catalogue).completionByLearner.rows).toEqual([
      [
        'Ada Lovelace',
        'Governance path',
        '6 of 6',
        'Completed',
        '15 November 2026',
        '1 November 2026',
        'No',
      ],
      [
        'Ben Okafor',
        'Governance path',
        '3 of 6',
        'In progress',
        '16 November 2026',
        '2 December 2026',
        'Yes',
      ],
      [
        'Cy Young',
        'Governance path',
        '3 of 6',
        'In progress',
        '15 December 2026',
        '1 December 2026',
        'No',
      ],
      [
        'Di Prince',
        'Governance path',
        '0 of 6',
        'Not started',
        '19 December 2026',
        'Not yet',
        'No',
      ],
      [
        'Unnamed learner learne',
        'Governance path',
        '1 of 6',
        'In progress',
        '4 December 2026',
        '20 November 2026',
        'Yes',
      ],
    ]);
  });

  it('says who may need help, in the words the learner sees', () => {
    expect(aggregate(list, catalogue).needHelp.rows).toEqual([
      [
        'Ben Okafor',
        'Governance path',
        'Overdue: it was due on 16 November 2026. Not yet passed "Check: roles" after 2 attempts.',
      ],
      [
        'Unnamed learner learne',
        'Governance path',
        'Overdue: it was due on 4 December 2026. No progress for 20 days; the next step is "A board that decides".',
      ],
    ]);
  });

  it('ranks questions by how often they are answered wrong the first time, hiding small groups', () => {
    const insights = aggregate(list, catalogue);
    const lesson = { text: 'Who owns what', href: '/courses/gov/gov-who-owns/' };
    expect(insights.questions.rows).toEqual([
      ['1', 'Who owns the business case?', 'The sponsor', lesson, 'Check: roles', '5', '4 (80%)'],
    ]);
    expect(insights.questions.note).toBe('4 questions hidden: fewer than 5 people.');
    expect(aggregate(list, catalogue, 1).questions.rows.map((row) => row.slice(1, 4))).toEqual([
      ['Who owns the business case?', 'The sponsor', lesson],
      ['Who chairs the board?', 'The sponsor', 'No lesson named'],
      ['Who runs the plan?', 'The project manager', 'No lesson named'],
      ['Who sets tolerances?', 'The board', 'No lesson named'],
      ['When do you escalate?', 'When a tolerance is forecast to break', 'No lesson named'],
    ]);
  });

  it('shows the first choices with how good each is, and the endings by rank, hiding small groups', () => {
    const [rescue] = aggregate(list, catalogue).scenarios;
    expect(rescue!.decisions.map((decision) => decision.table.rows)).toEqual([
      [
        ['Take over the project', 'Weak', 'It fixes this week and teaches nothing.', '1', '20%'],
        [
          'Offer time-boxed coaching',
          'Strong',
          'The manager keeps the project and learns.',
          '3',
          '60%',
        ],
        [
          'Decline to help',
          'Mixed',
          'Independence kept, but the project still struggles.',
          '1',
          '20%',
        ],
      ],
    ]);
    expect(rescue!.decisions[0]!.bars.map((bar) => bar.verdict)).toEqual([
      'Weak choice',
      'Strong choice',
      'Mixed choice',
    ]);
    expect(rescue!.endings.table).toMatchObject({
      rows: [],
      note: '1 decision hidden: fewer than 5 people. Endings hidden: fewer than 5 people finished.',
    });
    const [all] = aggregate(list, catalogue, 1).scenarios;
    expect(all!.endings.table.rows).toEqual([
      ['Coach of the season', '1 (best)', '2', '50%'],
      ['Mixed results', '2', '1', '25%'],
      ['Borrowed success', '3 (worst)', '1', '25%'],
    ]);
    expect(all!.endings.bars.map((bar) => bar.verdict)).toEqual([
      'rank 1 (best)',
      'rank 2',
      'rank 3 (worst)',
    ]);
  });

  it('says its privacy rule in one sentence, with the smallest group in force', () => {
    expect(privacyRule(5)).toBe(
      'You see each learner’s progress by name, because that is what they share their reports for; what people answered in quizzes, chose in scenarios and ticked in practice tasks is shown only as figures for groups of at least 5 people, so no one’s answers can be picked out.',
    );
    expect(privacyRule(1)).toContain('groups of at least 1 person,');
  });

  it('counts a report saved before 2026-12 (assignment `attempted`, no interactions) the same', () => {
    const summaryOf = (file: string) => {
      const reading = readReportText(readFileSync(join(dir, file), 'utf8'), NOW);
      if (!reading.ok) throw new Error(`${file} should read`);
      const one = new Map<string, LearnerBucket>();
      addReport(one, reading.report);
      return summariseLearner(one.get('learner-ada')!, catalogue.courses, NOW);
    };
    const old = summaryOf('before-2026-12/good-ada.json');
    expect(old.assignments).toHaveLength(1);
    expect(old).toEqual(summaryOf('good-ada.json'));
  });

  it('gives the same figures whatever order the files come in', () => {
    const names = readdirSync(dir).filter((name) => name.startsWith('good-'));
    const reversed = summaries([...names].reverse()).list;
    expect(aggregate(reversed, catalogue)).toEqual(aggregate(list, catalogue));
  });
});

describe('a folder with one file whose dates cannot be right', () => {
  const good = readdirSync(dir).filter((name) => name.startsWith('good-'));
  const ada = JSON.parse(readFileSync(join(dir, 'good-ada.json'), 'utf8')) as {
    learner: { id: string };
    statements: { actor: { account: { name: string } }; result?: { extensions?: object } }[];
  };
  /** Ada's report under another learner, with a due date of "soon": shown, it threw RangeError. */
  function withDueDate(due: string): string {
    const copy = structuredClone(ada);
    copy.learner.id = 'learner-zed';
    for (const statement of copy.statements) statement.actor.account.name = 'learner-zed';
    copy.statements[0]!.result!.extensions = {
      ...copy.statements[0]!.result!.extensions,
      'https://sideline.example/activities/ext/due-date': due,
    };
    return JSON.stringify(copy);
  }

  it.each(['soon', '2026-13-45', 'x-1'])(
    'skips that file (due date "%s") and still works out everyone else’s figures',
    (due) => {
      const buckets = new Map<string, LearnerBucket>();
      const texts = [
        ...good.map((name) => readFileSync(join(dir, name), 'utf8')),
        withDueDate(due),
      ];
      const skipped = texts.filter((text) => {
        const reading = readReportText(text, NOW);
        if (reading.ok) addReport(buckets, reading.report);
        return !reading.ok;
      });
      expect(skipped).toHaveLength(1);
      const list = [...buckets.values()].map((b) => summariseLearner(b, catalogue.courses, NOW));
      expect(() => aggregate(list, catalogue)).not.toThrow();
      expect(aggregate(list, catalogue).learners).toBe(6);
    },
  );
});

describe('figures for the page', () => {
  it('are null, not an exception, when working them out throws for a reason nobody foresaw', () => {
    // A due date no file can carry any more (read.ts refuses it): as if a check were missed.
    const broken = learner('ada', { assignments: [row({ dueDate: 'soon' })] });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => aggregate([broken], catalogue)).toThrow(RangeError);
    expect(workOutInsights([broken], catalogue)).toBeNull();
    expect(workOutInsights([learner('ben')], catalogue)?.learners).toBe(1);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
