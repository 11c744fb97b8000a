// Do two builds of the site look the same? `node tests/bench/css-screenshots.mjs <before dist> <after dist>`
// screenshots one page of each type from each build (light and dark, 320 and 1280 px wide, the whole
// page, once the learning record has filled in; videos masked) and compares the PNGs byte for byte. Used to prove
// that merging and pruning each page type's stylesheets (src/styles/integration.ts) changes nothing a
// learner sees. Writes the differing pairs to .cache/css-screenshots/. Exits 1 on a difference.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { staticSite } from '../e2e/static-site.mjs';

const [before = 'dist-before', after = 'dist'] = process.argv.slice(2);
const choice = 'node_modules/.cache/sideline-browser.json';
const executablePath = existsSync(choice)
  ? JSON.parse(readFileSync(choice, 'utf8')).executablePath
  : undefined;

const pages = Object.values(
  JSON.parse(execSync(`node tests/bench/list-pages.mjs ${after}`, { encoding: 'utf8' })),
).filter(Boolean);
pages.push('/paths/', '/roles/', '/404.html', '/templates/', '/certificate/', '/assignment/');

const serve = (dir, port) =>
  new Promise((done) => {
    const server = createServer(staticSite(() => resolve(dir))).listen(port, () => done(server));
  });
const base = Number(process.env.SIDELINE_TEST_PORT ?? 4443) + 100;
const servers = [await serve(before, base), await serve(after, base + 1)];
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
// Not test-results/: a Playwright run empties it.
const out = '.cache/css-screenshots';
mkdirSync(out, { recursive: true });

async function shot(port, path, width, colorScheme) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
  // The record loads at idle; give it, and any island coming into view, time to settle.
  await page.waitForTimeout(800);
  // A video's native controls show how much has buffered, which depends on the network, not the CSS.
  const png = await page.screenshot({
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    mask: [page.locator('video')],
  });
  await context.close();
  return png;
}

let differ = 0;
let same = 0;
for (const path of pages) {
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const [a, b] = [
        await shot(base, path, width, scheme),
        await shot(base + 1, path, width, scheme),
      ];
      const name = `${path.replaceAll('/', '_')}-${width}-${scheme}`;
      if (a.equals(b)) {
        same += 1;
      } else {
        differ += 1;
        writeFileSync(`${out}/${name}-before.png`, a);
        writeFileSync(`${out}/${name}-after.png`, b);
        console.log(`differs: ${path} at ${width} px, ${scheme}`);
      }
    }
  }
}
console.log(
  `${same} screenshots identical, ${differ} differ (${pages.length} pages × 2 widths × 2 schemes).`,
);
await browser.close();
for (const server of servers) server.close();
process.exit(differ ? 1 : 0);
