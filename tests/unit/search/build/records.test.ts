import { describe, expect, test } from 'vitest';
import { buildCourseTree } from '../../../../src/content/course-tree';
import { loadContent } from '../../../../src/content/load';
import {
  glossaryRecords,
  pageHasText,
  scenarioRecords,
  videoWords,
  withIndexedText,
} from '../../../../src/search/build/records';
import type { VideoScript } from '../../../../src/video/schema';

const { content } = loadContent(process.cwd());
const { tree } = buildCourseTree(content);
const roleNames = (ids: readonly string[]) => ids.map((id) => `Role ${id}`);

describe('scenario records: each situation is findable and opens its scenario', () => {
  const records = scenarioRecords(tree, content.scenarios, roleNames);

  test('one record per situation (each its own address, or Pagefind keeps only one), at the scenario step page, filed under its course and roles', () => {
    expect(content.scenarios.length).toBeGreaterThan(0);
    expect(records).toHaveLength(
      content.scenarios.reduce((total, { data }) => total + data.nodes.length, 0),
    );
    for (const { data: scenario } of content.scenarios) {
      const step = tree.steps.get(scenario.id)!;
      const course = tree.courses.find((candidate) => candidate.id === step.courseId)!;
      const mine = records.filter((record) => record.url.startsWith(`${step.href}#`));
      expect(mine.map((record) => record.meta?.['title'])).toEqual(
        scenario.nodes.map((node) => `${scenario.title}: ${node.title}`),
      );
      expect(mine.map((record) => record.url)).toEqual(
        scenario.nodes.map((node) => `${step.href}#situation-${node.id}`),
      );
      for (const record of mine) {
        expect(record.filters).toEqual({
          course: [course.title],
          role: step.audience.map((id) => `Role ${id}`),
        });
        expect(record.meta).toMatchObject({ kind: 'Scenario', course: course.title });
      }
    }
  });

  test('the situation text is plain words: no Markdown markers, and the choices are included', () => {
    const { data: scenario } = content.scenarios.find(({ data }) => data.id === 'ten-per-cent')!;
    const first = records.find(
      (record) => record.meta?.['title'] === `${scenario.title}: ${scenario.nodes[0]!.title}`,
    )!;
    expect(first.content).toContain('Your latest forecast says the stage will end 14% over budget');
    expect(first.content).toContain(
      'Cut back user acceptance testing so the stage fits its budget.',
    );
    // The opening situation also carries the scenario's own title and summary.
    expect(first.content.startsWith(`${scenario.title}. ${scenario.summary}`)).toBe(true);
    expect(records.some((record) => /\*\*|__/.test(record.content))).toBe(false);
  });
});

describe('glossary records', () => {
  test('open the term on the glossary page, carry its other names, and can be left out by id', () => {
    const [sro] = glossaryRecords(content.glossary.filter((term) => term.id === 'sro'));
    expect(sro).toMatchObject({
      url: '/glossary/#sro',
      meta: { title: 'Senior Responsible Owner (SRO)', kind: 'Glossary term' },
      filters: { term: ['sro'] },
    });
    expect(sro?.content).toContain(
      'Also called Senior Responsible Owner; Senior Responsible Officer',
    );
  });
});

describe('video transcripts', () => {
  const script = {
    slides: [
      { narration: 'Your limits are\nborrowed authority.' },
      { narration: 'Warn within one working day.' },
    ],
  } as unknown as VideoScript;

  test('come from the rendered transcript when there is one, else from the narration', () => {
    expect(videoWords(script)).toEqual({
      text: 'Your limits are borrowed authority. Warn within one working day.',
      opening: 'Your limits are borrowed authority.',
    });
    const transcript = {
      cues: [
        { start: 0, end: 2, text: 'As captioned,' },
        { start: 2, end: 4, text: 'word for word.' },
      ],
    };
    expect(videoWords(script, transcript as never)).toEqual({
      text: 'As captioned, word for word.',
      opening: 'As captioned,',
    });
  });

  test('are added only when the page does not already show them', () => {
    const { opening } = videoWords(script);
    expect(pageHasText('<p>Your limits are <b>borrowed</b>\n authority.</p>', opening)).toBe(true);
    expect(pageHasText('<p>Your limits are</p><p>yours.</p>', opening)).toBe(false);
    // The player's transcript: a time before each cue, so only the first cue is looked for.
    const player =
      '<ol><li><button><span class="video-cue-time">0:00</span> <span class="video-cue-text">As captioned,</span></button></li>' +
      '<li><button><span class="video-cue-time">0:02</span> <span class="video-cue-text">word for word.</span></button></li></ol>';
    expect(pageHasText(player, 'As captioned,')).toBe(true);
    expect(pageHasText('<p>Tom&#39;s &amp; Jo&apos;s plan</p>', "Tom's & Jo's plan")).toBe(true);
  });

  test('are added to the HTML the index reads, escaped, inside the body', () => {
    const html = withIndexedText(
      '<html><body><article data-pagefind-body><h1>V</h1></article></body></html>',
      'Costs <10% & "risks"',
    );
    expect(html).toBe(
      '<html><body><article data-pagefind-body><h1>V</h1></article><div data-pagefind-body><p>Costs &lt;10% &amp; &quot;risks&quot;</p></div></body></html>',
    );
  });
});
