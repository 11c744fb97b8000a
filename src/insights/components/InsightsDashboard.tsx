/**
 * The PMO insights page: the PMO drops or picks report files (or a folder); workers read, check and
 * merge them (src/insights/workers/pool.ts) while a progress bar shows how far they have got; bad files
 * are listed with the reason and skipped. Figures are worked out from learners' summaries on the page,
 * so changing the smallest group shown is instant. Nothing is uploaded anywhere.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { aggregate, DEFAULT_MIN_GROUP, type InsightsCatalogue } from '../aggregate';
import type { LearnerSummary } from '../summary';
import { localDate } from '../../paths/assignments/model';
import { STUCK_AFTER_DAYS, FAILED_ATTEMPTS_FOR_HELP } from '../../paths/progress';
import { importReports } from '../workers/pool';
import type { FileOutcome } from '../workers/protocol';
import { BarChart, PathChart } from './Chart';
import InsightsTable from './Table';

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
      timings: Record<string, number>;
    }
  | { kind: 'failed'; message: string };

/** Every file in a dropped folder, however deep (the File and Directory Entries API). */
async function filesOf(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (file) => resolve([file]),
        () => resolve([]),
      ),
    );
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries gives at most 100 entries a call: read until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (!batch.length) break;
    entries.push(...batch);
  }
  return (await Promise.all(entries.map(filesOf))).flat();
}

const key = (file: File) =>
  `${file.webkitRelativePath || file.name}|${file.size}|${file.lastModified}`;

export default function InsightsDashboard({ catalogue }: InsightsDashboardProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [minGroup, setMinGroup] = useState(String(DEFAULT_MIN_GROUP));
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const results = useRef<HTMLHeadingElement>(null);
  const day = localDate(new Date());

  async function run(next: File[]) {
    setFiles(next);
    setPhase({ kind: 'working', read: 0, total: next.length });
    setAnnouncement(`Reading ${next.length} files…`);
    const started = performance.now();
    try {
      const result = await importReports(next, {
        courses: catalogue.courses,
        now: new Date(),
        onProgress: (read, total) => setPhase({ kind: 'working', read, total }),
      });
      const skipped = result.files.filter((file) => !file.ok).length;
      setPhase({ kind: 'done', ...result, ms: performance.now() - started });
      setAnnouncement(
        `Finished: ${result.files.length - skipped} files read, ${skipped} skipped, ${result.summaries.length} learners.`,
      );
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      setAnnouncement('The files could not be read.');
    }
  }

  function add(chosen: File[]) {
    const json = chosen.filter(
      (file) => !file.webkitRelativePath || file.name.toLowerCase().endsWith('.json'),
    );
    if (!json.length) return;
    const seen = new Set(files.map(key));
    void run([...files, ...json.filter((file) => !seen.has(key(file)))]);
  }

  async function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const entries = [...event.dataTransfer.items]
      .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
      .filter((entry): entry is FileSystemEntry => Boolean(entry));
    const dropped = entries.some((entry) => entry.isDirectory)
      ? (await Promise.all(entries.map(filesOf)))
          .flat()
          .filter((file) => file.name.toLowerCase().endsWith('.json'))
      : [...event.dataTransfer.files];
    add(dropped);
  }

  useEffect(() => {
    if (phase.kind === 'done') results.current?.focus();
  }, [phase.kind]);

  const threshold = Math.max(1, Math.min(1000, Math.floor(Number(minGroup)) || DEFAULT_MIN_GROUP));
  const insights = useMemo(
    () => (phase.kind === 'done' ? aggregate(phase.summaries, catalogue, threshold) : null),
    [phase, catalogue, threshold],
  );
  const working = phase.kind === 'working';

  return (
    <div className="insights">
      <div
        className={`insights-drop${dragging ? ' insights-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => void drop(event)}
        data-testid="insights-drop"
      >
        <p className="insights-drop__title">
          Drop report files or a folder of them here, or choose them:
        </p>
        <p className="insights-drop__buttons">
          <label className="button" htmlFor="insights-files">
            Choose report files
          </label>
          <input
            id="insights-files"
            className="insights-file-input"
            type="file"
            multiple
            accept=".json,application/json"
            disabled={working}
            onChange={(event) => {
              add([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <label className="button button--secondary" htmlFor="insights-folder">
            Choose a folder
          </label>
          <input
            id="insights-folder"
            className="insights-file-input"
            type="file"
            disabled={working}
            // Chromium, Firefox and Safari all support picking a folder this way.
            {...{ webkitdirectory: '' }}
            onChange={(event) => {
              add([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
        </p>
        <p className="insights-drop__hint">
          Files stay on this computer: they are read here, in your browser, and nothing is uploaded.
          Reports and whole learning records (“Download my record”) are both accepted.
          {files.length > 0 && ` ${files.length} files chosen so far; new files are added to them.`}
        </p>
        {files.length > 0 && !working && (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setFiles([]);
                setPhase({ kind: 'idle' });
                setAnnouncement('All files cleared.');
              }}
            >
              Clear all files
            </button>
          </p>
        )}
      </div>

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
            {phase.read} of {phase.total} files read
          </p>
        </div>
      )}

      {phase.kind === 'failed' && (
        <div className="pmo-error-summary" role="alert">
          <h2>The files could not be read</h2>
          <p>{phase.message}. Reload the page and try again.</p>
        </div>
      )}

      {phase.kind === 'done' && insights && (
        <div className="insights-results">
          <h2 id="insights-results" tabIndex={-1} ref={results}>
            Results
          </h2>
          <p data-testid="insights-summary" data-timings={JSON.stringify(phase.timings)}>
            {phase.files.filter((file) => file.ok).length} files read,{' '}
            {phase.files.filter((file) => !file.ok).length} skipped; {insights.learners} learners.
            Worked out in {(phase.ms / 1000).toFixed(1)} seconds.
          </p>

          {phase.files.some((file) => !file.ok) && (
            <section className="insights-skipped" aria-labelledby="insights-skipped-title">
              <h3 id="insights-skipped-title">Files skipped</h3>
              <ul>
                {phase.files
                  .filter((file) => !file.ok)
                  .map((file) => (
                    <li key={file.index}>
                      <strong>{file.name}</strong>: {file.reason}
                    </li>
                  ))}
              </ul>
            </section>
          )}

          <div className="pmo-field insights-threshold">
            <label htmlFor="insights-min-group">Hide groups smaller than this many people</label>
            <p className="pmo-hint" id="insights-min-group-hint">
              Shares of very few people can point at one person, and these figures are for spotting
              patterns, not for judging individuals. {DEFAULT_MIN_GROUP} is the usual small-number
              rule for published statistics; use 1 to show everything.
            </p>
            <input
              id="insights-min-group"
              className="pmo-input--short"
              type="number"
              min={1}
              max={1000}
              value={minGroup}
              onChange={(event) => setMinGroup(event.target.value)}
              aria-describedby="insights-min-group-hint"
            />
          </div>

          <section aria-labelledby="insights-completion">
            <h3 id="insights-completion">Completion of each path</h3>
            <PathChart bars={insights.pathBars} />
            <InsightsTable
              table={insights.completionByPath}
              day={day}
              empty="No path has enough learners to show."
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
              Overdue; not passed a quiz after {FAILED_ATTEMPTS_FOR_HELP} attempts; or no progress
              for {STUCK_AFTER_DAYS} days. Learners see the same notes on their own pages.
            </p>
            <InsightsTable
              table={insights.needHelp}
              day={day}
              empty="Nobody in these reports needs help by these measures."
            />
          </section>

          <section aria-labelledby="insights-questions">
            <h3 id="insights-questions">Quiz questions answered wrong the first time</h3>
            <BarChart
              id="questions"
              title="the ten questions most often answered wrong the first time"
              bars={insights.questionBars}
            />
            <InsightsTable
              table={insights.questions}
              day={day}
              empty="No question has been answered by enough people to show."
            />
          </section>

          <section aria-labelledby="insights-scenarios">
            <h3 id="insights-scenarios">Scenarios: choices and endings</h3>
            <p className="pmo-hint">
              Each person’s first choice at each decision, and the first ending they reached. Use
              these as patterns across the organisation, not as evidence about anyone.
            </p>
            {insights.scenarios.length === 0 && (
              <p className="insights-empty">No scenario has been played in these reports.</p>
            )}
            {insights.scenarios.map((scenario) => (
              <section
                key={scenario.id}
                aria-labelledby={`scenario-${scenario.id}`}
                className="insights-scenario"
              >
                <h4 id={`scenario-${scenario.id}`}>{scenario.title}</h4>
                {scenario.decisions.map((decision) => (
                  <div key={decision.id}>
                    <BarChart
                      id={decision.table.id}
                      title={decision.table.title}
                      bars={decision.bars}
                    />
                    <InsightsTable table={decision.table} day={day} empty="" />
                  </div>
                ))}
                <BarChart
                  id={scenario.endings.table.id}
                  title={scenario.endings.table.title}
                  bars={scenario.endings.bars}
                />
                <InsightsTable
                  table={scenario.endings.table}
                  day={day}
                  empty="Not enough people finished this scenario to show its endings."
                />
              </section>
            ))}
          </section>
        </div>
      )}
    </div>
  );
}
