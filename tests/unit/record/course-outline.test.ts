import { describe, expect, it } from 'vitest';
import { buildCourseTree, type TreeInput } from '../../../src/content/course-tree';
import { navOutline, navOutlineHref } from '../../../src/record/course-outline';

const entry = <T>(file: string, data: T) => ({ file, data, revision: 'r1' });

/** One course with one module of the given lesson ids, as the content check reads it from disk. */
function tree(lessonIds: string[]) {
  const input: TreeInput = {
    courses: [
      entry('courses/c/course.yaml', {
        id: 'c',
        title: 'Course',
        summary: 'S',
        audience: [],
        outcomes: [],
      }),
    ],
    modules: [
      entry('courses/c/01-m/module.yaml', { id: 'm', title: 'M', summary: 'S', objectives: [] }),
    ],
    lessons: lessonIds.map((id, index) =>
      entry(`courses/c/01-m/0${index + 1}-${id}.mdx`, {
        id,
        title: id,
        summary: 'S',
        duration: 5,
        objectives: [],
      }),
    ),
    quizzes: [],
    practice: [],
    scenarios: [],
    videos: [],
  } as unknown as TreeInput;
  return buildCourseTree(input).tree;
}

describe('navOutline', () => {
  it('gives every step page of a course the same outline, worked out once', () => {
    const [course] = tree(['a', 'b']).courses;
    expect(navOutline(course!)).toBe(navOutline(course!));
    expect(navOutline(course!)).toEqual({
      id: 'c',
      modules: [
        {
          id: 'm',
          steps: [
            { kind: 'lesson', id: 'a' },
            { kind: 'lesson', id: 'b' },
          ],
        },
      ],
    });
  });

  it('follows the content when it changes between builds (a lesson added, one removed)', () => {
    const before = navOutline(tree(['a', 'b']).courses[0]!);
    const after = navOutline(tree(['a', 'c', 'd']).courses[0]!);
    expect(before.modules[0]!.steps.map((step) => step.id)).toEqual(['a', 'b']);
    expect(after.modules[0]!.steps.map((step) => step.id)).toEqual(['a', 'c', 'd']);
  });

  it('is served once per course, where the step pages fetch it', () => {
    expect(navOutlineHref('sponsor-induction')).toBe('/courses/sponsor-induction/outline.json');
  });
});
