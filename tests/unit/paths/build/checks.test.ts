/**
 * Learning paths are checked at build like every other content file: a bad path stops the build with
 * the file, the field, the problem and the fix. Each case lays one path file over the good fixture.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../../src/content/integration';
import { fixtureRoot, problemsIn, removeFixtureRoots } from '../../content/fixture-root';

const under = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/paths/${name}`, text]));
const rootWith = (files: Record<string, string>) => fixtureRoot(under(files));
const problemsWith = (files: Record<string, string>) => problemsIn(under(files));

const GOOD = `id: demo-path
title: A demo path
audience: [sponsor]
description: For the tests.
suggestedDays: 14
steps:
  - course: demo
`;

afterAll(removeFixtureRoots);

describe('learning path checks', () => {
  it('accept the paths that ship with the site', () => {
    const { content } = validateContent(join(import.meta.dirname, '../../../..'));
    expect(content.paths.map((path) => path.data.id).sort()).toEqual([
      'experienced-delivery-lead',
      'first-time-delivery-lead',
      'new-sponsor',
      'pmo-analyst',
      'pmo-lead',
    ]);
    // One path at least for each role the brief names.
    const roles = new Set(content.paths.flatMap((path) => path.data.audience));
    expect([...roles].sort()).toEqual(['delivery-lead', 'pmo', 'sponsor']);
  }, 60_000);

  it('accept a good path, with defaults filled in', () => {
    const { content } = validateContent(rootWith({ 'demo-path.yaml': GOOD }));
    expect(content.paths[0]?.data.steps).toEqual([{ course: 'demo', optional: false }]);
  });

  it('report steps, modules and courses that do not exist, and the right key to use', () => {
    expect(
      problemsWith({
        'demo-path.yaml': GOOD.replace(
          '  - course: demo\n',
          '  - course: demo-basics\n  - module: no-such-module\n  - step: demo\n  - step: missing-lesson\n',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "Sideline found 4 problems in the course content:

      content/paths/demo-path.yaml → steps[0].course
        Problem: There is no course "demo-basics".
        Fix: "demo-basics" is a module: write "module: demo-basics" instead.

      content/paths/demo-path.yaml → steps[1].module
        Problem: There is no module "no-such-module".
        Fix: Use the id from a module.yaml inside a course folder.

      content/paths/demo-path.yaml → steps[2].step
        Problem: There is no lesson, video, scenario or quiz "demo".
        Fix: "demo" is a course: write "course: demo" instead.

      content/paths/demo-path.yaml → steps[3].step
        Problem: There is no lesson, video, scenario or quiz "missing-lesson".
        Fix: Use the id from a lesson's frontmatter, or from a quiz.yaml, scenario.yaml or video.yaml."
    `);
  });

  it('report a step listed twice, an unknown role and an all-optional path', () => {
    expect(
      problemsWith({
        'demo-path.yaml': GOOD.replace('[sponsor]', '[sponsor, finance]').replace(
          '  - course: demo\n',
          '  - course: demo\n    optional: true\n  - step: first-lesson\n    optional: true\n',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "Sideline found 3 problems in the course content:

      content/paths/demo-path.yaml → audience[1]
        Problem: There is no role "finance".
        Fix: Use one of the role ids in content/roles/: delivery-lead, sponsor.

      content/paths/demo-path.yaml → steps[1].step
        Problem: "first-lesson" is already in the path through item 1 (course: demo).
        Fix: List each course, module or step once: remove this entry, or list the parts you want separately.

      content/paths/demo-path.yaml → steps
        Problem: Every entry in the path is optional, so the path could never be completed.
        Fix: Remove "optional: true" from the entries a learner must complete."
    `);
  });

  it('report path ids that repeat, clash with content or name a page', () => {
    expect(
      problemsWith({
        'a.yaml': GOOD,
        'b.yaml': GOOD,
        'c.yaml': GOOD.replace('id: demo-path', 'id: demo-basics'),
        'd.yaml': GOOD.replace('id: demo-path', 'id: share'),
      }),
    ).toMatchInlineSnapshot(`
      "Sideline found 3 problems in the course content:

      content/paths/b.yaml → id
        Problem: The path id "demo-path" is also used by content/paths/a.yaml.
        Fix: Give each path its own id: assignments and certificates refer to paths by id.

      content/paths/c.yaml → id
        Problem: The path id "demo-basics" is also the id of a course, module or step.
        Fix: Give the path an id of its own, such as one that ends in "-path".

      content/paths/d.yaml → id
        Problem: The path id "share" is the name of a page under /paths/.
        Fix: Choose another id; these are taken: share."
    `);
  });

  it('report a misspelt entry and a missing field with what each is for', () => {
    expect(
      problemsWith({
        'demo-path.yaml': GOOD.replace('suggestedDays: 14\n', '').replace(
          '  - course: demo\n',
          '  - cours: demo\n',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "Sideline found 2 problems in the course content:

      content/paths/demo-path.yaml → suggestedDays
        Problem: "suggestedDays" is missing.
        Fix: Add "suggestedDays" (how many days a learner is usually given to finish, used as the default due date).

      content/paths/demo-path.yaml → steps[0]
        Problem: Item 1 of "steps" does not match any of the forms it can take.
        Fix: Check item 1 of "steps" against the examples in courses/README.md (one of "course: <id>", "module: <id>" or "step: <id>", with "optional: true" for an add-on)."
    `);
  });
});
