/**
 * What the course elements share (the course page's progress, a step page's navigation): the course
 * outline the page rendered into data-course, and the learner's progress on it, worked out once per
 * change to the record. The course page sends the whole outline (it shows every step's title); a step
 * page's navigation sends only ids and kinds (CourseShape), which is all progress needs.
 */
import {
  courseProgress,
  indexRecord,
  type CourseOutline,
  type CourseProgress,
  type CourseShape,
  type RecordIndex,
} from '../projections';
import type { RecordView } from '../view';
import { RecordElement } from './record-element';

export abstract class CourseRecordElement<
  C extends CourseShape = CourseOutline,
> extends RecordElement {
  private course: C | null = null;

  override connectedCallback() {
    this.course = JSON.parse(this.dataset['course'] ?? 'null') as C | null;
    super.connectedCallback();
  }

  protected show(view: RecordView) {
    if (view.phase !== 'ready' || !this.course) return;
    const index = indexRecord(view.statements);
    this.showProgress(courseProgress(index, this.course), index);
  }

  /** Called with the learner's progress on the course now and after every change to the record. */
  protected abstract showProgress(progress: CourseProgress<C>, index: RecordIndex): void;
}
