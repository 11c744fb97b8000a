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

describe('scenario records: each scenario is findable, opens its page, and gives no answer away', () => {
  const records = scenarioRecords(tree, content.scenarios, roleNames);
  const scenarioOf = (id: string) => content.scenarios.find(({ data }) => data.id === id)!.data;
  /** Everything indexed for a scenario's page, whatever its records' addresses. */
  const indexedFor = (id: string) =>
    records
      .filter((record) => record.url.split('#')[0] === tree.steps.get(id)!.href)
      .map((record) => record.content)
      .join(' ');

  test('one record per scenario, at the step page itself (no anchor the page lacks), filed under its course and roles', () => {
    expect(content.scenarios.length).toBeGreaterThan(0);
    expect(records).toHaveLength(content.scenarios.length);
    for (const { data: scenario } of content.scenarios) {
      const step = tree.steps.get(scenario.id)!;
      const course = tree.courses.find((candidate) => candidate.id === step.courseId)!;
      const record = records.find((candidate) => candidate.meta?.['title'] === scenario.title)!;
      expect(record.url).toBe(step.href);
      expect(record.filters).toEqual({
        course: [course.title],
        role: step.audience.map((id) => `Role ${id}`),
      });
      expect(record.meta).toMatchObject({ kind: 'Scenario', course: course.title });
    }
  });

  test('holds the title, summary and opening situation with its options, as plain words', () => {
    const scenario = scenarioOf('ten-per-cent');
    const record = records.find((candidate) => candidate.meta?.['title'] === scenario.title)!;
    expect(record.content.startsWith(`${scenario.title}. ${scenario.summary}`)).toBe(true);
    expect(record.content).toContain(
      'Your latest forecast says the stage will end 14% over budget',
    );
    expect(record.content).toContain(
      'Cut back user acceptance testing so the stage fits its budget.',
    );
    expect(records.some((record) => /\*\*|__/.test(record.content))).toBe(false);
  });

  // What a learner only reads after choosing: each would tell them which choice leads where.
  const afterAChoice = content.scenarios.flatMap(({ data: scenario }) => [
    ...scenario.nodes.flatMap((node) => [
      ...node.choices.flatMap((choice) => [
        { scenario: scenario.id, what: 'a choice result', text: choice.result },
        { scenario: scenario.id, what: 'a judgement', text: choice.why },
      ]),
      ...(node.id === scenario.start
        ? []
        : [{ scenario: scenario.id, what: 'a later situation', text: firstSentence(node.text) }]),
    ]),
    ...scenario.endings.flatMap((ending) => [
      { scenario: scenario.id, what: 'an ending', text: firstSentence(ending.outcome) },
      ...(ending.debrief
        ? [{ scenario: scenario.id, what: 'a debrief', text: firstSentence(ending.debrief) }]
        : []),
    ]),
  ]);

  test.each(['a choice result', 'a judgement', 'a later situation', 'an ending', 'a debrief'])(
    'leaves out %s',
    (what) => {
      const cases = afterAChoice.filter((item) => item.what === what);
      expect(cases.length).toBeGreaterThan(0);
      for (const { scenario, text } of cases) {
        const opening = scenarioOf(scenario).nodes.find(
          (node) => node.id === scenarioOf(scenario).start,
        )!;
        // A sentence the opening situation itself also says is not a giveaway.
        if (opening.text.includes(text)) continue;
        expect(indexedFor(scenario)).not.toContain(text);
      }
    },
  );
});

/** A node's or ending's first sentence, as plain words, long enough to be its own. */
function firstSentence(markdown: string): string {
  return (markdown.split(/(?<=[.!?])\s/)[0] ?? '').replace(/[*_`]/g, '').trim();
}

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
