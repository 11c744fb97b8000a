import { defineConfig } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const choice = 'node_modules/.cache/sideline-browser.json';
const executablePath = existsSync(choice)
  ? (JSON.parse(readFileSync(choice, 'utf8')) as { executablePath: string }).executablePath
  : undefined;

const port = Number(process.env['SIDELINE_TEST_PORT'] ?? 4399);
// The tests build into their own folder, so a build running beside them cannot change what they test.
const dist = (process.env['SIDELINE_DIST'] ??= 'dist');
// The browser tests' build offers sending to the loopback LRS (tests/lrs) that lrs-sync.spec.ts starts
// on this port; no other page connects anywhere, and nothing is sent without the learner's consent.
const lrsPort = (process.env['SIDELINE_LRS_PORT'] ??= String(port + 1000));
process.env['SIDELINE_LRS_ENDPOINT'] ??= `http://127.0.0.1:${lrsPort}/xAPI`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // Each test is a fresh browser context; letting the service worker precache the whole site in
    // every one of them costs more than the test. The offline specs allow it back.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx astro build --outDir ${dist} && node tests/e2e/serve.mjs ${port} ${dist}`,
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
  },
});
