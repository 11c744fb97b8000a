// What each page type ships, gzip -9 (Node's zlib), from the built site: `node tests/bench/1-js-weight.bench.mjs [dist]`
// (builds dist/ first if it is missing; give another folder, e.g. a build of main, to compare).
//
// JavaScript, two figures per page type:
// - before interaction: what loads with the page before the learner does anything: module scripts
//   and inline scripts, <link rel="modulepreload">, and for each island its component, its renderer
//   and everything those import statically (islands hydrate as they come into view, not on a press);
// - total: the same plus every dynamic import() that code can make (the learning record loaded at
//   idle, Dexie, workers left aside), followed transitively.
// CSS per page type: the stylesheets the page links (files, raw, gzip) and inline <style>, and how
// many of the linked ones block rendering (rel=stylesheet without a non-screen media query).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const distName = process.argv[2] ?? 'dist';
const dist = join(process.cwd(), distName);
if (!existsSync(join(dist, 'index.html'))) {
  if (distName !== 'dist') throw new Error(`${distName}/index.html is missing: build it first.`);
  execSync('npx astro build', { stdio: 'ignore' });
}

const exists = (url) => existsSync(join(dist, url));
const read = (url) => readFileSync(join(dist, url));

/** Chunks a module imports: static ones, and dynamic ones (import() and Vite's preload lists). */
function importsOf(url) {
  const code = read(url).toString('utf8');
  const resolve = (spec) => new URL(spec, `http://x${url}`).pathname;
  const statics = new Set();
  const dynamics = new Set();
  // import{a}from"./x.js"  import"./x.js"  export{a}from"./x.js"
  for (const match of code.matchAll(
    /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js|\/[^"'`]+\.js)["'`]/g,
  ))
    statics.add(resolve(match[1]));
  // import(`./x.js`), the bundler's backticks included.
  for (const match of code.matchAll(
    /\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js|\/[^"'`]+\.js)["'`]/g,
  ))
    dynamics.add(resolve(match[1]));
  // Vite's __vite__mapDeps list ("_astro/x.js", from the site's root): loaded with a dynamic import.
  for (const match of code.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g))
    dynamics.add(`/${match[1]}`);
  return { statics: [...statics].filter(exists), dynamics: [...dynamics].filter(exists) };
}

/** Every module reachable from the start ones: by static imports only, or by dynamic ones too. */
function closure(start, { dynamic }) {
  const seen = new Set(start.filter(exists));
  const queue = [...seen];
  while (queue.length) {
    const { statics, dynamics } = importsOf(queue.shift());
    for (const next of dynamic ? [...statics, ...dynamics] : statics) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

const gzip = (buffers) => {
  const all = Buffer.concat(buffers);
  return { raw: all.length, gzip: all.length ? gzipSync(all, { level: 9 }).length : 0 };
};

function jsOf(html) {
  const start = new Set();
  for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) start.add(match[1]);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g))
    start.add(match[1]);
  for (const match of html.matchAll(/(?:component-url|renderer-url)="([^"]+\.js)"/g))
    start.add(match[1]);
  const inlineCode = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application)[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1])
    .join('');
  // Inline scripts may import chunks too (Astro's island loader does not, the service worker's does not).
  for (const match of inlineCode.matchAll(/(?:from|import)\s*\(?\s*["'`](\/[^"'`]+\.js)["'`]/g))
    start.add(match[1]);
  const inline = Buffer.from(inlineCode);
  const before = closure([...start], { dynamic: false });
  const total = closure([...start], { dynamic: true });
  return {
    before: { ...gzip([...[...before].map(read), inline]), files: before.size },
    total: { ...gzip([...[...total].map(read), inline]), files: total.size },
  };
}

function cssOf(html) {
  const links = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
  const hrefs = links
    .map((tag) => /href="([^"]+)"/.exec(tag)?.[1])
    .filter((href) => href && exists(href));
  const blocking = links.filter((tag) => {
    const media = /media="([^"]*)"/.exec(tag)?.[1];
    return !media || /^(all|screen)\b/.test(media);
  }).length;
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return {
    ...gzip(hrefs.map(read)),
    files: hrefs.length,
    blocking,
    inline: Buffer.byteLength(inline),
  };
}

const tree = JSON.parse(
  execSync(`node tests/bench/list-pages.mjs ${distName}`, { encoding: 'utf8' }),
);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;
const row = (cells, widths) =>
  cells.map((c, i) => String(c)[i ? 'padStart' : 'padEnd'](widths[i])).join(' ');

console.log(
  `${distName}: KB (raw / gzip -9); "before" = before interaction, "total" = with dynamic imports\n`,
);
const jsWidths = [20, 24, 24, 7, 7];
console.log(row(['JavaScript', 'before raw/gzip', 'total raw/gzip', 'files', 'files'], jsWidths));
const rows = [];
for (const [type, path] of Object.entries(tree)) {
  if (!path) continue;
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const js = jsOf(html);
  rows.push({ type, path, html });
  console.log(
    row(
      [
        type,
        `${kb(js.before.raw)} / ${kb(js.before.gzip)}`,
        `${kb(js.total.raw)} / ${kb(js.total.gzip)}`,
        js.before.files,
        js.total.files,
      ],
      jsWidths,
    ),
  );
}
console.log('');
const cssWidths = [20, 7, 10, 10, 9, 13];
console.log(row(['CSS', 'files', 'raw', 'gzip', 'blocking', 'inline raw'], cssWidths));
for (const { type, html } of rows) {
  const css = cssOf(html);
  console.log(
    row([type, css.files, kb(css.raw), kb(css.gzip), css.blocking, kb(css.inline)], cssWidths),
  );
}
console.log('\nExample pages:');
for (const { type, path } of rows) console.log(`  ${type.padEnd(20)} ${path}`);
