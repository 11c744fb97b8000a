/**
 * What a deploy costs a returning learner, counted on the server: each test serves the build itself,
 * logs every path the browser asks for, and can switch to a changed copy of the build under the same
 * address (the copy's sw.js is rewritten by the integration, as a build would).
 */
import { expect, test } from '@playwright/test';
import { waitForOfflineCopy } from './offline-ready';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { precacheList, writeServiceWorker } from '../../src/offline/integration';
import { staticSite } from './static-site.mjs';

test.use({ serviceWorkers: 'allow' });

const dist = resolve(process.env['SIDELINE_DIST'] ?? 'dist');
const lesson = '/courses/sponsor-induction/sponsor-what-you-own/';
const otherLesson = '/courses/sponsor-induction/who-owns-the-benefit/';
const revised = 'Revised after the learner’s first visit.';

interface TestSite {
  origin: string;
  /** Every path asked for since the last reset, in order. */
  served: string[];
  /** Serve another folder from the next request on. */
  serve(folder: string): void;
  /** Answer 500 to the next request for this path (a failure during install). */
  failOnce(path: string): void;
  /** Answer requests for this path only after this many milliseconds (a stalled network). */
  delay(path: string, ms: number): void;
}

let server: Server | undefined;
const copies: string[] = [];
test.afterEach(() => {
  server?.close();
  server?.closeAllConnections(); // a delayed answer still pending
  copies.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

async function startSite(folder: string): Promise<TestSite> {
  let root = folder;
  const failing = new Set<string>();
  const delays = new Map<string, number>();
  const served: string[] = [];
  const site = staticSite(() => root);
  server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    served.push(pathname);
    if (failing.delete(pathname)) response.writeHead(500).end();
    else setTimeout(() => site(request, response), delays.get(pathname) ?? 0);
  });
  await new Promise<void>((done) => server!.listen(0, 'localhost', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    served,
    serve: (next) => void (root = next),
    failOnce: (path) => void failing.add(path),
    delay: (path, ms) => void delays.set(path, ms),
  };
}

/** A copy of the build with one lesson changed, and the worker rewritten for it. */
function changedBuild(): string {
  const folder = mkdtempSync(join(tmpdir(), 'sideline-update-'));
  copies.push(folder);
  cpSync(dist, folder, { recursive: true });
  const file = join(folder, lesson, 'index.html');
  const html = readFileSync(file, 'utf8');
  expect(html).toContain('</main>');
  writeFileSync(file, html.replace('</main>', `<p>${revised}</p></main>`));
  return folder;
}

const precachedPaths = async () =>
  (await precacheList(dist)).manifestEntries.map((entry) => entry.url);

test('after a change to one lesson, a returning learner’s browser fetches only that page and the worker', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000); // installs the whole site first, and copies the build
  const precached = await precachedPaths();
  const site = await startSite(dist);
  const changed = changedBuild();

  // First visit: the worker installs, fetching every precached file.
  await page.goto(site.origin + lesson);
  await waitForOfflineCopy(page);
  const firstVisit = new Set(site.served);
  expect(precached.filter((path) => !firstVisit.has(path))).toEqual([]);
  expect(precached.length).toBeGreaterThan(100);

  // The lesson changes on the server, the worker not yet: pages come from the network first, so the
  // learner sees the change at once.
  site.serve(changed);
  await page.goto(site.origin + lesson);
  await expect(page.getByText(revised)).toBeVisible();
  // Let the update check that navigation started finish against the unchanged worker.
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.ready).update();
  });

  // The deploy: the new worker's list differs from the old in that lesson's revision alone.
  await writeServiceWorker(changed);
  site.served.length = 0;
  await page.evaluate(async () => {
    // A whole-site copy left by the worker before workbox, as a returning learner may have one.
    await caches.open('sideline-precache-a668c246b4fc');
    const replaced = new Promise((done) =>
      navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
    );
    await (await navigator.serviceWorker.ready).update();
    await replaced;
  });
  // The new worker deletes it while it activates (control passes to it a moment before).
  await expect
    .poll(() => page.evaluate(() => caches.keys()))
    .toEqual([expect.stringMatching(/^sideline-precache-v2-/)]);
  const fetched = [...site.served];
  console.log(
    `First visit: ${firstVisit.size} paths fetched (${precached.length} precached). ` +
      `Update after one lesson changed: ${fetched.length} (${fetched.join(', ')}).`,
  );
  expect(fetched).toContain('/sw.js');
  expect(fetched.filter((path) => path !== '/sw.js')).toEqual([lesson]);

  // Offline, the changed lesson is the new one, and the rest of the site is still there.
  await context.setOffline(true);
  await page.goto(site.origin + lesson);
  await expect(page.getByText(revised)).toBeVisible();
  await page.goto(site.origin + otherLesson);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h1')).not.toHaveText('Page not found');
});

test('a file that fails while the worker installs is fetched at the next visit, and only what was missing', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const precached = await precachedPaths();
  const pages = precached.filter((path) => path.startsWith('/courses/') && path.endsWith('/'));
  const missed = pages[Math.floor(pages.length / 2)]!;
  const site = await startSite(dist);
  site.failOnce(missed);

  // First visit: the install stops at the failed file, and no worker takes control.
  await page.goto(site.origin + '/');
  await expect.poll(() => site.served.includes(missed), { timeout: 60_000 }).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return Boolean(registration?.installing ?? registration?.waiting ?? registration?.active);
      }),
    )
    .toBe(false);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(false);

  // The next visit registers the worker again (src/offline/components/ServiceWorker.astro does it on
  // every page load); asked from this page, so every request counted is the worker's.
  site.served.length = 0;
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js'));
  await waitForOfflineCopy(page);
  const retried = new Set(site.served);
  expect(retried.has(missed)).toBe(true);
  // Whatever the first attempt saved before the failure is not fetched again.
  const savedBefore = precached.slice(0, precached.indexOf(missed));
  expect(savedBefore.length).toBeGreaterThan(0);
  expect(savedBefore.filter((path) => retried.has(path))).toEqual([]);

  await context.setOffline(true);
  await page.goto(site.origin + missed);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h1')).not.toHaveText('Page not found');
});

test('a page the network is slow to send comes from the precache after 4 seconds', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const site = await startSite(dist);
  await page.goto(site.origin + '/');
  await waitForOfflineCopy(page);
  site.delay(lesson, 30_000);
  const started = Date.now();
  await page.goto(site.origin + lesson);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h1')).not.toHaveText('Page not found');
  const waited = Date.now() - started;
  expect(waited).toBeGreaterThanOrEqual(4_000);
  expect(waited).toBeLessThan(15_000);
});
