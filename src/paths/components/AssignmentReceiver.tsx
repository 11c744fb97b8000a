/**
 * The page an assignment link opens (/assignment/#a=…), and the page of an assignment already added
 * (/assignment/?id=…). It shows what was assigned, by whom, their message and the due date, all as
 * text, and "Add to my learning" records it once: opening the same link again finds it and adds
 * nothing. A bad link shows a plain message and changes nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { getLearningRecord } from '../../record/open';
import { indexRecord, type CourseOutline } from '../../record/projections';
import { decodeAssignment, type DecodedLink } from '../assignments/link';
import { dueDateFor, localDate, type Assignment } from '../assignments/model';
import { assignmentStatement, assignmentsIn, type StoredAssignment } from '../assignments/record';
import { assignmentProgress, formatDay, STATUS_LABEL } from '../progress';
import type { PathCatalogue } from '../steps';
import { HelpNotes, PathTaskList, progressText, useRecordView } from './PathProgress';
import { countOf } from '../../site/counts';

export interface AssignmentReceiverProps {
  catalogue: PathCatalogue;
}

type Opened =
  | { kind: 'loading' }
  | { kind: 'link'; decoded: DecodedLink }
  | { kind: 'stored'; id: string }
  | { kind: 'nothing' };

function readLocation(catalogue: PathCatalogue): Opened {
  const { hash, search } = window.location;
  if (hash.length > 1) return { kind: 'link', decoded: decodeAssignment(hash, catalogue) };
  const id = new URLSearchParams(search).get('id');
  return id ? { kind: 'stored', id } : { kind: 'nothing' };
}

export default function AssignmentReceiver({ catalogue }: AssignmentReceiverProps) {
  const [opened, setOpened] = useState<Opened>({ kind: 'loading' });
  useEffect(() => {
    const read = () => setOpened(readLocation(catalogue));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [catalogue]);

  switch (opened.kind) {
    case 'loading':
      return <p className="muted">Opening the assignment…</p>;
    case 'nothing':
      return (
        <p>
          This page opens assignment links from your PMO. You can see what is assigned to you on{' '}
          <a href="/paths/">Learning paths</a>.
        </p>
      );
    case 'stored':
      return <StoredView id={opened.id} courses={catalogue.courses} />;
    case 'link':
      return opened.decoded.ok ? (
        <LinkView assignment={opened.decoded.assignment} courses={catalogue.courses} />
      ) : (
        <div className="assignment-problem" role="alert">
          <h2>This assignment link cannot be opened</h2>
          <p>{opened.decoded.message}</p>
          <p>
            <a href="/paths/">See learning paths</a>
          </p>
        </div>
      );
  }
}

function AssignmentDetails({ assignment, due }: { assignment: Assignment; due: string }) {
  return (
    <dl className="summary-list assignment-details">
      <dt>Assigned by</dt>
      <dd>
        {assignment.assignedBy}
        {assignment.team ? `, ${assignment.team}` : ''}
      </dd>
      <dt>Assigned on</dt>
      <dd>{formatDay(assignment.assignedOn)}</dd>
      <dt>Due</dt>
      <dd>{due}</dd>
      {assignment.message && (
        <>
          <dt>Message</dt>
          <dd className="assignment-message">{assignment.message}</dd>
        </>
      )}
    </dl>
  );
}

function dueForLink(assignment: Assignment, today: string): string {
  switch (assignment.due.kind) {
    case 'none':
      return 'No due date';
    case 'date':
      return formatDay(assignment.due.date);
    case 'within':
      return `Within ${countOf(assignment.due.days, 'day')} of adding it: ${formatDay(dueDateFor(assignment.due, today) ?? today)} if you add it today`;
  }
}

function LinkView({
  assignment,
  courses,
}: {
  assignment: Assignment;
  courses: readonly CourseOutline[];
}) {
  const view = useRecordView();
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<'added' | 'kept-for-session' | 'failed' | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const statements = view.phase === 'ready' ? view.statements : null;
  const existing = useMemo(
    () =>
      statements
        ? assignmentsIn(statements).find((stored) => stored.id === assignment.id)
        : undefined,
    [statements, assignment.id],
  );
  const today = localDate(new Date());
  const preview: StoredAssignment = existing ?? {
    ...assignment,
    addedAt: new Date().toISOString(),
    dueDate: dueDateFor(assignment.due, today),
  };
  const index = useMemo(() => indexRecord(statements ?? []), [statements]);
  const progress = assignmentProgress(index, preview, courses, new Date());

  useEffect(() => {
    if (outcome) confirmation.current?.focus();
  }, [outcome]);

  async function add() {
    setSaving(true);
    try {
      const record = await getLearningRecord();
      // Read again just before writing: another tab may have added it a moment ago.
      if (assignmentsIn(await record.statements()).some((stored) => stored.id === assignment.id)) {
        setOutcome('added');
        return;
      }
      const result = await record.record(assignmentStatement(assignment, new Date()));
      setOutcome(
        result.saved ? 'added' : result.reason === 'error' ? 'failed' : 'kept-for-session',
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="assignment">
      <p className="assignment-kicker">You have been assigned</p>
      <h2 className="assignment-title">{assignment.title}</h2>
      <AssignmentDetails
        assignment={assignment}
        due={
          existing
            ? existing.dueDate
              ? formatDay(existing.dueDate)
              : 'No due date'
            : dueForLink(assignment, today)
        }
      />
      {outcome && (
        <div className="assignment-banner" role="status" tabIndex={-1} ref={confirmation}>
          {outcome === 'added' && (
            <p>
              Added to your learning. You will find it on <a href="/paths/">Learning paths</a>, with
              its due date and your progress.
            </p>
          )}
          {outcome === 'kept-for-session' && (
            <p>
              Added for now, but this browser is not keeping your progress, so it will be gone when
              you close the browser. See <a href="/my-learning/">My learning</a> for how to fix
              this.
            </p>
          )}
          {outcome === 'failed' && (
            <p>Sorry, this could not be added. Reload the page and try again.</p>
          )}
        </div>
      )}
      {!outcome && existing && (
        <p className="assignment-already" role="status">
          This is already in your learning: you added it on{' '}
          {formatDay(localDate(new Date(existing.addedAt)))}.
        </p>
      )}
      {!outcome && !existing && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => void add()}
            disabled={saving || view.phase !== 'ready'}
          >
            Add to my learning
          </button>
        </p>
      )}
      <h3>What is in it</h3>
      <PathTaskList progress={progress.progress} idPrefix={`assignment-${assignment.id}`} />
    </div>
  );
}

function StoredView({ id, courses }: { id: string; courses: readonly CourseOutline[] }) {
  const view = useRecordView();
  const statements = view.phase === 'ready' ? view.statements : null;
  const index = useMemo(() => indexRecord(statements ?? []), [statements]);
  if (!statements) return <p className="muted">Opening the assignment…</p>;
  const assignment = assignmentsIn(statements).find((stored) => stored.id === id);
  if (!assignment) {
    return (
      <p>
        This assignment is not in your learning in this browser. Open the link your PMO sent you, or
        see <a href="/paths/">Learning paths</a>.
      </p>
    );
  }
  const progress = assignmentProgress(index, assignment, courses, new Date());
  const share = `/paths/share/?assignment=${encodeURIComponent(assignment.id)}`;
  return (
    <div className="assignment">
      <h2 className="assignment-title">{assignment.title}</h2>
      <AssignmentDetails
        assignment={assignment}
        due={`${assignment.dueDate ? formatDay(assignment.dueDate) : 'No due date'}${progress.overdue ? ' (overdue)' : ''}`}
      />
      <p className="path-progress__summary">
        {STATUS_LABEL[progress.progress.status]}: {progressText(progress.progress)}.
      </p>
      <HelpNotes view={progress} />
      <ul className="assignment-actions">
        {progress.progress.next && (
          <li>
            <a className="button" href={progress.progress.next.href}>
              Continue: {progress.progress.next.title}
            </a>
          </li>
        )}
        {progress.progress.status === 'completed' && (
          <li>
            <a
              className="button"
              href={`/certificate/?assignment=${encodeURIComponent(assignment.id)}`}
            >
              Get your certificate
            </a>
          </li>
        )}
        <li>
          <a className="button button--secondary" href={share}>
            Share my progress with {assignment.assignedBy}
          </a>
        </li>
      </ul>
      <PathTaskList progress={progress.progress} idPrefix={`assignment-${assignment.id}`} />
    </div>
  );
}
