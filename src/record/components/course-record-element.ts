/**
 * What the course elements share (the course page's progress, a step page's navigation): the course
 * outline the page rendered into data-course, and the learner's progress on it, worked out once per
 * change to the record.
 */
import {
  courseProgress,
  indexRecord,
  type CourseOutline,
  type CourseProgress,
  type RecordIndex,
} from '../projections';
import type { RecordView } from '../view';
import { RecordElement } from './record-element';

export abstract class CourseRecordElement extends RecordElement {
  private course: CourseOutline | null = null;

  override connectedCallback() {
    this.course = JSON.parse(this.dataset['course'] ?? 'null') as CourseOutline | null;
    super.connectedCallback();
  }

  protected show(view: RecordView) {
    if (view.phase !== 'ready' || !this.course) return;
    const index = indexRecord(view.statements);
    this.showProgress(courseProgress(index, this.course), index);
  }

  /** Called with the learner's progress on the course now and after every change to the record. */
  protected abstract showProgress(progress: CourseProgress, index: RecordIndex): void;
}
