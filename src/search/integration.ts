/**
 * Builds the site's search index once every page is written: Pagefind (through its Node API) reads the
 * pages that mark their content with data-pagefind-body (lessons, videos, role profiles), and custom
 * records add what the HTML does not hold (scenario openings, glossary terms, video transcripts the
 * page lacks). Writes dist/pagefind/ and dist/glossary-index.json. Listed before the service worker in
 * astro.config.mjs, so the worker's precache list includes the index and search works offline.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { VideoTranscript } from '../video/assets';
import { contentOf } from '../content/integration';
import { roleFilterLabels } from './attributes';
import { glossaryIndex, GLOSSARY_INDEX_PATH } from './glossary';
import {
  glossaryRecords,
  pageHasText,
  scenarioRecords,
  SEARCH_LANGUAGE,
  type VideoWords,
  videoWords,
  withIndexedText,
} from './build/records';

export interface SearchIndexStats {
  /** Pages indexed from their HTML. */
  pages: number;
  /** Custom records: one per scenario and one per glossary term. */
  records: number;
  /** Video pages whose transcript was added to what is indexed. */
  transcriptsAdded: number;
  /** Files written for the browser (dist/pagefind and the glossary list), and their bytes. */
  files: number;
  bytes: number;
  seconds: number;
  /** Where the time went: reading the content, indexing pages, adding records, writing the files. */
  phases: { content: number; pages: number; records: number; write: number };
}

/**
 * Parts of an indexed page that are not its content: the previous/next links, the "mark as done"
 * control, the video player's fallback text ("Your browser cannot play this video"), controls, notes
 * and cue times (its transcript text and slide headings are content), and the definitions inside
 * glossary-term popovers (they belong to the glossary, and would make every lesson that uses a term
 * match the words of its definition).
 */
const NOT_CONTENT = [
  '.prev-next',
  '.record-markdone',
  'video',
  '.video-controls',
  '.video-offline',
  '.video-resume',
  '.video-status',
  '.video-transcript-title',
  '.video-transcript-hint',
  '.video-cue-time',
  '.term__popover',
];

/** Pagefind's own search interfaces: the search page has its own, so these are not shipped or cached. */
const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function searchIndex(): AstroIntegration {
  let contentRoot = process.cwd();
  return {
    name: 'sideline-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentRoot = process.env['SIDELINE_CONTENT_ROOT'] ?? fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex(fileURLToPath(dir), contentRoot);
        logger.info(
          `Search index: ${stats.pages} pages and ${stats.records} records (scenarios, glossary terms)` +
            `${stats.transcriptsAdded ? `, ${stats.transcriptsAdded} video transcripts added` : ''}; ` +
            `${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KB, in ${stats.seconds.toFixed(2)} s.`,
        );
        // The search benchmark reads the figures from here (tests/bench/4-search.bench.mjs).
        const statsFile = process.env['SIDELINE_SEARCH_STATS'];
        if (statsFile) writeFileSync(statsFile, JSON.stringify(stats));
      },
    },
  };
}

export async function buildSearchIndex(
  distDir: string,
  contentRoot: string,
): Promise<SearchIndexStats> {
  const started = performance.now();
  let lap = started;
  const phase = () => {
    const now = performance.now();
    const seconds = (now - lap) / 1000;
    lap = now;
    return seconds;
  };
  // Integrations have no access to Astro's collections: what the content check read before the build.
  const { content, tree } = contentOf(contentRoot);
  const roles = content.roles.map(({ data }) => ({ id: data.id, title: data.title }));
  const roleNames = (ids: readonly string[]) => roleFilterLabels(content.site, roles, ids);

  const transcripts = new Map<string, VideoWords>();
  for (const { data: video } of content.videos) {
    const step = tree.steps.get(video.id);
    if (step) transcripts.set(step.href, videoWords(video, readTranscript(distDir, video.id)));
  }

  const readingContent = phase();
  const created = await pagefind.createIndex({
    forceLanguage: SEARCH_LANGUAGE,
    excludeSelectors: NOT_CONTENT,
  });
  const index = created.index;
  if (!index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  try {
    // Pages that do not mark their content (home, lists, quizzes, account pages) are left out by
    // Pagefind itself once any page uses data-pagefind-body.
    failOn(await index.addDirectory({ path: distDir }), distDir);

    // A video page whose HTML lacks its transcript is added again with it: Pagefind keeps the last
    // version of each address, so the video stays one result. (One file at a time through the API is
    // far slower than addDirectory, so only these pages go that way.)
    let transcriptsAdded = 0;
    for (const [url, transcript] of transcripts) {
      const file = join(distDir, url, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      if (pageHasText(html, transcript.opening)) continue;
      failOn(
        await index.addHTMLFile({ url, content: withIndexedText(html, transcript.text) }),
        url,
      );
      transcriptsAdded += 1;
    }

    const indexingPages = phase();
    const records = [
      ...scenarioRecords(tree, content.scenarios, roleNames),
      ...glossaryRecords(content.glossary),
    ];
    for (const record of records) failOn(await index.addCustomRecord(record), record.url);
    const addingRecords = phase();

    const outputPath = join(distDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    UNUSED_BUNDLES.forEach((name) => rmSync(join(outputPath, name), { force: true }));

    const glossaryFile = join(distDir, GLOSSARY_INDEX_PATH.slice(1));
    writeFileSync(glossaryFile, JSON.stringify(glossaryIndex(content.glossary)));

    const shipped = [...filesUnder(outputPath), glossaryFile];
    return {
      pages: indexedCount(outputPath) - records.length,
      records: records.length,
      transcriptsAdded,
      files: shipped.length,
      bytes: shipped.reduce((total, path) => total + statSync(path).size, 0),
      seconds: (performance.now() - started) / 1000,
      phases: {
        content: readingContent,
        pages: indexingPages,
        records: addingRecords,
        write: phase(),
      },
    };
  } finally {
    await pagefind.close();
  }
}

/** Everything in the index (pages and records), as Pagefind counted it. */
function indexedCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

function failOn(response: { errors: string[] }, url: string): void {
  if (response.errors.length)
    throw new Error(`Pagefind could not index ${url}: ${response.errors.join('; ')}`);
}

/** The rendered transcript the build copied from public/videos/<id>/, if the video has been rendered. */
function readTranscript(distDir: string, id: string): VideoTranscript | undefined {
  const file = join(distDir, 'videos', id, 'transcript.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VideoTranscript;
  } catch {
    return undefined;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
