// JavaScript on the quiz, scenario, video and practice pages (issue #17), gzip -9, from dist/:
// - before the first answer: what the page loads before the learner can act, that is its scripts, the
//   island's component and renderer, and every module they import statically;
// - of which the island: the component, the renderer and their static imports alone;
// - total: all of it plus every dynamic import (the learning record's storage, offline download…);
// - and what a second page downloads after a first one (files it needs that the first did not load).
// Builds the site first if dist/ is missing. Name another built folder (or set SIDELINE_BENCH_DIST)
// to measure it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? process.env.SIDELINE_BENCH_DIST ?? 'dist');
if (!existsSync(join(dist, 'index.html')))
  execSync('npx astro build', {
    stdio: 'ignore',
    env: { ...process.env, SIDELINE_SKIP_BOOKS: '1' },
  });

const read = (url) => readFileSync(join(dist, url), 'utf8');
const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/** Every module reachable from `entries`; dynamic imports are followed only when asked. */
function closure(entries, { dynamic }) {
  const seen = new Set(entries.filter((url) => existsSync(join(dist, url))));
  const queue = [...seen];
  while (queue.length) {
    const url = queue.shift();
    const code = read(url);
    const patterns = dynamic ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT];
    for (const pattern of patterns)
      for (const match of code.matchAll(pattern)) {
        const next = new URL(match[1], `http://x${url}`).pathname;
        if (!seen.has(next) && existsSync(join(dist, next))) {
          seen.add(next);
          queue.push(next);
        }
      }
  }
  return seen;
}

function entriesOf(html) {
  const island = new Set();
  for (const match of html.matchAll(/(?:component-url|renderer-url)="([^"]+\.js)"/g))
    island.add(match[1]);
  const scripts = new Set();
  for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) scripts.add(match[1]);
  for (const match of html.matchAll(/import\("([^"]+\.js)"\)|from\s*"([^"]+\.js)"/g))
    scripts.add(match[1] ?? match[2]);
  return { island: [...island], page: [...island, ...scripts] };
}

function js(page) {
  const { island, page: all } = entriesOf(read(join(page, 'index.html')));
  return {
    island: closure(island, { dynamic: false }),
    first: closure(all, { dynamic: false }),
    total: closure(all, { dynamic: true }),
  };
}

/** Each file gzipped on its own, as a host sends it. */
const gzip = (urls) =>
  [...urls].reduce((sum, url) => sum + gzipSync(read(url), { level: 9 }).length, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const steps = readdirSync(join(dist, 'courses'), { recursive: true })
  .map(String)
  .filter((file) => /^[^/]+\/[^/]+\/index\.html$/.test(file))
  .map((file) => `/courses/${file.replace(/index\.html$/, '')}`)
  .sort();
const kindOf = (path) => /data-step-kind="(\w+)"/.exec(read(join(path, 'index.html')))?.[1];
const byKind = Object.groupBy(steps, (path) => kindOf(path) ?? 'none');

console.log(
  'page type'.padEnd(10),
  'before first answer'.padStart(20),
  'of which island'.padStart(16),
  'total'.padStart(10),
  'example',
);
for (const kind of ['quiz', 'scenario', 'video', 'practice']) {
  const page = byKind[kind]?.[0];
  if (!page) continue;
  const weight = js(page);
  console.log(
    kind.padEnd(10),
    `${kb(gzip(weight.first))} (${weight.first.size})`.padStart(20),
    kb(gzip(weight.island)).padStart(16),
    `${kb(gzip(weight.total))} (${weight.total.size})`.padStart(10),
    page,
  );
}

console.log('\nnew JS on a second page after a first (files not loaded before, whole page)');
const pairs = [
  ['quiz', 0, 'quiz', 1],
  ['scenario', 0, 'scenario', 1],
  ['quiz', 0, 'scenario', 0],
  ['scenario', 0, 'quiz', 0],
  ['lesson', 0, 'quiz', 0],
];
for (const [fromKind, i, toKind, j] of pairs) {
  const from = byKind[fromKind]?.[i];
  const to = byKind[toKind]?.[j];
  if (!from || !to) continue;
  const before = js(from).total;
  const after = js(to);
  const fresh = [...after.total].filter((url) => !before.has(url));
  const freshFirst = [...after.first].filter((url) => !before.has(url));
  console.log(
    `${fromKind} → ${toKind}`.padEnd(20),
    `${kb(gzip(freshFirst))} before first answer, ${kb(gzip(fresh))} in all (${fresh.length} files)`,
    fresh.map((url) => url.replace('/_astro/', '')).join(' '),
  );
}
