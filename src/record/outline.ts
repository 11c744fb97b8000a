/**
 * The course tree as the record needs it (projections.ts works out progress on it): plain data,
 * serialisable as props.
 */
import type { ActivityKind } from './api';

/** A subset of src/content/course-tree.ts: what the record's islands show of a course. */
export interface OutlineStep {
  kind: ActivityKind;
  id: string;
  title: string;
  href: string;
}
export interface OutlineModule {
  id: string;
  title: string;
  steps: readonly OutlineStep[];
}
export interface CourseOutline {
  id: string;
  title: string;
  /** The course overview page; defaults to /courses/<id>/. */
  href?: string;
  modules: readonly OutlineModule[];
}
/**
 * What working out progress reads of a course: ids and kinds. A step page's navigation sends only
 * this (navOutline in course-outline.ts), so a long course's pages do not carry every title twice.
 */
export type StepKey = Pick<OutlineStep, 'kind' | 'id'>;
export interface ModuleShape {
  id: string;
  steps: readonly StepKey[];
}
export interface CourseShape {
  id: string;
  href?: string;
  modules: readonly ModuleShape[];
}
export type ModuleOf<C extends CourseShape> = C['modules'][number];
export type StepOf<C extends CourseShape> = ModuleOf<C>['steps'][number];

export interface Catalogue {
  courses: readonly CourseOutline[];
}
