/**
 * While files are still being read: completion of each path among the learners summarised so far, so
 * a PMO with thousands of files sees a first result within a second or two. The dashboard hands it
 * new summaries a few times a second at most. Provisional, and says so: a learner with more than one
 * file is counted from one of them until every file is read and the full results replace this.
 */
import { memo, useMemo } from 'react';
import { countPaths } from '../path-completion';
import type { LearnerSummary } from '../summary';
import { PathChart } from './Chart';
import { countOf } from '../../site/counts';

export interface ResultsSoFarProps {
  summaries: readonly LearnerSummary[];
  read: number;
  total: number;
}

function ResultsSoFar({ summaries, read, total }: ResultsSoFarProps) {
  const bars = useMemo(() => countPaths(summaries), [summaries]);
  if (!summaries.length) return null;
  return (
    <section className="insights-so-far" aria-labelledby="insights-so-far-title">
      <h2 id="insights-so-far-title">Results so far</h2>
      <p data-testid="insights-so-far">
        {countOf(summaries.length, 'learner')} from the first {countOf(read, 'file')} of {total}.
        These figures are not final: the full results replace them when every file is read.
      </p>
      <PathChart bars={bars} />
    </section>
  );
}

/** Drawn again only when the dashboard hands it new summaries (a few times a second), not on every
 * progress message the workers send. */
export default memo(ResultsSoFar);
