import { defineConfig } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const choice = 'node_modules/.cache/sideline-browser.json';
const executablePath = existsSync(choice)
  ? (JSON.parse(readFileSync(choice, 'utf8')) as { executablePath: string }).executablePath
  : undefined;

const port = 4399;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
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
    command: `npm run build && npx astro preview --port ${port}`,
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
  },
});
