/**
 * Completion by path: each learner counted once per path, and every path shown however few its
 * learners, because it only adds up the named progress table beside it.
 */
import { describe, expect, it } from 'vitest';
import { countPaths, pathCompletion } from '../../../src/insights/path-completion';
import { learner, learners, row } from './summaries';

describe('completion by path', () => {
  it('counts a learner given the same path twice once, by the first assignment listed', () => {
    const twice = learner('ada', {
      assignments: [row({ status: 'completed' }), row({ status: 'not-started', overdue: true })],
    });
    expect(countPaths([twice])).toEqual([
      {
        label: 'Governance path',
        completed: 1,
        inProgress: 0,
        notStarted: 0,
        overdue: 0,
        learners: 1,
      },
    ]);
  });

  it('groups by path or custom title, in title order, and shows paths of any size', () => {
    const summaries = [
      ...learners(2, (n) => ({
        assignments: [row({ status: n ? 'in-progress' : 'completed', overdue: n === 1 })],
      })),
      ...learners(3, () => ({
        assignments: [row({ title: 'Before the board', groupKey: 'custom:Before the board' })],
      })).map((summary) => ({ ...summary, learnerId: `${summary.learnerId}-b` })),
    ];
    expect(countPaths(summaries).map((bar) => [bar.label, bar.learners])).toEqual([
      ['Before the board', 3],
      ['Governance path', 2],
    ]);
    const { pathBars, completionByPath } = pathCompletion(summaries);
    expect(pathBars).toHaveLength(2);
    expect(completionByPath.rows[1]).toEqual([
      'Governance path',
      '2',
      '1 (50%)',
      '1 (50%)',
      '0 (0%)',
      '1 (50%)',
    ]);
    expect(completionByPath.note).toBeUndefined();
  });
});
