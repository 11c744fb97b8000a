/**
 * <sideline-mark-done>: the end of a lesson, "Mark as done" or the lesson's done status.
 *
 * A custom element rather than a React island: it is on every lesson page, and a lesson page should
 * ship as little JavaScript as it can (no framework runtime for one button). MarkDone.astro renders
 * the markup, hidden; this element shows it once the learning record is known, so without JavaScript
 * nothing appears (a button that cannot work would mislead).
 *
 * One rule for lessons: scrolling to the end of the page and staying there (1.5 s) records
 * 'experienced'; pressing the button records 'completed'; either makes the lesson done (see
 * projections.ts). The end of the page is the element with id "lesson-end" if the page has one, or this
 * element. A lesson short enough to need no scrolling is only marked by the button, so opening a page
 * never marks it on its own; and while the button is hovered or focused the learner is about to press
 * it, so it is left for them. Statements are append-only, so there is no "mark as not done".
 */
import type { LearningRecord } from '../api';
import { lessonStatement } from '../lesson-statement';
import { indexRecord, stepStatus } from '../projections';
import type { RecordView } from '../view';
import { RecordElement } from './record-element';

/**
 * How long the end of the lesson must stay in view before it counts as read: long enough not to fire
 * while flicking past, or while the learner moves to press the button themselves.
 */
const READ_TO_END_DWELL_MS = 1500;

const MESSAGES = {
  completed: 'Lesson marked as done.',
  experienced: 'You reached the end: lesson marked as done.',
  failed: 'Sorry, this lesson could not be marked as done. Try again.',
  notKept:
    'Lesson marked as done for now. It will be lost when you close this tab: see the message at the top of the page.',
};

class MarkDoneElement extends RecordElement {
  private stopWatchingEnd: (() => void) | null = null;
  private record: LearningRecord | null = null;
  private done = false;
  private recording = false;
  /** Set when the button had focus as it was pressed: disabling it while saving may move focus away. */
  private focusDoneNext = false;

  override connectedCallback() {
    // A property, not addEventListener: connecting the element again must not add a second handler.
    this.findPart('button').onclick = () => void this.press();
    super.connectedCallback();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopWatchingEnd?.();
    this.stopWatchingEnd = null;
  }

  private get lessonId(): string {
    return this.dataset.lessonId ?? '';
  }

  protected show(view: RecordView) {
    if (view.phase !== 'ready') return;
    this.record = view.record;
    const done =
      stepStatus(indexRecord(view.statements), { kind: 'lesson', id: this.lessonId }) ===
      'completed';
    const button = this.findPart<HTMLButtonElement>('button');
    const doneNote = this.findPart('done');
    // The button disappears once the lesson is done: keep keyboard focus where the learner was.
    const buttonHadFocus = document.activeElement === button || this.focusDoneNext;
    button.hidden = done;
    doneNote.hidden = !done;
    if (done && buttonHadFocus) {
      this.focusDoneNext = false;
      doneNote.focus();
    }
    this.findPart('not-saving').hidden = view.storage.saving;
    this.findPart('content').hidden = false;
    if (done !== this.done || !this.stopWatchingEnd) {
      this.done = done;
      this.stopWatchingEnd?.();
      this.stopWatchingEnd = done ? () => undefined : this.watchForReadToEnd();
    }
  }

  private async press() {
    const button = this.findPart<HTMLButtonElement>('button');
    this.focusDoneNext = document.activeElement === button;
    button.disabled = true;
    await this.mark('completed');
    button.disabled = false;
  }

  private async mark(verb: 'experienced' | 'completed'): Promise<void> {
    if (!this.record || this.recording) return;
    this.recording = true;
    const draft = lessonStatement(verb, {
      lessonId: this.lessonId,
      lessonTitle: this.dataset.lessonTitle ?? '',
      moduleId: this.dataset.moduleId ?? '',
      courseId: this.dataset.courseId ?? '',
      courseTitle: this.dataset.courseTitle ?? '',
      revision: this.dataset.revision ?? '',
    });
    const outcome = await this.record.record(draft);
    this.recording = false;
    if (!outcome.saved && outcome.reason === 'error') this.focusDoneNext = false;
    this.findPart('message').textContent = outcome.saved
      ? MESSAGES[verb === 'completed' ? 'completed' : 'experienced']
      : outcome.reason === 'error'
        ? MESSAGES.failed
        : MESSAGES.notKept;
  }

  /** Staying at the end of the page, having scrolled there, marks the lesson as read. */
  private watchForReadToEnd(): () => void {
    if (typeof IntersectionObserver === 'undefined') return () => undefined;
    const end = document.getElementById('lesson-end') ?? this;
    const button = this.findPart('button');
    let visible = false;
    let scrolled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      if (!visible || !scrolled) return;
      timer = setTimeout(() => {
        // A learner on their way to press the button will press it: do not pull it from under them.
        if (button.matches(':hover, :focus')) return;
        cleanup();
        void this.mark('experienced');
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
  }
}

if (!customElements.get('sideline-mark-done')) {
  customElements.define('sideline-mark-done', MarkDoneElement);
}
