/**
 * What the course elements share (the course page's progress, a step page's navigation): the course
 * outline, and the learner's progress on it, worked out once per change to the record. The course page
 * renders the whole outline into data-course (it shows every step's title). A step page's navigation
 * names a file in data-course-src instead (ids and kinds, CourseShape, all progress needs): one file per
 * course that the browser and the service worker keep, where a copy in every page made each page grow
 * with the course (400 KB a page on a course of 5,000 steps).
 */
import {
  courseProgress,
  indexRecord,
  type CourseOutline,
  type CourseProgress,
  type CourseShape,
  type RecordIndex,
} from '../projections';
import { getRecordView, type RecordView } from '../view';
import { RecordElement } from './record-element';

export abstract class CourseRecordElement<
  C extends CourseShape = CourseOutline,
> extends RecordElement {
  private course: C | null = null;

  override connectedCallback() {
    this.course = JSON.parse(this.dataset['course'] ?? 'null') as C | null;
    const src = this.dataset['courseSrc'];
    if (!this.course && src) void this.loadCourse(src);
    super.connectedCallback();
  }

  /** Until the outline arrives nothing is shown; without it (offline, never cached) nothing is. */
  private async loadCourse(src: string) {
    try {
      const response = await fetch(src);
      if (!response.ok) return;
      this.course = (await response.json()) as C;
    } catch {
      return;
    }
    if (this.isConnected) this.show(getRecordView().getSnapshot());
  }

  protected show(view: RecordView) {
    if (view.phase !== 'ready' || !this.course) return;
    const index = indexRecord(view.statements);
    this.showProgress(courseProgress(index, this.course), index);
  }

  /** Called with the learner's progress on the course now and after every change to the record. */
  protected abstract showProgress(progress: CourseProgress<C>, index: RecordIndex): void;
}
