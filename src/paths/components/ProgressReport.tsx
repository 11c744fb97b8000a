/**
 * "Share my progress": the learner builds a report for one assignment or for everything, under a name
 * they choose or none, sees exactly what it holds (a summary and the file itself) and saves it to send
 * to their PMO. Nothing is uploaded: the file is made in the browser and saved by the learner.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { displayNameProblem } from '../../record/learner';
import { indexRecord, type CourseOutline } from '../../record/projections';
import { assignmentsIn } from '../assignments/record';
import { assignmentProgress, formatDay, STATUS_LABEL } from '../progress';
import {
  buildReport,
  reportFileName,
  serialiseReport,
  statementsForScope,
  summariseReport,
  type ReportScope,
} from '../../reports/format';
import { progressText, useRecordView } from './PathProgress';
import { compressText, COMPRESSED_SUFFIX } from '../../reports/compressed';
import { saveFile } from '../../site/download';
import { countOf } from '../../site/counts';

export interface ProgressReportProps {
  courses: readonly CourseOutline[];
}

const VERB_WORDS: Record<string, string> = {
  experienced: 'read',
  progressed: 'watched part of',
  completed: 'completed',
  answered: 'answered',
  attempted: 'submitted a practice answer',
  passed: 'passed',
  failed: 'did not pass',
  assigned: 'added an assignment',
};

function when(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export default function ProgressReport({ courses }: ProgressReportProps) {
  const view = useRecordView();
  // What the learner picked (or the address named); until then, the default below.
  const [chosenScope, setScopeId] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [showJson, setShowJson] = useState(false);
  const [compressed, setCompressed] = useState(false);
  const [saved, setSaved] = useState('');
  const nameTouched = useRef(false);

  useEffect(() => {
    const requested = new URLSearchParams(window.location.search).get('assignment');
    if (requested) setScopeId(requested);
  }, []);

  const statements = view.phase === 'ready' ? view.statements : null;
  const learner = view.phase === 'ready' ? view.learner : null;
  useEffect(() => {
    if (!nameTouched.current && learner?.name) setName(learner.name);
  }, [learner]);

  const assignments = useMemo(() => assignmentsIn(statements ?? []), [statements]);
  // By default the least that answers the PMO's request: the assignment added most recently (the list
  // is oldest first), and the whole record only when nothing has been assigned.
  const scopeId = chosenScope ?? assignments.at(-1)?.id ?? 'everything';
  const assignment = assignments.find((candidate) => candidate.id === scopeId);
  const scope: ReportScope = assignment
    ? { kind: 'assignment', assignmentId: assignment.id, title: assignment.title }
    : { kind: 'everything' };
  const nameProblem = name ? displayNameProblem(name) : null;

  const report = useMemo(() => {
    if (!statements || !learner) return null;
    return buildReport({
      learnerId: learner.id,
      name: name ?? undefined,
      scope,
      statements: statementsForScope(statements, scope, assignment, courses),
      now: new Date(),
    });
    // scope is derived from assignment; listing it would rebuild on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [statements, learner, name, assignment, courses]);
  const json = useMemo(
    () => (report && showJson ? serialiseReport(report) : ''),
    [report, showJson],
  );

  if (view.phase !== 'ready') return <p className="muted js-only">Opening your learning record…</p>;
  if (!learner || !statements?.length) {
    return (
      <p>
        There is nothing in your learning record in this browser yet, so there is nothing to share.
        Start a course or open an assignment link first.
      </p>
    );
  }

  const index = indexRecord(statements);
  const progress = assignment ? assignmentProgress(index, assignment, courses, new Date()) : null;
  const summary = report ? summariseReport(report) : null;

  async function save() {
    if (!report || nameProblem) return;
    const text = serialiseReport(report);
    // Compressed, the file holds the same text: what the preview shows is what the PMO reads.
    const fileName = `${reportFileName(report)}${compressed ? COMPRESSED_SUFFIX : ''}`;
    const file = compressed
      ? await compressText(text)
      : new Blob([text], { type: 'application/json' });
    saveFile(file, fileName);
    setSaved(
      `Saved as ${fileName}. Send this file to your PMO, for example as an email attachment.`,
    );
  }

  return (
    <div className="report">
      <fieldset className="pmo-fieldset">
        <legend>What do you want to share?</legend>
        <div className="pmo-radios">
          {assignments.map((candidate) => (
            <label key={candidate.id}>
              <input
                type="radio"
                name="report-scope"
                value={candidate.id}
                checked={scopeId === candidate.id}
                onChange={() => setScopeId(candidate.id)}
              />{' '}
              My progress on “{candidate.title}” (from {candidate.assignedBy})
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="report-scope"
              value="everything"
              checked={!assignment}
              onChange={() => setScopeId('everything')}
            />{' '}
            Everything in my learning record
          </label>
        </div>
      </fieldset>

      <div className="pmo-field">
        <label htmlFor="report-name">Your name in the report (optional)</label>
        <p className="pmo-hint" id="report-name-hint">
          Leave it empty to share without a name: your PMO will see “Unnamed learner” and a short
          code.
        </p>
        {nameProblem && (
          <p className="pmo-error-message" id="report-name-error">
            <span className="visually-hidden">Error:</span> {nameProblem}
          </p>
        )}
        <input
          id="report-name"
          type="text"
          autoComplete="name"
          value={name ?? ''}
          onChange={(event) => {
            nameTouched.current = true;
            setName(event.target.value);
          }}
          aria-describedby={nameProblem ? 'report-name-hint report-name-error' : 'report-name-hint'}
        />
      </div>

      {report && summary && (
        <section className="report-preview" aria-labelledby="report-preview-title">
          <h2 id="report-preview-title">What your report contains</h2>
          <dl className="summary-list">
            <dt>About</dt>
            <dd>
              {scope.kind === 'assignment'
                ? `“${scope.title}”`
                : 'Everything in your learning record'}
            </dd>
            <dt>Your name</dt>
            <dd>{report.learner.name ?? 'No name'}</dd>
            <dt>Entries</dt>
            <dd>
              {countOf(summary.statements, 'thing')} you did, on{' '}
              {countOf(summary.activities, 'activity', 'activities')}
              {summary.firstAt && summary.lastAt
                ? `, from ${when(summary.firstAt)} to ${when(summary.lastAt)}`
                : ''}
            </dd>
            <dt>In detail</dt>
            <dd>
              <ul className="report-verbs">
                {summary.byVerb.map(({ verb, count }) => (
                  <li key={verb}>
                    {count} × {VERB_WORDS[verb] ?? verb}
                  </li>
                ))}
              </ul>
            </dd>
            {progress && assignment && (
              <>
                <dt>Progress</dt>
                <dd>
                  {STATUS_LABEL[progress.progress.status]}: {progressText(progress.progress)}
                  {assignment.dueDate ? `; due ${formatDay(assignment.dueDate)}` : ''}
                </dd>
              </>
            )}
            <dt>Your written answers</dt>
            <dd>
              {summary.sharedAnswers === 0
                ? 'None: for practice tasks, only the points you ticked.'
                : `${summary.sharedAnswers} practice ${summary.sharedAnswers === 1 ? 'answer' : 'answers'} you chose to share, word for word.`}
            </dd>
            <dt>Also in the file</dt>
            <dd>
              A random code that stands for you (not your name), so your PMO can tell two of your
              reports are from the same person.
            </dd>
          </dl>
          <details
            className="report-json"
            onToggle={(event) => setShowJson((event.target as HTMLDetailsElement).open)}
          >
            <summary>
              {compressed
                ? 'Show exactly what the file holds (saved compressed, it opens to this text)'
                : 'Show the file exactly as it will be saved'}
            </summary>
            {showJson && (
              <pre role="region" tabIndex={0} aria-label="The report file">
                {json}
              </pre>
            )}
          </details>
          <div className="pmo-field">
            <label>
              <input
                type="checkbox"
                checked={compressed}
                onChange={(event) => setCompressed(event.target.checked)}
              />{' '}
              Save it compressed (a .json.gz file, about a tenth of the size)
            </label>
            <p className="pmo-hint">
              Smaller to email and quicker for your PMO to read. It holds the same text, and any
              computer can open it.
            </p>
          </div>
          <p>
            <button
              type="button"
              className="button"
              onClick={() => void save()}
              disabled={nameProblem !== null}
            >
              Save the report
            </button>
          </p>
          <p role="status" className="pmo-live">
            {saved}
          </p>
        </section>
      )}
    </div>
  );
}
