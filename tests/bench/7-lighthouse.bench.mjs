// Lighthouse (mobile preset, simulated throttling) over one page of each type, in Debian Chromium
// (/usr/bin/chromium, or CHROME_PATH), against the built site served locally with gzip as any host
// would. Prints each page's performance and accessibility scores, LCP, TBT and the bytes transferred, and where the
// time goes (the longest-running script, JS shipped but unused, render-blocking files). Needs the npm package `lighthouse` (12.2.3) where `import('lighthouse')`
// resolves; without it, says so and stops. Builds the site into dist/ if it is missing.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, request as get } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

// The page types the issue names (keys of samplePages in tests/e2e/site-pages.ts).
const PAGES = {
  home: '/',
  catalogue: '/courses/',
  course: '/courses/sponsor-induction/',
  lesson: '/courses/sponsor-induction/sponsor-what-you-own/',
  video: '/courses/sponsor-induction/sponsor-role-video/',
  quiz: '/courses/sponsor-induction/sponsor-accountability-quiz/',
  scenario: '/courses/pmo-coach-dont-play/helpful-rescue/',
  search: '/search/?q=sponsor',
  'my learning': '/my-learning/',
  'PMO insights': '/pmo/insights/',
};
// `node tests/bench/7-lighthouse.bench.mjs [dist] [page type,…]`; LIGHTHOUSE_PORT when 4412 is taken.
const dist = process.argv[2] ?? 'dist';
const only = process.argv[3]?.split(',');
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4412);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

let lighthouse;
let chromeLauncher;
try {
  lighthouse = (await import('lighthouse')).default;
  chromeLauncher = await import('chrome-launcher');
} catch {
  console.log(
    'Lighthouse is not installed here: add it (npm i -D lighthouse@12.2.3), or install it in a folder this file resolves from. Nothing was measured.',
  );
  process.exit(0);
}

if (!existsSync(join(process.cwd(), dist, 'index.html')))
  execSync('npx astro build', {
    stdio: 'ignore',
    env: { ...process.env, SIDELINE_SKIP_BOOKS: '1' },
  });

// The test server serves files as they are; hosts compress text, so this front compresses it too.
const files = spawn(process.execPath, ['tests/e2e/serve.mjs', String(port + 1), dist], {
  stdio: 'ignore',
});
const front = createServer((req, res) => {
  const upstream = get(
    { port: port + 1, path: req.url, method: req.method, headers: req.headers },
    (reply) => {
      const type = String(reply.headers['content-type'] ?? '');
      const compress =
        /text|javascript|json|svg|xml/.test(type) &&
        /gzip/.test(String(req.headers['accept-encoding'] ?? '')) &&
        reply.statusCode === 200;
      const headers = { ...reply.headers };
      if (compress) {
        delete headers['content-length'];
        headers['content-encoding'] = 'gzip';
      }
      // Lighthouse cancels requests it no longer needs: then there is nothing to answer.
      if (res.destroyed) {
        reply.resume();
        return;
      }
      res.writeHead(reply.statusCode ?? 500, headers);
      if (compress) pipeline(reply, createGzip(), res, () => undefined);
      else pipeline(reply, res, () => undefined);
    },
  );
  upstream.on('error', () => res.destroy());
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}).listen(port);
await new Promise((resolve) => setTimeout(resolve, 800));

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const rows = [];
try {
  for (const [type, path] of Object.entries(PAGES)) {
    if (only && !only.includes(type)) continue;
    const result = await lighthouse(
      `http://localhost:${port}${path}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      // The default config is the mobile preset: a mid-range phone, slow 4G, simulated throttling.
      undefined,
    );
    const { audits, categories } = result.lhr;
    // Where the time goes: the script that runs longest, JS shipped but not run, render-blocking files.
    const scripts = audits['bootup-time'].details?.items ?? [];
    const longest = [...scripts].sort((x, y) => y.scripting - x.scripting)[0];
    const blocking = audits['render-blocking-resources'].details?.items ?? [];
    const unusedJs = audits['unused-javascript'].details?.overallSavingsBytes ?? 0;
    const lcpElement =
      audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector;
    const cls = audits['cumulative-layout-shift'].numericValue;
    const costly = [
      lcpElement ? `LCP ${lcpElement}` : '',
      cls >= 0.01 ? `CLS ${cls.toFixed(2)}` : '',
      longest
        ? `longest script ${String(longest.url).split('/').pop()} ${longest.scripting.toFixed(0)} ms`
        : '',
      unusedJs ? `unused JS ${(unusedJs / 1024).toFixed(0)} KiB` : '',
      blocking.length ? `${blocking.length} render-blocking` : '',
    ].filter(Boolean);
    rows.push({
      type,
      score: Math.round((categories.performance.score ?? 0) * 100),
      a11y: Math.round((categories.accessibility.score ?? 0) * 100),
      lcp: audits['largest-contentful-paint'].numericValue / 1000,
      tbt: audits['total-blocking-time'].numericValue,
      kib: audits['total-byte-weight'].numericValue / 1024,
      costly: costly.join(', ') || '-',
    });
  }
} finally {
  await chrome.kill();
  front.close();
  files.kill();
}

console.log(
  '| page | Lighthouse perf | accessibility | LCP | TBT | transfer | where the time goes |',
);
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(
    `| ${row.type} | ${row.score} | ${row.a11y} | ${row.lcp.toFixed(1)} s | ${row.tbt.toFixed(0)} ms | ${row.kib.toFixed(0)} KiB | ${row.costly} |`,
  );
}
console.log(
  'Lighthouse 12 mobile preset, simulated throttling; goal: score ≥ 98, LCP ≤ 1.8 s, TBT ≤ 50 ms.',
);
