/**
 * Learning paths with the learner's progress: a path's task list (GOV.UK task list pattern: each
 * status in words, tied to its link by aria-describedby) and the list of assignments the learner has
 * added. Progress and "may need help" come from src/paths/progress.ts, the same functions the
 * PMO's insights page uses, so both say the same thing. Until the record opens, statuses read
 * "Not started" as the page was built.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { indexRecord, type CourseOutline, type Status } from '../../record/projections';
import { getRecordView, type RecordView } from '../../record/view';
import { assignmentsIn } from '../assignments/record';
import {
  assignmentProgress,
  formatDay,
  helpText,
  pathProgress,
  STATUS_LABEL,
  STUCK_AFTER_DAYS,
  byWhatIsDueFirst,
  type AssignmentProgress,
  type PathProgress as Progress,
} from '../progress';
import { resolveRefs, type PathSummary } from '../steps';
import { countOf } from '../../site/counts';
import { stepsDoneText } from '../../record/wording';

export function useRecordView(): RecordView {
  const store = getRecordView();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}

const TAG_CLASS: Record<Status, string> = {
  'not-started': 'tag',
  'in-progress': 'tag tag--progress',
  completed: 'tag tag--done',
};

export function StatusTag({ status, id }: { status: Status; id?: string }) {
  return (
    <span className={TAG_CLASS[status]} id={id}>
      {STATUS_LABEL[status]}
    </span>
  );
}

/** The path's items as a task list. `idPrefix` keeps ids unique when two lists share a page. */
export function PathTaskList({ progress, idPrefix }: { progress: Progress; idPrefix: string }) {
  return (
    <ul className="task-list path-task-list">
      {progress.items.map(({ item, status, done, total }) => {
        const key = `${idPrefix}-${item.ref.kind}-${item.ref.id}`;
        return (
          <li className="task-list__item" key={key}>
            <span className="task-list__name">
              <a href={item.href} aria-describedby={`${key}-hint ${key}-status`}>
                {item.title}
              </a>
              <span className="task-list__hint" id={`${key}-hint`}>
                {item.label}
                {total > 1 ? ` · ${stepsDoneText(done, total)}` : ''}
                {item.ref.optional ? ' · Optional' : ''}
              </span>
            </span>
            <StatusTag status={status} id={`${key}-status`} />
          </li>
        );
      })}
    </ul>
  );
}

export function HelpNotes({ view }: { view: AssignmentProgress }) {
  if (!view.help.length) return null;
  return (
    <div className="path-help" role="note" aria-label="Things to look at">
      <p className="path-help__title">Things to look at</p>
      <ul>
        {view.help.map((reason) => (
          <li key={reason.kind + (reason.kind === 'failed-quiz' ? reason.quiz.id : '')}>
            {helpText(reason)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function progressText(progress: Progress): string {
  return stepsDoneText(progress.stepsDone, progress.stepsTotal);
}

export interface PathProgressProps {
  courses: readonly CourseOutline[];
  /** A path page: its task list. Without it: the learner's assignments. */
  path?: PathSummary;
}

export { progressText };

export default function PathProgress({ courses, path }: PathProgressProps) {
  const view = useRecordView();
  const statements = view.phase === 'ready' ? view.statements : null;
  const index = useMemo(() => indexRecord(statements ?? []), [statements]);
  if (path)
    return <NamedPath courses={courses} path={path} index={index} ready={view.phase === 'ready'} />;
  if (view.phase !== 'ready')
    return <p className="muted js-only">Looking for assignments in this browser…</p>;
  return <AssignedList courses={courses} index={index} statements={view.statements} />;
}

function NamedPath({
  courses,
  path,
  index,
  ready,
}: {
  courses: readonly CourseOutline[];
  path: PathSummary;
  index: ReturnType<typeof indexRecord>;
  ready: boolean;
}) {
  const { items } = useMemo(() => resolveRefs(courses, path.refs), [courses, path]);
  const progress = pathProgress(index, items);
  return (
    <div className="path-progress">
      <p className="path-progress__summary" aria-live="polite">
        {ready
          ? `${STATUS_LABEL[progress.status]}: ${progressText(progress)}.`
          : `${countOf(progress.stepsTotal, 'step')}.`}
      </p>
      {ready && progress.next && progress.status === 'in-progress' && (
        <p>
          <a className="button" href={progress.next.href}>
            Continue: {progress.next.title}
          </a>
        </p>
      )}
      {ready && progress.status === 'completed' && (
        <p>
          <a className="button" href={`/certificate/?path=${encodeURIComponent(path.id)}`}>
            Get your certificate
          </a>
        </p>
      )}
      <PathTaskList progress={progress} idPrefix={`path-${path.id}`} />
    </div>
  );
}

function AssignedList({
  courses,
  index,
  statements,
}: {
  courses: readonly CourseOutline[];
  index: ReturnType<typeof indexRecord>;
  statements: Extract<RecordView, { phase: 'ready' }>['statements'];
}) {
  const now = new Date();
  const views = byWhatIsDueFirst(
    assignmentsIn(statements).map((assignment) =>
      assignmentProgress(index, assignment, courses, now),
    ),
  );
  if (!views.length) {
    return (
      <p>
        Nothing has been assigned to you in this browser. When your PMO sends you an assignment
        link, open it and choose “Add to my learning”.
      </p>
    );
  }
  return (
    <ul className="task-list path-assigned">
      {views.map((entry) => {
        const { assignment, progress } = entry;
        const key = `assigned-${assignment.id}`;
        return (
          <li className="task-list__item" key={assignment.id}>
            <span className="task-list__name">
              <a
                href={`/assignment/?id=${encodeURIComponent(assignment.id)}`}
                aria-describedby={`${key}-hint ${key}-status`}
              >
                {assignment.title}
              </a>
              <span className="task-list__hint" id={`${key}-hint`}>
                From {assignment.assignedBy}
                {assignment.team ? `, ${assignment.team}` : ''} · {progressText(progress)} ·{' '}
                {assignment.dueDate ? `due ${formatDay(assignment.dueDate)}` : 'no due date'}
                {entry.overdue ? ' · Overdue' : ''}
              </span>
              {entry.help.length > 0 && (
                <span className="task-list__hint path-assigned__help">
                  {entry.help.map(helpText).join(' ')}
                </span>
              )}
              <NextAction entry={entry} />
            </span>
            <StatusTag status={progress.status} id={`${key}-status`} />
          </li>
        );
      })}
    </ul>
  );
}

/** Each assignment's one next action: where to continue, or the certificate once it is done. */
function NextAction({ entry }: { entry: AssignmentProgress }) {
  const { assignment, progress } = entry;
  if (progress.status === 'completed') {
    return (
      <a
        className="path-assigned__action"
        href={`/certificate/?assignment=${encodeURIComponent(assignment.id)}`}
      >
        Get your certificate<span className="visually-hidden"> for {assignment.title}</span>
      </a>
    );
  }
  if (!progress.next) return null;
  return (
    <a className="path-assigned__action" href={progress.next.href}>
      {progress.status === 'not-started' ? 'Start' : 'Continue'}
      {/* Read as "Continue <assignment>: <step>"; the colon is inside the hidden words because
          browsers put a space before a visually hidden span. */}
      <span className="visually-hidden"> {assignment.title}:</span>
      <span aria-hidden="true">:</span> {progress.next.title}
    </a>
  );
}

export { STUCK_AFTER_DAYS };
