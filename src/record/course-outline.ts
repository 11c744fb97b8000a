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
 */
export function navOutline(course: CourseNode): CourseShape {
  return {
    id: course.id,
    modules: course.modules.map((module) => ({
      id: module.id,
      steps: module.steps.map(({ kind, id }) => ({ kind, id })),
    })),
  };
}

export function catalogueOf(tree: CourseTree): Catalogue {
  return { courses: tree.courses.map(courseOutline) };
}
