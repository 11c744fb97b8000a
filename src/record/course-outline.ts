import type { Catalogue, CourseOutline, CourseShape } from './outline';
import type { CourseNode, CourseTree } from '../content/course-tree';

/** Just what the learning record's islands need of a course, small enough to pass as props. */
export function courseOutline(course: CourseNode): CourseOutline {
  return {
    id: course.id,
    title: course.title,
    href: course.href,
    modules: course.modules.map((module) => ({
      id: module.id,
      title: module.title,
      steps: module.steps.map(({ kind, id, title, href }) => ({ kind, id, title, href })),
    })),
  };
}

/**
 * What a step page's navigation needs to fill in the learner's state: ids and kinds, no titles or
 * links (the page already renders those it shows). A tenth of the full outline on a long course.
 * Served once per course at navOutlineHref (pages/courses/[course]/outline.json.ts), not in each page.
 */
export function navOutline(course: CourseNode): CourseShape {
  // Every step page of a course asks for it: work it out once per course of this build's tree. A
  // rebuilt tree (content changed) has new course nodes, so it is never served from an old one.
  let shape = navOutlines.get(course);
  if (!shape) {
    shape = {
      id: course.id,
      modules: course.modules.map((module) => ({
        id: module.id,
        steps: module.steps.map(({ kind, id }) => ({ kind, id })),
      })),
    };
    navOutlines.set(course, shape);
  }
  return shape;
}

const navOutlines = new WeakMap<CourseNode, CourseShape>();

/** Where a step page's navigation fetches its course's navOutline from. */
export function navOutlineHref(courseId: string): string {
  return `/courses/${courseId}/outline.json`;
}

export function catalogueOf(tree: CourseTree): Catalogue {
  return { courses: tree.courses.map(courseOutline) };
}
