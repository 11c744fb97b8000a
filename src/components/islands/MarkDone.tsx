/**
 * The end of a lesson: "Mark as done", or the lesson's done status.
 *
 * One rule for lessons: scrolling to the end of the page and staying there (1.5 s) records
 * 'experienced'; pressing the button records 'completed'; either makes the lesson done (see
 * projections.ts). The end of the page is the element with id "lesson-end" if the page has one, or this
 * island. A lesson short enough to need no scrolling is only marked by the button, so opening a page
 * never marks it on its own; and while the button is hovered or focused the learner is about to press
 * it, so it is left for them.
 * Statements are append-only, so there is no "mark as not done".
 * Before hydration, and without JavaScript, it renders nothing: a button that cannot work would mislead.
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { StatementDraft, Verb } from '../../progress/api';
import { indexRecord, stepStatus } from '../../progress/projections';
import { getRecordView } from '../../progress/view';

/**
 * How long the end of the lesson must stay in view before it counts as read: long enough not to fire
 * while flicking past, or while the learner moves to press the button themselves.
 */
const READ_TO_END_DWELL_MS = 1500;

export interface MarkDoneProps {
  courseId: string;
  courseTitle: string;
  moduleId: string;
  lesson: { id: string; title: string };
  /** The lesson's content revision (from the course tree). */
  revision: string;
}

export default function MarkDone({
  courseId,
  courseTitle,
  moduleId,
  lesson,
  revision,
}: MarkDoneProps) {
  const store = getRecordView();
  const view = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const statements = view.phase === 'ready' ? view.statements : null;
  const done = useMemo(
    () =>
      statements
        ? stepStatus(indexRecord(statements), { kind: 'lesson', id: lesson.id }) === 'completed'
        : false,
    [statements, lesson.id],
  );
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const recording = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  /** Whether to move focus to "Completed" when it replaces the button (the button had focus). */
  const focusDone = useRef(false);

  const record = view.phase === 'ready' ? view.record : null;

  async function mark(verb: Verb): Promise<boolean> {
    if (!record || recording.current) return false;
    recording.current = true;
    // Tabbing to the button scrolls to the end and marks the lesson read: focus must not be lost.
    focusDone.current = document.activeElement === buttonRef.current;
    const draft: StatementDraft = {
      verb,
      activity: { kind: 'lesson', id: lesson.id, title: lesson.title },
      context: {
        revision,
        parent: { kind: 'module', id: moduleId, title: '' },
        course: { kind: 'course', id: courseId, title: courseTitle },
      },
    };
    const outcome = await record.record(draft);
    recording.current = false;
    if (!outcome.saved && outcome.reason === 'error') focusDone.current = false;
    if (outcome.saved) {
      setMessage(
        verb === 'completed'
          ? 'Lesson marked as done.'
          : 'You reached the end: lesson marked as done.',
      );
    } else if (outcome.reason === 'error') {
      setMessage('Sorry, this lesson could not be marked as done. Try again.');
      return false;
    } else {
      setMessage(
        'Lesson marked as done for now. It will be lost when you close this tab: see the message at the top of the page.',
      );
    }
    return true;
  }

  const onReachedEnd = useEffectEvent(() => {
    // A learner on their way to press the button will press it: do not pull it from under them.
    if (buttonRef.current?.matches(':hover, :focus')) return false;
    void mark('experienced');
    return true;
  });

  // Staying at the end of the page, having scrolled there, marks the lesson as read.
  useEffect(() => {
    if (!record || done || typeof IntersectionObserver === 'undefined') return;
    const end = document.getElementById('lesson-end') ?? rootRef.current;
    if (!end) return;
    let visible = false;
    let scrolled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      if (!visible || !scrolled) return;
      timer = setTimeout(() => {
        if (onReachedEnd()) cleanup();
      }, READ_TO_END_DWELL_MS);
    };
    const onScroll = () => {
      if (scrolled) return;
      scrolled = true;
      check();
    };
    const observer = new IntersectionObserver((entries) => {
      visible = entries.some((entry) => entry.isIntersecting);
      check();
    });
    function cleanup() {
      clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    }
    observer.observe(end);
    window.addEventListener('scroll', onScroll, { passive: true });
    return cleanup;
  }, [record, done]);

  // The button disappears once the lesson is done: keep keyboard focus where the learner was.
  useEffect(() => {
    if (done && focusDone.current) {
      focusDone.current = false;
      doneRef.current?.focus();
    }
  }, [done]);

  if (view.phase !== 'ready') return null;

  async function onPress() {
    setBusy(true);
    await mark('completed');
    setBusy(false);
  }

  return (
    <div className="record-markdone" ref={rootRef}>
      {done ? (
        <p className="record-markdone-done" ref={doneRef} tabIndex={-1}>
          <strong className="record-tag record-tag--completed">Completed</strong> You have finished
          this lesson.
        </p>
      ) : (
        <button
          type="button"
          ref={buttonRef}
          className="record-button"
          onClick={() => void onPress()}
          disabled={busy}
        >
          Mark as done
        </button>
      )}
      <p className="record-markdone-message" role="status">
        {message}
      </p>
      {!view.storage.saving && (
        <p className="record-notice">
          Your progress is not being saved in this browser, only kept until you close this tab.
        </p>
      )}
    </div>
  );
}
