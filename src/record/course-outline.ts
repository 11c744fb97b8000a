import type { Catalogue, CourseOutline } from './projections';
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

export function catalogueOf(tree: CourseTree): Catalogue {
  return { courses: tree.courses.map(courseOutline) };
}
