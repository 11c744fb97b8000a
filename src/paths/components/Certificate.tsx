/**
 * A certificate for a completed path, assignment or course: the learner's name (as they want it
 * printed), what they completed, the date they finished and the activities done. Print it, or save it
 * as a PDF from the print dialogue. Until everything is done it says what is left instead. The name is
 * asked for first, and kept as the record's display name, so a certificate never says "no name".
 */
import { useEffect, useMemo, useState } from 'react';
import { displayNameProblem } from '../../record/learner';
import { indexRecord } from '../../record/projections';
import { assignmentsIn } from '../assignments/record';
import { completedAt, finishedAt } from '../completion';
import { pathProgress } from '../progress';
import { resolveRefs, type PathCatalogue, type PathRef } from '../steps';
import { useRecordView } from './PathProgress';
import { stepsDoneText } from '../../record/wording';

export interface CertificateProps {
  catalogue: PathCatalogue;
}

type Subject = { kind: 'path' | 'course' | 'assignment'; id: string } | null;

function day(ms: number): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date(ms));
}

export default function Certificate({ catalogue }: CertificateProps) {
  const view = useRecordView();
  const [subject, setSubject] = useState<Subject | undefined>(undefined);
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    const kind = (['path', 'course', 'assignment'] as const).find((key) => query.get(key));
    setSubject(kind ? { kind, id: query.get(kind) ?? '' } : null);
  }, []);

  const [saving, setSaving] = useState<'idle' | 'saved' | 'not-saved'>('idle');

  const statements = view.phase === 'ready' ? view.statements : null;
  const learnerName = view.phase === 'ready' ? view.learner?.name : undefined;
  useEffect(() => {
    if (learnerName) setName((current) => current ?? learnerName);
  }, [learnerName]);

  /** Keeps the name typed as the record's display name, so the next certificate has it already. */
  const keepName = async () => {
    const wanted = name?.trim() ?? '';
    if (view.phase !== 'ready' || !wanted || displayNameProblem(wanted) || wanted === learnerName)
      return;
    const outcome = await view.record.setDisplayName(wanted);
    setSaving(outcome.saved ? 'saved' : 'not-saved');
  };

  const target = useMemo((): { title: string; refs: PathRef[]; back: string } | null => {
    if (!subject) return null;
    if (subject.kind === 'course') {
      const course = catalogue.courses.find((candidate) => candidate.id === subject.id);
      return course
        ? {
            title: course.title,
            refs: [{ kind: 'course', id: course.id, optional: false }],
            back: course.href ?? `/courses/${course.id}/`,
          }
        : null;
    }
    if (subject.kind === 'path') {
      const path = catalogue.paths.find((candidate) => candidate.id === subject.id);
      return path ? { title: path.title, refs: [...path.refs], back: `/paths/${path.id}/` } : null;
    }
    const assignment = statements
      ? assignmentsIn(statements).find((candidate) => candidate.id === subject.id)
      : undefined;
    return assignment
      ? {
          title: assignment.title,
          refs: assignment.refs,
          back: `/assignment/?id=${encodeURIComponent(assignment.id)}`,
        }
      : null;
  }, [subject, catalogue, statements]);

  if (subject === undefined || view.phase !== 'ready')
    return <p className="muted js-only">Opening your learning record…</p>;
  if (!target) {
    return (
      <p>
        There is no certificate at this address. Certificates are made from a completed{' '}
        <a href="/paths/">learning path</a> or <a href="/courses/">course</a>.
      </p>
    );
  }

  const { items } = resolveRefs(catalogue.courses, target.refs);
  const progress = pathProgress(indexRecord(view.statements), items);
  const required = items.filter((item) => !item.ref.optional).flatMap((item) => item.steps);
  const finished = completedAt(view.statements, required);
  if (progress.status !== 'completed' || finished === null) {
    return (
      <div className="certificate-pending">
        <p>
          Your certificate for “{target.title}” will be here when you have completed it. So far:{' '}
          {stepsDoneText(progress.stepsDone, progress.stepsTotal)}.
        </p>
        <p>
          <a href={target.back}>Go back to “{target.title}”</a>
        </p>
      </div>
    );
  }

  const times = finishedAt(
    view.statements,
    items.flatMap((item) => item.steps),
  );
  const done = items.flatMap((item) => item.steps).filter((step) => times.has(step.id));
  const problem = name ? displayNameProblem(name) : null;
  const printedName = problem ? '' : (name?.trim() ?? '');
  const described = ['certificate-name-hint', problem ? 'certificate-name-error' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className="certificate-page">
      <div className="certificate-controls no-print">
        <div className="pmo-field">
          <label htmlFor="certificate-name">
            Your name, as it should appear on the certificate
          </label>
          <p className="pmo-hint" id="certificate-name-hint">
            {saving === 'not-saved'
              ? 'Your name could not be kept in your learning record, so you may need to type it again next time. The certificate still shows it.'
              : 'Kept in your learning record in this browser, so your next certificate has it too.'}
          </p>
          {problem && (
            <p className="pmo-error-message" id="certificate-name-error">
              <span className="visually-hidden">Error:</span> {problem}
            </p>
          )}
          <input
            id="certificate-name"
            type="text"
            autoComplete="name"
            value={name ?? ''}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => void keepName()}
            aria-describedby={described}
          />
        </div>
        {printedName ? (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => void keepName().finally(() => window.print())}
            >
              Print or save as PDF
            </button>
          </p>
        ) : (
          <p>Type your name above, and your certificate appears below, ready to print.</p>
        )}
      </div>
      {printedName && (
        <article className="certificate" aria-labelledby="certificate-title">
          <p className="certificate-kicker">Certificate of completion</p>
          <h2 id="certificate-title" className="certificate-name">
            {printedName}
          </h2>
          <p>has completed</p>
          <p className="certificate-subject">{target.title}</p>
          <p>on {day(finished)}</p>
          <h3>Activities completed</h3>
          <ol className="certificate-activities">
            {done.map((step) => (
              <li key={step.id}>
                {step.title}{' '}
                <span className="certificate-date">({day(times.get(step.id) ?? finished)})</span>
              </li>
            ))}
          </ol>
          <p className="certificate-note">
            Made from the learning record kept in this learner’s browser. It records completion of
            self-paced learning, not an assessment of competence.
          </p>
        </article>
      )}
    </div>
  );
}
