// Search index size and indexing time: for the real site, and for a generated course of 1,000 lessons
// (about 650 words each, from generate-course.mjs, into a temporary folder, never
// committed). Each site is built into a temporary folder; the search integration writes its figures to
// the file named by SIDELINE_SEARCH_STATS (src/search/integration.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCourse } from './generate-course.mjs';

const LESSONS = Number(process.env.LESSONS ?? 1000);

/** Builds the site (content from contentRoot, or the project's own) and returns the search figures. */
function buildAndIndex(label, contentRoot) {
  const work = mkdtempSync(join(tmpdir(), 'sideline-search-bench-'));
  const out = join(work, 'dist');
  const statsFile = join(work, 'search-stats.json');
  const env = { ...process.env, SIDELINE_SEARCH_STATS: statsFile };
  delete env.SIDELINE_CONTENT_ROOT;
  // The generated course has no videos to check (as in 2-build-scale.bench.mjs).
  if (contentRoot)
    Object.assign(env, {
      SIDELINE_CONTENT_ROOT: contentRoot,
      SIDELINE_SKIP_VIDEO_CHECK: '1',
      SIDELINE_SKIP_BOOKS: '1',
    });
  const started = performance.now();
  const build = spawnSync(
    process.execPath,
    [
      '-e',
      `import('astro').then(({ build }) => build({ root: process.cwd(), outDir: ${JSON.stringify(out)}, logLevel: 'error' }))`,
    ],
    { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout.slice(-2000), build.stderr.slice(-4000));
    process.exit(1);
  }
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  rmSync(work, { recursive: true, force: true });
  console.log(`\n${label}`);
  console.log(`  pages indexed:          ${stats.pages}`);
  console.log(`  records added:          ${stats.records} (scenarios, glossary terms)`);
  console.log(
    `  index size:             ${(stats.bytes / 1024).toFixed(0)} KB in ${stats.files} files (dist/pagefind + glossary-index.json)`,
  );
  console.log(
    `  indexing time:          ${stats.seconds.toFixed(2)} s (whole build ${buildSeconds.toFixed(1)} s)`,
  );
  const { content, pages, records, write } = stats.phases;
  console.log(
    `    reading content ${content.toFixed(2)} s, indexing pages ${pages.toFixed(2)} s, adding records ${records.toFixed(2)} s, writing ${write.toFixed(2)} s`,
  );
}

buildAndIndex('The real site (courses/ and content/)');
const root = mkdtempSync(join(tmpdir(), 'sideline-search-scale-'));
generateCourse(root, LESSONS, 'search benchmark');
try {
  buildAndIndex(`A generated course of ${LESSONS} lessons`, root);
} finally {
  rmSync(root, { recursive: true, force: true });
}
