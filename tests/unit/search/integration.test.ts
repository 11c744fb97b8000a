/**
 * The integration end to end on a tiny built site: Pagefind's real binary indexes it, with the project's
 * real content for the records. Checks what ships, not Pagefind's ranking (the browser tests do that).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCourseTree } from '../../../src/content/course-tree';
import { loadContent } from '../../../src/content/load';
import { buildSearchIndex } from '../../../src/search/integration';
import type { GlossaryIndexEntry } from '../../../src/search/glossary';
import { videoWords } from '../../../src/search/build/records';

const { content } = loadContent(process.cwd());
const { tree } = buildCourseTree(content);
const video = [...tree.steps.values()].find((step) => step.kind === 'video')!;
const script = content.videos.find(({ data }) => data.id === video.id)!.data;
const dist = mkdtempSync(join(tmpdir(), 'sideline-search-unit-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function page(path: string, body: string): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(
    join(dist, path, 'index.html'),
    `<!doctype html><html lang="en-GB"><body>${body}</body></html>`,
  );
}

describe('buildSearchIndex', () => {
  test('indexes the pages that mark their content, adds records, and writes only what the search page uses', async () => {
    page(
      'courses/c/lesson',
      '<nav>Menu</nav><article data-pagefind-body><h1>A lesson</h1><p>Text.</p></article>',
    );
    page('courses/c/quiz', '<article><h1>A quiz</h1></article>');
    page(video.href.slice(1), '<article data-pagefind-body><h1>A video</h1></article>');

    const stats = await buildSearchIndex(dist, process.cwd());

    expect(stats).toMatchObject({
      pages: 2,
      transcriptsAdded: 1,
      records: content.scenarios.length + content.glossary.length,
    });
    const files = readdirSync(join(dist, 'pagefind'));
    expect(files).toEqual(
      expect.arrayContaining([
        'pagefind.js',
        'pagefind-worker.js',
        'pagefind-entry.json',
        'wasm.en.pagefind',
      ]),
    );
    expect(files.filter((name) => name.includes('-ui') || name.includes('highlight'))).toEqual([]);
    const entry = JSON.parse(
      readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages['en']?.page_count).toBe(2 + stats.records);

    const glossary = JSON.parse(
      readFileSync(join(dist, 'glossary-index.json'), 'utf8'),
    ) as GlossaryIndexEntry[];
    expect(glossary).toHaveLength(content.glossary.length);
    expect(stats.files).toBe(
      readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true }).filter((e) =>
        e.isFile(),
      ).length + 1,
    );
    expect(stats.bytes).toBeGreaterThan(10_000);

    // The video is one record (its page, with its title), and its narration is in it.
    const fragments = readdirSync(join(dist, 'pagefind', 'fragment')).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', name)))
            .toString('utf8')
            .slice('pagefind_dcd'.length),
        ) as {
          url: string;
          content: string;
          meta: Record<string, string>;
        },
    );
    const videoRecords = fragments.filter((fragment) => fragment.url === video.href);
    expect(videoRecords).toHaveLength(1);
    expect(videoRecords[0]?.meta['title']).toBe('A video');
    expect(videoRecords[0]?.content).toContain(videoWords(script).text.slice(0, 80));
    expect(fragments.map((fragment) => fragment.url)).not.toContain('/courses/c/quiz/');
    expect(existsSync(join(dist, 'courses/c/quiz/index.html'))).toBe(true);
  }, 60_000);
});
