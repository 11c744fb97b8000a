/**
 * The worker's build on a tiny built site: what is precached, under which address, and that a change
 * to one file changes that file's revision alone (which is what makes an update download only it).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { precacheList, writeServiceWorker } from '../../../src/offline/integration';

const dist = mkdtempSync(join(tmpdir(), 'sideline-offline-unit-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function file(path: string, text: string): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}

file('index.html', '<h1>Home</h1>');
file('404.html', '<h1>Page not found</h1>');
file('courses/a/index.html', '<h1>A</h1>');
file('courses/a/one/index.html', '<h1>One</h1>');
file('_astro/page.Bx1.js', 'console.log(1)');
file('videos/v/video.mp4', 'not really a video');
file('videos/v/video.webm', 'not really a video');
file('videos/v/captions.vtt', 'WEBVTT');
file('books/a-a4.pdf', '%PDF a4');
file('books/a-us-letter.pdf', '%PDF letter');
file('sw.js', 'an old worker');

const revisions = async () =>
  new Map((await precacheList(dist)).manifestEntries.map((entry) => [entry.url, entry.revision]));

test('pages by their directory address; no videos, US Letter books or the worker itself', async () => {
  expect([...(await revisions()).keys()].sort()).toEqual([
    '/',
    '/404.html',
    '/_astro/page.Bx1.js',
    '/books/a-a4.pdf',
    '/courses/a/',
    '/courses/a/one/',
    '/videos/v/captions.vtt',
  ]);
});

test('a change to one page changes its revision and no other', async () => {
  const before = await revisions();
  file('courses/a/one/index.html', '<h1>One, revised</h1>');
  const after = await revisions();
  const changed = [...after].filter(([url, revision]) => before.get(url) !== revision);
  expect(changed.map(([url]) => url)).toEqual(['/courses/a/one/']);
});

test('sw.js is one self-contained script with the list in it, and no development logging', async () => {
  const report = await writeServiceWorker(dist);
  expect(report.count).toBe(7);
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  for (const [url, revision] of await revisions()) {
    expect(worker).toContain(JSON.stringify(url));
    expect(worker).toContain(JSON.stringify(revision));
  }
  expect(worker).not.toContain('__WB_MANIFEST');
  expect(worker).not.toContain('process.env');
  expect(worker).not.toMatch(/^\s*import\s|\bexport\s*\{/m);
  // Workbox's development build logs every request it answers; the production build does not.
  expect(worker).not.toContain('Precaching is responding to');
});
