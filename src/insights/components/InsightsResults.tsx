/**
 * The figures, once the files are read: what was read and skipped, the smallest group shown, then
 * completion, who may need help, hard questions and scenarios. The heading takes the focus when the
 * results appear, so a screen-reader user lands on them.
 */
import { useEffect, useRef } from 'react';
import { DEFAULT_MIN_GROUP, privacyRule, type Insights } from '../aggregate';
import { STUCK_AFTER_DAYS, FAILED_ATTEMPTS_FOR_HELP } from '../../paths/progress';
import type { FileOutcome } from '../workers/protocol';
import { BarChart, PathChart } from './Chart';
import ScenarioInsights from './ScenarioInsights';
import PracticeInsights from './PracticeInsights';
import InsightsTable from './Table';
import { countOf } from '../../site/counts';

export interface InsightsResultsProps {
  insights: Insights;
  files: readonly FileOutcome[];
  /** One sentence for each learner whose reports gave different names. */
  nameConflicts: readonly string[];
  ms: number;
  /** Where the time went, for the benchmark (a data attribute). */
  timings: object;
  /** The smallest group shown, as typed. */
  minGroup: string;
  onMinGroup: (value: string) => void;
  day: string;
}

export default function InsightsResults(props: InsightsResultsProps) {
  const { insights, files, nameConflicts, ms, timings, minGroup, onMinGroup, day } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const skipped = files.filter((file) => !file.ok);

  return (
    <div className="insights-results">
      <h2 id="insights-results" tabIndex={-1} ref={heading}>
        Results
      </h2>
      <p data-testid="insights-summary" data-timings={JSON.stringify(timings)}>
        {countOf(files.filter((file) => file.ok).length, 'file')} read, {skipped.length} skipped;{' '}
        {countOf(insights.learners, 'learner')}. Worked out in {(ms / 1000).toFixed(1)} seconds.
      </p>
      <p className="pmo-hint" data-testid="insights-learner-rule">
        Reports are matched to learners by the learner’s id, which Sideline makes for each learner,
        not by name: reports with the same id are one learner, each entry is counted once, and the
        name shown is the one in the newest report. A file holding another learner’s entries is
        skipped.
      </p>

      {skipped.length > 0 && (
        <section className="insights-skipped" aria-labelledby="insights-skipped-title">
          <h3 id="insights-skipped-title">Files skipped</h3>
          <ul>
            {skipped.map((file) => (
              <li key={file.index}>
                <strong>{file.name}</strong>: {file.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      {nameConflicts.length > 0 && (
        <section className="insights-skipped" aria-labelledby="insights-names-title">
          <h3 id="insights-names-title">Learners with different names in their reports</h3>
          <ul>
            {nameConflicts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="pmo-field insights-threshold">
        <p data-testid="insights-privacy-rule">{privacyRule(insights.minGroup)}</p>
        <label htmlFor="insights-min-group">Hide groups smaller than this many people</label>
        <p className="pmo-hint" id="insights-min-group-hint">
          Shares of very few people can point at one person, and these figures are for spotting
          patterns, not for judging individuals. {DEFAULT_MIN_GROUP} is the usual small-number rule
          for published statistics; use 1 to show everything.
        </p>
        <input
          id="insights-min-group"
          className="pmo-input--short"
          type="number"
          min={1}
          max={1000}
          value={minGroup}
          onChange={(event) => onMinGroup(event.target.value)}
          aria-describedby="insights-min-group-hint"
        />
      </div>

      <section aria-labelledby="insights-completion">
        <h3 id="insights-completion">Completion of each path</h3>
        <InsightsTable
          table={insights.completionByPath}
          chart={<PathChart bars={insights.pathBars} />}
          day={day}
          empty="None of these reports holds an assignment."
        />
        <InsightsTable
          table={insights.completionByLearner}
          day={day}
          empty="None of these reports holds an assignment."
        />
      </section>

      <section aria-labelledby="insights-help">
        <h3 id="insights-help">Who may need help</h3>
        <p className="pmo-hint">
          Overdue; not passed a quiz after {FAILED_ATTEMPTS_FOR_HELP} attempts; or no progress for{' '}
          {STUCK_AFTER_DAYS} days. Learners see the same notes on their own pages.
        </p>
        <InsightsTable
          table={insights.needHelp}
          day={day}
          empty="Nobody in these reports needs help by these measures."
        />
      </section>

      <section aria-labelledby="insights-questions">
        <h3 id="insights-questions">Quiz questions answered wrong the first time</h3>
        <p className="pmo-hint">
          Each with its right answer and the lesson that teaches it, for coaching.
        </p>
        <InsightsTable
          table={insights.questions}
          chart={
            <BarChart
              id="questions"
              title="the ten questions most often answered wrong the first time"
              bars={insights.questionBars}
            />
          }
          show="table"
          day={day}
          empty="No question has been answered by enough people to show."
        />
      </section>

      <ScenarioInsights scenarios={insights.scenarios} day={day} />
      <PracticeInsights tasks={insights.practice} day={day} />
    </div>
  );
}
