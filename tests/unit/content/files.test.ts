/**
 * One list of where content lives, for Astro's collections and the build's checks alike: every file
 * the checks read is one Astro renders, and every file under courses/ is one or the other.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { courseFileKind, fitsPattern } from '../../../src/content/files';

describe('where content lives', () => {
  test('a pattern matches one name per star, never across folders', () => {
    expect(fitsPattern('*/*/*.mdx', 'sponsor/01-a/01-b.mdx')).toBe(true);
    expect(fitsPattern('*/*/*.mdx', 'sponsor/01-b.mdx')).toBe(false);
    expect(fitsPattern('*/*/*.mdx', 'sponsor/01-a/x/01-b.mdx')).toBe(false);
    expect(fitsPattern('*/course.yaml', 'sponsor/course.yaml')).toBe(true);
    expect(fitsPattern('*/course.yaml', 'sponsor/course.yml')).toBe(false);
  });

  test('each file name has exactly one kind', () => {
    expect(courseFileKind('c/01-m/quiz.yaml')).toBe('quizzes');
    expect(courseFileKind('c/01-m/module.yaml')).toBe('modules');
    expect(courseFileKind('c/01-m/01-lesson.mdx')).toBe('lessons');
    expect(courseFileKind('c/course.yaml')).toBe('courses');
    expect(courseFileKind('c/01-m/quizz.yaml')).toBeUndefined();
  });

  test('every file under courses/ in this repository is read, except the authors\' guide', () => {
    const files = readdirSync('courses', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath}/${entry.name}`.replace(/^courses\//, ''));
    const unread = files.filter((file) => !courseFileKind(file) && file !== 'README.md');
    expect(unread).toEqual([]);
  });
});
