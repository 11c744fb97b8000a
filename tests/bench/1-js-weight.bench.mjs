// JavaScript shipped per page type, raw and gzip -9, counting every module a page loads (scripts,
// islands, renderers and everything they import). Builds the site first if dist/ is missing.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'index.html'))) execSync('npx astro build', { stdio: 'ignore' });

const jsOf = (html) => {
  const urls = new Set();
  for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/(?:component-url|renderer-url)="([^"]+\.js)"/g))
    urls.add(match[1]);
  for (const match of html.matchAll(/import\("([^"]+\.js)"\)|from\s*"([^"]+\.js)"/g))
    urls.add(match[1] ?? match[2]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  // Follow static and dynamic imports between chunks.
  const queue = [...urls];
  while (queue.length) {
    const url = queue.shift();
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      // The bundler quotes dynamic imports with backticks: import(`./chunk.js`).
      /(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js|\/[^"'`]+\.js)["'`]/g,
    )) {
      const next = new URL(match[1], `http://x${url}`).pathname;
      if (!urls.has(next)) {
        urls.add(next);
        queue.push(next);
      }
    }
  }
  const files = [...urls].filter((url) => existsSync(join(dist, url)));
  const code = files.map((url) => readFileSync(join(dist, url)));
  const all = Buffer.concat([...code, Buffer.from(inline)]);
  return {
    raw: all.length,
    gzip: all.length ? gzipSync(all, { level: 9 }).length : 0,
    files: files.length,
    inline: inline.length,
  };
};

const tree = JSON.parse(execSync('node tests/bench/list-pages.mjs', { encoding: 'utf8' }));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  'page type'.padEnd(22),
  'example'.padEnd(58),
  'raw'.padStart(10),
  'gzip'.padStart(10),
  'files'.padStart(6),
);
for (const [type, path] of Object.entries(tree)) {
  if (!path) continue;
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const js = jsOf(html);
  console.log(
    type.padEnd(22),
    path.padEnd(58),
    kb(js.raw).padStart(10),
    kb(js.gzip).padStart(10),
    String(js.files).padStart(6),
  );
}
