/**
 * Templates are checked at build like every other content file: a bad one stops the build with the
 * file, the field, the problem and the fix. Each case lays template files over the good fixture.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../../src/content/integration';
import { fixtureRoot, problemsIn, removeFixtureRoots } from '../../content/fixture-root';

const under = (files: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(files).map(([name, text]) => [`content/templates/${name}`, text]),
  );
const rootWith = (files: Record<string, string>) => fixtureRoot(under(files));
const problemsWith = (files: Record<string, string>) => problemsIn(under(files));

const GOOD = `id: decision-note
title: Decision note
summary: Ask for one decision.
audience: [sponsor]
lessons: [first-lesson]
use: Send it before the meeting.
sections:
  - heading: The decision
    fields:
      - label: What decision is needed?
    table:
      columns: [Option, Cost]
      rows: 2
      firstColumn: [A, B]
    checklist:
      - The first line states the decision.
`;

afterAll(removeFixtureRoots);

describe('template checks', () => {
  it('accept the templates that ship with the site, each linked from a lesson', () => {
    const { content } = validateContent(join(import.meta.dirname, '../../../..'));
    expect(content.templates.map((template) => template.data.id).sort()).toEqual([
      'board-terms-of-reference',
      'decision-request',
      'early-warning-note',
      'exception-report',
      'pmo-service-catalogue',
      'sponsor-appointment-checklist',
    ]);
  }, 60_000);

  it('accept a good template, with defaults filled in', () => {
    const { content } = validateContent(rootWith({ 'decision-note.yaml': GOOD }));
    expect(content.templates[0]?.data.sections[0]?.fields?.[0]?.lines).toBe(3);
  });

  it('report an unknown lesson or role, a repeated id and a short first column', () => {
    expect(
      problemsWith({
        'decision-note.yaml': GOOD.replace('[first-lesson]', '[first-lesson, no-such-lesson]')
          .replace('[sponsor]', '[sponsor, finance]')
          .replace('[A, B]', '[A]'),
        'decision-note-copy.yaml': GOOD,
      }),
    ).toMatchInlineSnapshot(`
      "Sideline found 4 problems in the course content:

      content/templates/decision-note.yaml → id
        Problem: The template id "decision-note" is also used by content/templates/decision-note-copy.yaml.
        Fix: Give each template its own id: it is the address of its page and the name of its files.

      content/templates/decision-note.yaml → lessons[1]
        Problem: The template names a lesson "no-such-lesson" that does not exist.
        Fix: Use the id from the frontmatter of a lesson that teaches this document.

      content/templates/decision-note.yaml → audience[1]
        Problem: There is no role "finance".
        Fix: Use one of the role ids in content/roles/: delivery-lead, sponsor.

      content/templates/decision-note.yaml → sections[0].table.firstColumn
        Problem: The table has 2 rows but 1 first-column entry.
        Fix: Give one first-column entry per row, or change "rows" to match."
    `);
  });

  it('report a section with nothing to fill in', () => {
    expect(
      problemsWith({
        'decision-note.yaml': GOOD.replace('sections:\n', 'sections:\n  - heading: Empty\n'),
      }),
    ).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      content/templates/decision-note.yaml → sections[0]
        Problem: A section needs fields, a table or a checklist: something for the reader to fill in.
        Fix: See courses/README.md."
    `);
  });

  it('report markup in a heading, which no edition would show as written', () => {
    expect(
      problemsWith({
        'decision-note.yaml': GOOD.replace('heading: The decision', 'heading: <b>The decision</b>'),
      }),
    ).toMatchInlineSnapshot(`
      "Sideline found 1 problem in the course content:

      content/templates/decision-note.yaml → sections[0].heading
        Problem: The text holds an HTML tag, <b>. Titles and other YAML text are shown as plain text, so the tag would show as written, and the learning record refuses tags in names.
        Fix: Remove the tag. For emphasis or a list, use Markdown in the fields that allow it."
    `);
  });
});
