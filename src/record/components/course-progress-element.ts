/**
 * <sideline-course-progress>: a course page's "Start course" / "Continue: <next step>" link, its
 * progress ("In progress: 3 of 12 steps done", quiz results), and the status of every step.
 *
 * A custom element rather than React islands, so a course page carries no framework runtime.
 * CourseProgress.astro renders the link to the first step (right for a new learner, and all there is
 * without JavaScript) and the progress summary, hidden. The step list is the page's own navigation;
 * this element fills in the status tags the page leaves for it:
 *   <strong data-step-status="<step id>"></strong>   → "Completed" / "In progress" / "Not started"
 *   <span data-step-detail="<step id>"></span>        → "Best score 80%, passed" (quizzes, scenarios, practice)
 *   <span data-module-status="<module id>"></span>    → " · 3 of 5 done", after the module's length
 * Each tag also gets data-status="<status>" for styling; the status is always in the text, never in
 * colour alone.
 */
import type { CourseProgress, RecordIndex } from '../projections';
import { CourseRecordElement } from './course-record-element';
import {
  endingsText,
  moduleDoneText,
  practiceResultText,
  quizResultText,
  STATUS_TEXT,
  stepsDoneText,
} from '../wording';
import { practiceResult } from '../practice-progress';

class CourseProgressElement extends CourseRecordElement {
  protected showProgress(progress: CourseProgress, index: RecordIndex) {
    this.showContinue(progress);
    this.showSummary(progress);
    this.showStepTags(progress, index);
  }

  private showContinue(progress: CourseProgress) {
    const link = this.findPart<HTMLAnchorElement>('continue');
    const first = progress.course.modules.flatMap((module) => module.steps)[0];
    if (!first) return;
    const resuming = progress.status !== 'not-started' && progress.next;
    const reviewing = progress.status === 'completed' && !progress.next;
    this.findPart('done-note').hidden = !reviewing;
    link.href = resuming ? progress.next!.href : first.href;
    link.textContent = resuming
      ? `Continue: ${progress.next!.title}`
      : reviewing
        ? 'Review the course from the start'
        : 'Start course';
  }

  private showSummary(progress: CourseProgress) {
    const summary = this.findPart('progress');
    summary.hidden = !progress.total;
    summary.removeAttribute('data-pending');
    const tag = this.findPart('status');
    tag.textContent = STATUS_TEXT[progress.status];
    tag.className = `record-tag record-tag--${progress.status}`;
    this.findPart('steps-done').textContent = stepsDoneText(progress.done, progress.total);

    const list = this.findPart('quizzes');
    const items = progress.modules
      .flatMap((module) => module.steps)
      .flatMap(({ step, quiz }) => {
        const text = quiz && quizResultText(quiz);
        if (!text) return [];
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = step.href;
        link.textContent = step.title;
        item.append(link, `: ${text}`);
        return [item];
      });
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
  }

  private showStepTags(progress: CourseProgress, index: RecordIndex) {
    for (const { module, done, total, steps } of progress.modules) {
      const count = this.ownerDocument.querySelector<HTMLElement>(
        `[data-module-status="${CSS.escape(module.id)}"]`,
      );
      if (count) count.textContent = ` · ${moduleDoneText(done, total)}`;
      for (const { step, status, quiz, endings } of steps) {
        const id = CSS.escape(step.id);
        for (const tag of document.querySelectorAll<HTMLElement>(`[data-step-status="${id}"]`)) {
          tag.textContent = STATUS_TEXT[status];
          tag.dataset['status'] = status;
        }
        const practice = step.kind === 'practice' ? practiceResult(index, step.id) : undefined;
        const detail =
          (quiz && quizResultText(quiz)) ??
          (endings && endingsText(endings)) ??
          (practice && practiceResultText(practice)) ??
          '';
        for (const tag of document.querySelectorAll<HTMLElement>(`[data-step-detail="${id}"]`)) {
          tag.textContent = detail;
        }
      }
    }
  }
}

if (!customElements.get('sideline-course-progress')) {
  customElements.define('sideline-course-progress', CourseProgressElement);
}
