/**
 * Summarising learners: one learner whose figures cannot be worked out (for a reason nobody foresaw:
 * files are checked first) is named and left out, and everyone else is still summarised.
 */
import { describe, expect, it, vi } from 'vitest';
import { addReport, type LearnerBucket } from '../../../src/insights/learners';
import { summariseLearners } from '../../../src/insights/summary';
import { readReportText } from '../../../src/reports/read';
import { catalogue, learners, NOW } from '../../fixtures/reports/cohort';
import { reportOf } from '../../fixtures/reports/simulate';

describe('summarising the learners a worker holds', () => {
  it('leaves out a learner whose summary throws, and summarises the rest', () => {
    const buckets = new Map<string, LearnerBucket>();
    for (const learner of learners.slice(0, 3)) {
      const reading = readReportText(reportOf(learner), NOW);
      if (!reading.ok) throw new Error(`${learner.id} should read`);
      addReport(buckets, reading.report);
    }
    // As if a check were missed: one of Ben's statements cannot be read at all.
    const ben = buckets.get(learners[1]!.id)!;
    const [first, ...rest] = [...ben.statements.values()];
    const unreadable = Object.defineProperty({ ...first! }, 'object', {
      get() {
        throw new TypeError('Cannot read this statement');
      },
    });
    ben.statements = new Map([unreadable, ...rest].map((s) => [s.id, s]));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { summaries, failed } = summariseLearners(buckets.values(), catalogue.courses, NOW);
    logged.mockRestore();
    expect(failed).toEqual([learners[1]!.id]);
    expect(summaries.map((summary) => summary.learnerId)).toEqual([
      learners[0]!.id,
      learners[2]!.id,
    ]);
  });
});
