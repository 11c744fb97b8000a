// A heavy learner's record on the built site, in Chromium: 10,000 and 100,000 realistic statements
// (made with the record's own statement builder, about the site's real courses) are put into
// IndexedDB in one Dexie bulkPut, then timed: opening My learning until the course list is on screen,
// "Download my record" until the file is saved, and importing that file into an empty browser until
// the page says it is done. Prints each time with the page's JS heap (CDP Performance.getMetrics,
// sampled every 100 ms: the peak) and the file's size. Builds the site into dist/ if it is missing
// (SIDELINE_DIST picks another build); SIZES=10000,100000 picks the record sizes.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { staticSite } from '../e2e/static-site.mjs';

/* global window -- parts of this file run in the page */

const SIZES = (process.env.SIZES ?? '10000,100000').split(',').map(Number);
const dist = resolve(process.env.SIDELINE_DIST ?? 'dist');
if (!existsSync(join(dist, 'my-learning/index.html')))
  execSync(`npx astro build --outDir ${dist}`, { stdio: 'ignore' });

const dir = mkdtempSync(join(tmpdir(), 'sideline-large-record-'));
await build({
  entryPoints: ['tests/fixtures/records/seed-page.ts'],
  bundle: true,
  format: 'iife',
  outfile: join(dir, 'seed.js'),
  logLevel: 'error',
});
const seedScript = readFileSync(join(dir, 'seed.js'), 'utf8');

const server = createServer(staticSite(() => dist)).listen(0);
const base = `http://localhost:${server.address().port}`;
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Runs `act`, sampling the page's JS heap meanwhile; returns its time and the peak heap. With
 * `fresh`, the page first leaves for about:blank and collects garbage, so the heap counted is the
 * next page's alone, not what the last one left behind.
 */
async function measured(page, act, { fresh = false } = {}) {
  if (fresh) await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  if (fresh) await cdp.send('HeapProfiler.collectGarbage');
  const heapNow = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  let peak = await heapNow();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heapNow().catch(() => 0));
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  const started = Date.now();
  const value = await act();
  const ms = Date.now() - started;
  sampling = false;
  await sampler;
  const after = await heapNow().catch(() => 0);
  await cdp.detach().catch(() => undefined);
  return { ms, peak: Math.max(peak, after), after, value };
}

const courseList = (page) =>
  page.locator('.record-task-list').first().waitFor({ timeout: 600_000 });

for (const size of SIZES) {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}/my-learning/`);
  await page.evaluate(seedScript); // page.evaluate, not a script tag: the site's CSP refuses inline scripts
  const seedStart = Date.now();
  await page.evaluate((count) => window.seedLargeRecord(count), size);
  const seedMs = Date.now() - seedStart;

  const open = await measured(
    page,
    async () => {
      await page.goto(`${base}/my-learning/`);
      await courseList(page);
    },
    { fresh: true },
  );
  const download = await measured(page, async () => {
    const saving = page.waitForEvent('download', { timeout: 600_000 });
    await page.getByRole('button', { name: 'Download my record' }).click();
    const file = await (await saving).path();
    await page.getByRole('status').filter({ hasText: 'has been downloaded' }).waitFor();
    return file;
  });
  const bytes = statSync(download.value).size;
  const lesson = await measured(
    page,
    async () => {
      await page.goto(`${base}/courses/sponsor-induction/sponsor-what-you-own/`);
      await page.getByText('You have finished this lesson.').waitFor({ timeout: 600_000 });
    },
    { fresh: true },
  );

  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const empty = await fresh.newPage();
  await empty.goto(`${base}/my-learning/`);
  await empty.getByLabel('Choose a record file').setInputFiles(download.value);
  const restore = await measured(empty, async () => {
    await empty.getByRole('button', { name: 'Import record' }).click();
    await empty
      .getByText(/^Record imported|too big|not enough storage|went wrong/)
      .waitFor({ timeout: 600_000 });
    return empty.locator('.record-tools-message, .record-error').allInnerTexts();
  });
  const imported = restore.value.join(' ').trim();

  console.log(`\n${size.toLocaleString('en-GB')} statements (seeded in ${seconds(seedMs)})`);
  console.log(
    `  open My learning:    ${seconds(open.ms)}   JS heap peak ${mb(open.peak)}, after ${mb(open.after)}`,
  );
  console.log(
    `  open a lesson page:  ${seconds(lesson.ms)}   JS heap peak ${mb(lesson.peak)}, after ${mb(lesson.after)}`,
  );
  console.log(
    `  download my record:  ${seconds(download.ms)}   JS heap peak ${mb(download.peak)}; file ${mb(bytes)}`,
  );
  console.log(
    `  import it (empty):   ${seconds(restore.ms)}   JS heap peak ${mb(restore.peak)}: "${imported.slice(0, 90)}"`,
  );
  await fresh.close();
  await context.close();
}

await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });
