/**
 * "Start course" or "Continue: <next step>" for a course page. Before hydration (and without
 * JavaScript) it is a plain link to the first step, which is always right for a new learner.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { courseProgress, indexRecord, type CourseOutline } from '../../progress/projections';
import { getRecordView } from '../../progress/view';

export interface ContinueLinkProps {
  course: CourseOutline;
}

export default function ContinueLink({ course }: ContinueLinkProps) {
  const store = getRecordView();
  const view = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const statements = view.phase === 'ready' ? view.statements : null;
  const progress = useMemo(
    () => (statements ? courseProgress(indexRecord(statements), course) : null),
    [statements, course],
  );
  const first = course.modules.flatMap((module) => module.steps)[0];
  if (!first) return null;

  if (!progress || progress.status === 'not-started' || !progress.next) {
    const reviewing = progress?.status === 'completed';
    return (
      <p className="record-continue">
        {reviewing && (
          <span className="record-continue-done">You have completed this course. </span>
        )}
        <a className="record-continue-link" href={first.href}>
          {reviewing ? 'Review the course from the start' : 'Start course'}
        </a>
      </p>
    );
  }
  return (
    <p className="record-continue">
      <a className="record-continue-link" href={progress.next.href}>
        Continue: {progress.next.title}
      </a>
    </p>
  );
}
