/**
 * A course page's progress: "3 of 12 steps done", quiz results, and the status of every step.
 *
 * The step list itself is server-rendered by the page (it is navigation and must work without
 * JavaScript). This island fills in the status tags the page leaves for it:
 *   <strong data-step-status="<step id>"></strong>   → "Completed" / "In progress" / "Not started"
 *   <span data-step-detail="<step id>"></span>        → "Best score 80%, passed" (quizzes, scenarios)
 * Each tag also gets data-status="<status>" for styling; the status is always in the text, never in
 * colour alone. Before hydration the tags stay as the page rendered them (empty is best).
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { courseProgress, indexRecord, type CourseOutline } from '../../progress/projections';
import { getRecordView } from '../../progress/view';
import { endingsText, quizResultText, STATUS_TEXT, stepsDoneText } from '../../progress/wording';

export interface CourseProgressProps {
  course: CourseOutline;
}

export default function CourseProgress({ course }: CourseProgressProps) {
  const store = getRecordView();
  const view = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const statements = view.phase === 'ready' ? view.statements : null;
  const progress = useMemo(
    () => (statements ? courseProgress(indexRecord(statements), course) : null),
    [statements, course],
  );

  useEffect(() => {
    if (!progress) return;
    for (const { steps } of progress.modules) {
      for (const { step, status, quiz, endings } of steps) {
        const id = CSS.escape(step.id);
        for (const tag of document.querySelectorAll<HTMLElement>(`[data-step-status="${id}"]`)) {
          tag.textContent = STATUS_TEXT[status];
          tag.dataset['status'] = status;
        }
        const detail = (quiz && quizResultText(quiz)) ?? (endings && endingsText(endings)) ?? '';
        for (const tag of document.querySelectorAll<HTMLElement>(`[data-step-detail="${id}"]`)) {
          tag.textContent = detail;
        }
      }
    }
  }, [progress]);

  if (!progress || !progress.total) return null;

  const quizzes = progress.modules
    .flatMap((module) => module.steps)
    .flatMap(({ step, quiz }) => {
      const text = quiz && quizResultText(quiz);
      return text ? [{ step, text }] : [];
    });

  return (
    <div className="record-course-progress">
      <p className="record-course-progress-summary">
        <strong className={`record-tag record-tag--${progress.status}`}>
          {STATUS_TEXT[progress.status]}
        </strong>{' '}
        {stepsDoneText(progress.done, progress.total)}
      </p>
      {quizzes.length > 0 && (
        <ul className="record-course-progress-quizzes">
          {quizzes.map(({ step, text }) => (
            <li key={step.id}>
              <a href={step.href}>{step.title}</a>: {text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
