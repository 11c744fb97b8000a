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
 * it, so it is left for them. That watch (read-to-end.ts) starts with the page; this module loads
 * later (load-when-needed.ts) and records a read that happened before it arrived.
 *
 * "Mark as not done" records 'reopened'. Statements are append-only (a 'completed' can be neither
 * edited nor deleted, and voiding is for statements made in error), so the undo is a statement of its
 * own and the latest mark wins (xapi/lesson-marks.ts). The smallest honest design: one verb
 * of our own, read by the two places that decide "done" (projections.ts, paths/completion.ts); every
 * other reader passes it by. Once a learner has said "not done", reading to the end no longer marks
 * the lesson on its own: only the button does, so the site never overrules them.
 *
 * One message at a time: the done note when the lesson is done (with the button's words, or saying it
 * was read to the end), "marked as not done" after an undo, or what went wrong. Progress that is not
 * being saved has its own notice, so it is not said again here.
 */
import type { LearningRecord } from '../api';
import { lessonStatement } from '../lesson-statement';
import { indexRecord, stepStatus } from '../projections';
import type { RecordView } from '../view';
import { readToEnd } from './read-to-end';
import { RecordElement } from './record-element';

const DONE_TEXT = {
  completed: 'You have finished this lesson.',
  experienced: 'You read to the end, so you have finished this lesson.',
};

const MESSAGES = {
  reopened: 'Lesson marked as not done.',
  failed: {
    completed: 'Sorry, this lesson could not be marked as done. Nothing was changed. Try again.',
    experienced: 'Sorry, this lesson could not be marked as done. Nothing was changed. Try again.',
    reopened: 'Sorry, this lesson could not be marked as not done. Nothing was changed. Try again.',
  },
};

type LessonVerb = 'experienced' | 'completed' | 'reopened';

class MarkDoneElement extends RecordElement {
  private stopWatchingEnd: (() => void) | null = null;
  private record: LearningRecord | null = null;
  private done = false;
  private recording = false;
  /**
   * Where focus goes once the record shows the change, set when a button had focus as it was pressed
   * (it disappears, and disabling it while saving may already move focus away).
   */
  private focusNext: 'done' | 'button' | null = null;

  override connectedCallback() {
    // Properties, not addEventListener: connecting the element again must not add a second handler.
    this.findPart('button').onclick = () => void this.press('button', 'completed');
    this.findPart('undo').onclick = () => void this.press('undo', 'reopened');
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
    const index = indexRecord(view.statements);
    const done = stepStatus(index, { kind: 'lesson', id: this.lessonId }) === 'completed';
    const button = this.findPart<HTMLButtonElement>('button');
    const undo = this.findPart<HTMLButtonElement>('undo');
    const doneNote = this.findPart('done');
    button.hidden = done;
    undo.hidden = !done;
    doneNote.hidden = !done;
    // The pressed button disappears: keep keyboard focus where the learner was.
    if (this.focusNext === (done ? 'done' : 'button')) {
      (done ? doneNote : button).focus();
      this.focusNext = null;
    }
    this.findPart('not-saving').hidden = view.storage.saving;
    this.findPart('content').hidden = false;
    if (done !== this.done || !this.stopWatchingEnd) {
      this.done = done;
      this.stopWatchingEnd?.();
      const reopened = index.activities.get(this.lessonId)?.verbs.has('reopened') ?? false;
      const leftToTheLearner = done || reopened;
      this.stopWatchingEnd = leftToTheLearner
        ? () => undefined
        : readToEnd(this).onRead(() => void this.mark('experienced'));
    }
  }

  private async press(part: 'button' | 'undo', verb: 'completed' | 'reopened') {
    const pressed = this.findPart<HTMLButtonElement>(part);
    this.focusNext =
      document.activeElement === pressed ? (part === 'button' ? 'done' : 'button') : null;
    pressed.disabled = true;
    await this.mark(verb);
    pressed.disabled = false;
  }

  private async mark(verb: LessonVerb): Promise<void> {
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
    // Not saved for want of storage, the mark is still kept for this tab (and the notice says so).
    const failed = !outcome.saved && outcome.reason === 'error';
    if (failed) this.focusNext = null;
    if (!failed && verb !== 'reopened') this.findPart('done-text').textContent = DONE_TEXT[verb];
    this.findPart('message').textContent = failed
      ? MESSAGES.failed[verb]
      : verb === 'reopened'
        ? MESSAGES.reopened
        : '';
  }
}

if (!customElements.get('sideline-mark-done')) {
  customElements.define('sideline-mark-done', MarkDoneElement);
}
