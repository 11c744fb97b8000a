import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCourseTree } from '../../../../src/content/course-tree';
import { loadContent } from '../../../../src/content/load';
import {
  auRule,
  courseStructureXml,
  type Cmi5Module,
} from '../../../../src/lms/cmi5/course-structure';

const root = join(import.meta.dirname, '../../../..');
const schema = join(root, 'tests/fixtures/cmi5/CourseStructure.xsd');
const folder = mkdtempSync(join(tmpdir(), 'sideline-cmi5-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const { content } = loadContent(root);
const { tree } = buildCourseTree(content);
const passMarks = new Map(content.quizzes.map(({ data }) => [data.id, data.passMark]));
const options = {
  activityBase: content.site.activityBase,
  passMarkOf: (id: string) => passMarks.get(id),
  launchUrl: (moduleId: string) => `lms/cmi5.html?module=${moduleId}&from=cmi5`,
};

/** xmllint's verdict on a cmi5.xml: '' when it validates, else what it found. */
function validate(xml: string): string {
  const file = join(folder, 'cmi5.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr: Buffer }).stderr);
  }
}

describe("each course's cmi5.xml", () => {
  it.each(tree.courses.map((course) => [course.id, course] as const))(
    '%s validates against the cmi5 CourseStructure schema',
    (_id, course) => {
      expect(validate(courseStructureXml(course, options))).toBe('');
    },
  );

  it('has one AU per module, launched at the package root, each passed at its quiz pass mark', () => {
    const course = tree.courses.find((c) => c.id === 'sponsor-induction')!;
    const xml = courseStructureXml(course, options);
    const aus = [...xml.matchAll(/<au id="([^"]+)" moveOn="(\w+)" masteryScore="([\d.]+)"/g)];
    expect(aus.map(([, id, moveOn, mastery]) => [id, moveOn, mastery])).toEqual(
      course.modules.map((m) => [
        `https://sideline.example/activities/module/${m.id}`,
        'CompletedAndPassed',
        '0.75',
      ]),
    );
    // An ampersand in the launch URL is escaped, or the file is not XML at all.
    expect(xml).toContain(`<url>lms/cmi5.html?module=${course.modules[0]!.id}&amp;from=cmi5</url>`);
  });

  it('is refused by the schema check when a value breaks the schema (the check is real)', () => {
    const course = tree.courses[0]!;
    const asPercent = courseStructureXml(course, options).replace(
      /masteryScore="0.75"/,
      'masteryScore="75"',
    );
    expect(validate(asPercent)).toMatch(/masteryScore/);
  });
});

describe('what satisfies a module AU', () => {
  const step = (kind: string, id: string) => ({ kind, id });
  const module = (...steps: ReturnType<typeof step>[]): Cmi5Module => ({
    id: 'm',
    title: 'M',
    summary: 'S',
    steps,
  });
  it.each([
    ['lessons only', module(step('lesson', 'a')), { moveOn: 'Completed' }],
    [
      'a quiz with a pass mark of 80',
      module(step('lesson', 'a'), step('quiz', 'q80')),
      { moveOn: 'CompletedAndPassed', masteryScore: 0.8, quizId: 'q80' },
    ],
    [
      'a pass mark of 67.5 (no rounding noise)',
      module(step('quiz', 'q67')),
      { moveOn: 'CompletedAndPassed', masteryScore: 0.675, quizId: 'q67' },
    ],
  ])('%s', (_name, m, rule) => {
    const marks: Record<string, number> = { q80: 80, q67: 67.5 };
    expect(auRule(m, (id) => marks[id])).toEqual(rule);
  });
});
