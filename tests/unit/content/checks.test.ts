import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/content/integration';
import { fixtureRoot, problemsIn, removeFixtureRoots } from './fixture-root';

afterAll(removeFixtureRoots);

describe('content checks', () => {
  it('accept the good course and build its tree in order', () => {
    const { tree } = validateContent(fixtureRoot());
    const course = tree.courses[0]!;
    expect(course.id).toBe('demo');
    expect(course.modules[0]!.steps.map((step) => `${step.kind}:${step.id}`)).toEqual([
      'lesson:first-lesson',
      'lesson:second-lesson',
      'quiz:demo-basics-quiz',
    ]);
    expect(course.modules[0]!.steps[1]!.previous?.href).toBe('/courses/demo/first-lesson/');
    expect(course.modules[0]!.steps[1]!.audience).toEqual(['sponsor']);
  });

  it('report a duplicate id with both files', () => {
    expect(problemsIn('duplicate-id')).toMatchInlineSnapshot(`
      "Sideline found 2 problems in the course content:

      courses/demo/01-basics/02-second-lesson.mdx → id
        Problem: The id "first-lesson" is also used by courses/demo/01-basics/01-first-lesson.mdx. Progress is stored by id, so every id must be unique.
        Fix: Give one of them a different id. If learners already have progress on it, change the newer one.

      courses/demo/01-basics/01-first-lesson.mdx → line 19
        Problem: The link to "/courses/demo/second-lesson/" points to a page that does not exist.
        Fix: Check the address. A step's address is /courses/<course id>/<step id>/."
    `);
  });

  it('report a module with no lessons', () => {
    expect(problemsIn('module-without-lessons')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/02-empty/module.yaml
        Problem: The module "demo-empty" has no lessons.
        Fix: Add at least one lesson (a numbered .mdx file) to the module folder, or remove the module."
    `);
  });

  it('report a quiz question linked to a lesson that does not exist', () => {
    expect(problemsIn('unknown-lesson')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/quiz.yaml → questions[0].lesson
        Problem: Question "who-decides" links to a lesson "first-lesson-typo" that does not exist.
        Fix: Use the id from the frontmatter of the lesson that teaches this question."
    `);
  });

  it('report a practice task with a thin rubric and a repeated point', () => {
    expect(problemsIn('practice-problems')).toMatchInlineSnapshot(`
      "Sideline found 2 problems in the course content:

      courses/demo/01-basics/practice.yaml → rubric
        Problem: "rubric" is too small: it needs at least 4 items.
        Fix: Give "rubric" at least 4 items (four to six criteria the learner ticks when comparing their answer).

      courses/demo/01-basics/practice.yaml → rubric[1].id
        Problem: Two criteria have the id "options".
        Fix: Give every criterion its own id: learners' results are stored against it."
    `);
  });

  it('report a practice task linked to a lesson that does not exist', () => {
    expect(problemsIn('practice-unknown-lesson')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/practice.yaml → lesson
        Problem: The practice task links to a lesson "first-lesson-typo" that does not exist.
        Fix: Use the id from the frontmatter of the lesson that teaches what this practises."
    `);
  });

  it('report an audience naming a role that does not exist', () => {
    expect(problemsIn('unknown-role')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/course.yaml → audience[0]
        Problem: There is no role "sponser".
        Fix: Use one of the role ids in content/roles/: delivery-lead, sponsor."
    `);
  });

  it('report a glossary term that does not exist, with its line', () => {
    expect(problemsIn('unknown-term')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/01-first-lesson.mdx → line 15
        Problem: <Term id="tolerence"> names a term that is not in the glossary.
        Fix: Use the id of a term in content/glossary.yaml, or add the term there."
    `);
  });

  it('report a diagram that does not exist, with its line', () => {
    expect(problemsIn('unknown-diagram')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/01-first-lesson.mdx → line 21
        Problem: <Diagram id="tolerance-band"> names a diagram that does not exist.
        Fix: Use one of accountability-chain, tolerance-bands, escalation-route, three-lines, portfolio-view (see courses/README.md), or check the spelling."
    `);
  });

  it('report an internal link to a page that will not be built', () => {
    expect(problemsIn('broken-link')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/01-first-lesson.mdx → line 19
        Problem: The link to "/courses/demo/2nd-lesson/" points to a page that does not exist.
        Fix: Check the address. A step's address is /courses/<course id>/<step id>/."
    `);
  });

  it('report an empty title', () => {
    expect(problemsIn('empty-title')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/02-second-lesson.mdx → title
        Problem: "title" is empty.
        Fix: Write "title" (the lesson's title, shown as its heading)."
    `);
  });

  it('report a control character and an HTML tag in course text, which the record would refuse', () => {
    expect(problemsIn('not-plain-text')).toMatchInlineSnapshot(`
      "Sideline found 2 problems in the course content:

      courses/demo/01-basics/02-second-lesson.mdx → title
        Problem: The text holds an invisible control character (U+202E). Some of these make text display in a different order from how it is stored, and the learning record refuses them.
        Fix: Retype the text, or delete the character with an editor that shows invisible characters.

      courses/demo/01-basics/quiz.yaml → questions[0].options[1].text
        Problem: The text holds an HTML tag, <b>. Titles and other YAML text are shown as plain text, so the tag would show as written, and the learning record refuses tags in names.
        Fix: Remove the tag. For emphasis or a list, use Markdown in the fields that allow it."
    `);
  });

  it('report a lesson without objectives', () => {
    expect(problemsIn('no-objectives')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/02-second-lesson.mdx → objectives
        Problem: "objectives" is too small: it needs at least 1 item.
        Fix: Give "objectives" at least 1 item (what the learner will be able to do, one short sentence each)."
    `);
  });

  it('report a missing field with what it is for', () => {
    expect(problemsIn('missing-duration')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/02-second-lesson.mdx → duration
        Problem: "duration" is missing.
        Fix: Add "duration" (minutes to read and think)."
    `);
  });

  it('report YAML that cannot be read, with the line', () => {
    expect(problemsIn('bad-yaml')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/course.yaml → line 2
        Problem: The YAML on this line cannot be read: nested mappings are not allowed in compact mappings.
        Fix: Check the indentation and quoting on that line; put text containing ": " in quotes."
    `);
  });

  it('report unquoted text with a colon, and say how to quote it', () => {
    expect(problemsIn('unquoted-colon')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/module.yaml → objectives[1]
        Problem: Item 2 of "objectives" should be text, but it is a group of fields.
        Fix: Write item 2 of "objectives" as text. If the text contains a colon followed by a space, put the whole text in quotes."
    `);
  });

  it('report an unknown field and list the known ones', () => {
    expect(problemsIn('unknown-field')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/module.yaml
        Problem: Unknown field "objective".
        Fix: Check the spelling, or remove it. The fields this can have are: id, title, summary, objectives, audience."
    `);
  });

  it('report a lesson that is not inside a module', () => {
    expect(problemsIn('lesson-outside-module')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/stray.mdx
        Problem: This lesson is not inside a module folder (no module.yaml beside it).
        Fix: Move it into a module folder, or add a module.yaml next to it."
    `);
  });

  it('report a component that lessons cannot use, with its line, instead of a crash in the page', () => {
    expect(problemsIn('unknown-component')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/01-first-lesson.mdx → line 19
        Problem: <Calout> is not a component a lesson can use.
        Fix: Use one of <Callout>, <Diagram>, <Example>, <KeyPoints>, <Raci>, <Reflect>, <Role>, <RoleCard>, <Term> (see courses/README.md), or check the spelling."
    `);
  });

  it('report a responsibility matrix with two accountable roles in a row, instead of a crash', () => {
    expect(problemsIn('raci-two-accountable')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/01-first-lesson.mdx → line 19
        Problem: In <Raci caption="Who owns the plan">, the row "Approve the plan" has 2 accountable roles. Give exactly one A (or A/R) per row.
        Fix: Each task has one person who answers for it; make the others R, C or I."
    `);
  });

  it('report a relative link to a lesson that does not exist, as it does an absolute one', () => {
    expect(problemsIn('relative-link')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/01-first-lesson.mdx → line 19
        Problem: The link to "../third-lesson/" points to a page that does not exist.
        Fix: Check the address. A step's address is /courses/<course id>/<step id>/."
    `);
  });

  it.each([
    ['a link whose tag spans lines', '<a\n  href="/courses/demo/nowhere/"\n>Somewhere</a>', /line 12\n.*"\/courses\/demo\/nowhere\/" points to a page that does not exist/],
    ['a matrix whose roles sit on a line of their own', '<Raci\n  caption="Who decides"\n  roles={["sponsor", "nobody"]}\n  rows={[["Decide", "A", "R"]]}\n/>', /line 13\n.*There is no role "nobody"/],
  ])('check references on every line of %s', (_, body, problem) => {
    const lesson = `---\nid: third-lesson\ntitle: The third lesson\nsummary: More.\nduration: 5\nobjectives:\n  - Read it.\n---\n\nA line of prose first.\n${body}\n`;
    expect(problemsIn({ 'courses/demo/01-basics/03-third-lesson.mdx': lesson })).toMatch(problem);
  });

  it('report a passage of 12 or more words that two lessons share', () => {
    expect(problemsIn('shared-passage')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/02-second-lesson.mdx
        Problem: This lesson repeats a passage from courses/demo/01-basics/01-first-lesson.mdx: "when the forecast goes past the tolerance the decision is no longer …".
        Fix: Teach it once, in the lesson where it belongs, and refer to that lesson here in other words."
    `);
  });

  it('report a file under courses/ that the build does not read', () => {
    expect(problemsIn('unknown-file')).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      courses/demo/01-basics/quizz.yaml
        Problem: The build does not read a file called "quizz.yaml" here, so it is not part of any course.
        Fix: Name it course.yaml (in a course folder), or module.yaml, quiz.yaml, scenario.yaml, video.yaml, practice.yaml or NN-name.mdx (in a module folder); or move it out of courses/."
    `);
  });

  it('report a source without a year or a link, saying what each is for', () => {
    const lesson = 'courses/demo/01-basics/01-first-lesson.mdx';
    const good = readFileSync(join(import.meta.dirname, '../../fixtures/content/good', lesson), 'utf8');
    const undated = good.replace('    year: 2024\n    url: https://example.org/a-test-source\n', '');
    expect(problemsIn({ [lesson]: undated })).toMatchInlineSnapshot(`
      "Sideline found 2 problems in the course content:

      courses/demo/01-basics/01-first-lesson.mdx → sources[0].year
        Problem: "year" is missing.
        Fix: Add "year" (the year it was published, or for an undated web page the year you read it).

      courses/demo/01-basics/01-first-lesson.mdx → sources[0].url
        Problem: "url" is missing.
        Fix: Add "url" (where to read it: the publisher's page, or for a book its publisher's page)."
    `);
  });
});
