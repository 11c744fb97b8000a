/**
 * The PMO insights page: the PMO drops or picks report files (or a folder); workers read, check and
 * merge them (src/insights/workers/pool.ts) while a progress bar shows how far they have got; bad files
 * are listed with the reason and skipped. Figures are worked out from learners' summaries on the page,
 * so changing the smallest group shown is instant. Nothing is uploaded anywhere.
 *
 * Which files were given is worked out in src/insights/dropped-files.ts; the drop zone and the results
 * are their own components. This one holds what is being read and says how it went.
 */
import { useMemo, useRef, useState } from 'react';
import { DEFAULT_MIN_GROUP, workOutInsights, type InsightsCatalogue } from '../aggregate';
import { withChosenFiles } from '../dropped-files';
import type { LearnerSummary } from '../summary';
import { localDate } from '../../paths/assignments/model';
import { importReports, type ImportResult } from '../workers/pool';
import type { FileOutcome } from '../workers/protocol';
import InsightsResults from './InsightsResults';
import ReportDrop from './ReportDrop';
import ResultsSoFar from './ResultsSoFar';
import { FiguresBoundary, FiguresProblem } from './FiguresProblem';
import { countOf } from '../../site/counts';

export interface InsightsDashboardProps {
  catalogue: InsightsCatalogue;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'working'; read: number; total: number }
  | {
      kind: 'done';
      files: FileOutcome[];
      summaries: LearnerSummary[];
      ms: number;
      timings: ImportResult['timings'];
    }
  | { kind: 'failed' };

/** How often, at most, the results so far are drawn again while files are read (ms). */
const SO_FAR_EVERY_MS = 400;

export default function InsightsDashboard({ catalogue }: InsightsDashboardProps) {
  const [files, setFiles] = useState<File[]>([]);
  /** Summaries as workers send them while reading, one per learner, shown as results so far. */
  const soFar = useRef(new Map<string, LearnerSummary>());
  const [shownSoFar, setShownSoFar] = useState({ summaries: [] as LearnerSummary[], read: 0 });
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [minGroup, setMinGroup] = useState(String(DEFAULT_MIN_GROUP));
  const [announcement, setAnnouncement] = useState('');
  const day = localDate(new Date());

  async function run(next: File[]) {
    setFiles(next);
    setPhase({ kind: 'working', read: 0, total: next.length });
    setAnnouncement(`Reading ${countOf(next.length, 'file')}…`);
    soFar.current = new Map();
    setShownSoFar({ summaries: [], read: 0 });
    const started = performance.now();
    let shownAt = -Infinity;
    try {
      const result = await importReports(next, {
        courses: catalogue.courses,
        now: new Date(),
        onProgress: (read, total, summaries) => {
          for (const summary of summaries) soFar.current.set(summary.learnerId, summary);
          setPhase({ kind: 'working', read, total });
          // The first batch at once, then a few times a second: each showing counts every learner.
          if (performance.now() - shownAt >= SO_FAR_EVERY_MS) {
            shownAt = performance.now();
            setShownSoFar({ summaries: [...soFar.current.values()], read });
          }
        },
      });
      soFar.current = new Map();
      setShownSoFar({ summaries: [], read: 0 });
      const skipped = result.files.filter((file) => !file.ok).length;
      setPhase({ kind: 'done', ...result, ms: performance.now() - started });
      setAnnouncement(
        `Finished: ${countOf(result.files.length - skipped, 'file')} read, ${skipped} skipped, ${countOf(result.summaries.length, 'learner')}.`,
      );
    } catch (error) {
      // A worker stopped: not something a file can do on its own, so say what to try, not the error.
      console.error('Sideline: reading the report files failed', error);
      soFar.current = new Map();
      setShownSoFar({ summaries: [], read: 0 });
      setPhase({ kind: 'failed' });
      setAnnouncement('The files could not be read.');
    }
  }

  function choose(chosen: File[]) {
    const next = withChosenFiles(files, chosen);
    if (next) void run(next);
  }

  function clear() {
    setFiles([]);
    setPhase({ kind: 'idle' });
    setAnnouncement('All files cleared.');
  }

  const threshold = Math.max(1, Math.min(1000, Math.floor(Number(minGroup)) || DEFAULT_MIN_GROUP));
  const { insights, aggregateMs } = useMemo(() => {
    const begun = performance.now();
    const worked =
      phase.kind === 'done' ? workOutInsights(phase.summaries, catalogue, threshold) : null;
    return { insights: worked, aggregateMs: performance.now() - begun };
  }, [phase, catalogue, threshold]);

  return (
    <div className="insights">
      <ReportDrop
        chosen={files.length}
        working={phase.kind === 'working'}
        onChoose={choose}
        onClear={clear}
      />

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {phase.kind === 'working' && (
        <div className="insights-progress">
          <label htmlFor="insights-progress">Reading report files</label>
          <progress id="insights-progress" max={phase.total} value={phase.read}>
            {phase.read} of {phase.total}
          </progress>
          <p className="muted" aria-hidden="true">
            {phase.read} of {countOf(phase.total, 'file')} read
          </p>
        </div>
      )}
      {phase.kind === 'working' && <ResultsSoFar {...shownSoFar} total={phase.total} />}

      {phase.kind === 'failed' && (
        <div className="pmo-error-summary" role="alert">
          <h2>The files could not be read</h2>
          <p>
            Something stopped this browser from reading them. Nothing was changed or uploaded.
            Reload the page and choose the files again; if it happens again, try another browser.
          </p>
        </div>
      )}

      {phase.kind === 'done' && !insights && <FiguresProblem />}
      {phase.kind === 'done' && insights && (
        <FiguresBoundary key={phase.ms}>
          <InsightsResults
            insights={insights}
            files={phase.files}
            nameConflicts={phase.summaries.flatMap((summary) => summary.nameConflict ?? [])}
            ms={phase.ms}
            timings={{ ...phase.timings, aggregate: aggregateMs }}
            minGroup={minGroup}
            onMinGroup={setMinGroup}
            day={day}
          />
        </FiguresBoundary>
      )}
    </div>
  );
}
