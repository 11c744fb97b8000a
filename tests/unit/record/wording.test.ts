import { describe, expect, it } from 'vitest';
import { courseOutline } from '../../../src/record/course-outline';
import {
  endingsText,
  navStepState,
  importedText,
  quizResultText,
  STATUS_TEXT,
  stepsDoneText,
} from '../../../src/record/wording';
import { buildCourseTree } from '../../../src/content/course-tree';
import { loadContent } from '../../../src/content/load';

describe("the record's words for learners", () => {
  it('says each status in plain words', () => {
    expect(STATUS_TEXT).toEqual({
      'not-started': 'Not started',
      'in-progress': 'In progress',
      completed: 'Completed',
    });
  });

  it('counts steps done with the right plural', () => {
    expect(stepsDoneText(0, 1)).toBe('0 of 1 step done');
    expect(stepsDoneText(1, 1)).toBe('1 of 1 step done');
    expect(stepsDoneText(2, 5)).toBe('2 of 5 steps done');
  });

  it('gives a quiz result only once an attempt is scored, and says whether it passed', () => {
    expect(quizResultText({ passed: false, attempts: 0 })).toBeNull();
    expect(quizResultText({ bestPercent: 80, passed: true, attempts: 2 })).toBe(
      'Best score 80%, passed',
    );
    expect(quizResultText({ bestPercent: 50, passed: false, attempts: 1 })).toBe(
      'Best score 50%, not passed yet',
    );
  });

  it('counts endings reached, and says nothing before the first', () => {
    expect(endingsText([])).toBeNull();
    expect(endingsText(['a'])).toBe('1 ending reached');
    expect(endingsText(['a', 'b'])).toBe('2 endings reached');
  });
});

describe('a course outline for the islands', () => {
  it("keeps each module's steps in order with just their kind, id, title and address", () => {
    const { content } = loadContent('tests/fixtures/content/good');
    const course = buildCourseTree(content).tree.courses[0]!;
    const outline = courseOutline(course);
    expect(outline).toMatchObject({ id: 'demo', href: '/courses/demo/' });
    expect(outline.modules[0]!.steps[0]).toEqual({
      kind: 'lesson',
      id: 'first-lesson',
      title: 'The first lesson',
      href: '/courses/demo/first-lesson/',
    });
    expect(outline.modules.flatMap((m) => m.steps.map((s) => s.id))).toEqual(
      course.modules.flatMap((m) => m.steps.map((s) => s.id)),
    );
  });
});

describe('navStepState', () => {
  it.each([
    [{ status: 'not-started' as const }, 'not-started', 'not started'],
    [{ status: 'in-progress' as const }, 'in-progress', 'in progress'],
    [{ status: 'completed' as const }, 'done', 'done'],
    [
      { status: 'completed' as const, quiz: { passed: true, bestPercent: 80, attempts: 1 } },
      'passed',
      'passed',
    ],
    [
      { status: 'in-progress' as const, quiz: { passed: false, bestPercent: 40, attempts: 2 } },
      'not-passed',
      'not passed yet',
    ],
    [
      { status: 'in-progress' as const, quiz: { passed: false, attempts: 0 } },
      'in-progress',
      'in progress',
    ],
    [{ status: 'completed' as const, endings: ['good'] }, 'ending', 'ending reached'],
  ])('%j is shown as %s, "%s"', (progress, state, text) => {
    expect(navStepState(progress)).toEqual({ state, text });
  });
});

describe('what the learner reads after an import', () => {
  it.each([
    [
      'a plain merge',
      { added: 12, alreadyThere: 1, saved: true },
      'Record imported. 12 entries added; 1 entry already in your record.',
    ],
    [
      'a replaced record',
      { added: 3, alreadyThere: 0, saved: true, replaced: true as const },
      'Your record has been replaced with the imported one (3 entries).',
    ],
    [
      'an assignment left out',
      { added: 2, alreadyThere: 0, saved: true, notImported: ['Board prep'] },
      'Record imported. 2 entries added. 1 assignment was left out because this site does not have the learning path, courses or lessons it names: “Board prep”. Ask whoever assigned it to send it again.',
    ],
    [
      'entries about removed content',
      { added: 2, alreadyThere: 0, saved: true, unknownContent: 2 },
      'Record imported. 2 entries added. 2 entries are about courses or lessons this site does not have (they may have been removed since). They are kept in your record but do not count towards your progress.',
    ],
  ])('%s', (_name, outcome, text) => {
    expect(importedText({ ok: true, ...outcome })).toBe(text);
  });
});
