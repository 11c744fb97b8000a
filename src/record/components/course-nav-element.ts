/**
 * <sideline-course-nav>: fills the state of every step into a step page's course navigation, after
 * first paint and live as the record changes (finishing a quiz updates the list at once).
 *
 * CourseNav.astro renders the list with room already kept for each state, so nothing moves when it is
 * filled in; without JavaScript or storage the list simply shows no state. Only the current module's
 * steps are in the list (other modules are one row each), so steps it does not find are skipped; their
 * state still counts towards their module's and the course's numbers. This element sets:
 *   [data-nav-step="<id>"]        data-state="done" | "passed" | … (the icon, by CSS)
 *   [data-nav-step-text="<id>"]   " (done)" inside the link, so its accessible name says it
 *   [data-nav-module="<id>"]      "3 of 5 done" in the module's summary
 *   [data-nav-course]             "4 of 18 steps done", and the bar's value
 * and, once the current step is done, marks the page's "Next" link as the primary action.
 */
import type { CourseProgress, CourseShape } from '../projections';
import { CourseRecordElement } from './course-record-element';
import { moduleDoneText, navStepState, stepsDoneText } from '../wording';

class CourseNavElement extends CourseRecordElement<CourseShape> {
  protected showProgress(progress: CourseProgress<CourseShape>) {
    const find = (selector: string) => this.querySelector<HTMLElement>(selector);

    for (const module of progress.modules) {
      const count = find(`[data-nav-module="${CSS.escape(module.module.id)}"]`);
      if (count) count.textContent = moduleDoneText(module.done, module.total);
      for (const step of module.steps) {
        const id = CSS.escape(step.step.id);
        const { state, text } = navStepState(step);
        const item = find(`[data-nav-step="${id}"]`);
        if (item) item.dataset['state'] = state;
        const words = find(`[data-nav-step-text="${id}"]`);
        if (words) words.textContent = ` (${text})`;
        if (step.step.id === this.dataset['current']) this.markNext(step.status === 'completed');
      }
    }
    const summary = find('[data-nav-course]');
    if (summary) summary.textContent = stepsDoneText(progress.done, progress.total);
    const bar = this.querySelector<HTMLProgressElement>('progress[data-nav-course-bar]');
    if (bar) {
      bar.max = Math.max(progress.total, 1);
      bar.value = progress.done;
    }
  }

  /** The page's own "Next" link (PrevNext.astro) becomes the primary action once this step is done. */
  private markNext(done: boolean) {
    document.querySelector('[data-next-step]')?.classList.toggle('prev-next__next--primary', done);
  }
}

if (!customElements.get('sideline-course-nav')) {
  customElements.define('sideline-course-nav', CourseNavElement);
}
