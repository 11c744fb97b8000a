/**
 * Practice insights: each task's rubric points, counted over learners' latest self-assessments; small
 * groups hidden with a note; answers' texts only where a learner shared them. And the summary of one
 * learner reads those from real statements: the latest assessment wins, the text only if shared.
 */
import { describe, expect, it } from 'vitest';
import { practiceInsights, type PracticeOutline } from '../../../src/insights/practice';
import { summariseLearner } from '../../../src/insights/summary';
import { mergeInto, newBucket } from '../../../src/insights/learners';
import { assessmentStatement } from '../../../src/practice/statements';
import { buildStatement } from '../../../src/record/xapi/statements';
import { learner, learners } from './summaries';

const task: PracticeOutline = {
  id: 'time-plan',
  title: 'Practice: agree your time',
  criteria: [
    { id: 'figures', text: 'Gives a figure for every phase' },
    { id: 'signs', text: 'Names three warning signs' },
  ],
};

describe('practice insights', () => {
  it('counts, for each point, the people who say their answer meets it', () => {
    const people = learners(5, (n) => ({
      practice: [['time-plan', { met: n < 4 ? ['figures'] : ['figures', 'signs'] }]],
    }));
    const [insight] = practiceInsights(people, [task], 5);
    expect(insight!.people).toBe(5);
    expect(insight!.table.rows).toEqual([
      ['Gives a figure for every phase', '5', '100%'],
      ['Names three warning signs', '1', '20%'],
    ]);
    expect(insight!.bars[1]).toEqual({
      label: 'Names three warning signs',
      percent: 20,
      text: '20% (1 of 5)',
    });
    expect(insight!.shared).toEqual([]);
  });

  it('hides a task assessed by fewer people than the smallest group, but lists shared answers', () => {
    const people = [
      learner('Ada', { practice: [['time-plan', { met: ['signs'], answer: 'My <b>plan</b>' }]] }),
      learner('Ben', { practice: [['time-plan', { met: [] }]] }),
    ];
    const [insight] = practiceInsights(people, [task], 5);
    expect(insight!.table.rows).toEqual([]);
    expect(insight!.table.note).toBe('1 result hidden: fewer than 5 people.');
    expect(insight!.shared).toEqual([{ learner: 'Ada', text: 'My <b>plan</b>' }]);
  });

  it('leaves out tasks nobody assessed', () => {
    expect(practiceInsights([learner('Ada')], [task], 1)).toEqual([]);
  });
});

describe("a learner's practice, from their statements", () => {
  const draft = (ticks: Record<string, boolean>, share: boolean, answer: string) =>
    assessmentStatement(
      {
        task: { id: 'time-plan', title: task.title },
        courseId: 'sponsor-induction',
        courseTitle: 'Sponsor induction',
        revision: 'r1',
      },
      { answer, rubric: ticks, share, attempt: 1 },
    );
  const at = (minute: number) => () => new Date(Date.UTC(2026, 11, 5, 9, minute));
  const statement = (made: ReturnType<typeof draft>, minute: number) =>
    buildStatement(made, {
      activityBase: 'https://sideline.example/',
      learner: { id: 'ada' },
      now: at(minute),
      newId: () => `00000000-0000-4000-8000-0000000000${String(minute).padStart(2, '0')}`,
    });

  it('keeps the latest self-assessment, and the text only when it was shared', () => {
    const first = statement(draft({ figures: true, signs: false }, true, 'First draft'), 1);
    const second = statement(draft({ figures: true, signs: true }, false, 'Second draft'), 2);
    const bucket = newBucket('ada');
    mergeInto(bucket, [first, second], []);
    const summary = summariseLearner(bucket, [], new Date('2026-12-06T00:00:00Z'));
    expect(summary.practice).toEqual([['time-plan', { met: ['figures', 'signs'] }]]);
  });
});
