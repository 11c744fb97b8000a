/**
 * `npm run screenshots`: builds the site, serves it and saves the pages people look at first, at a
 * phone's width and a laptop's, light and dark, into dist-screenshots/ (not committed), so anyone can
 * look without running the site. Uses the browser tests' server and browser choice.
 */
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const server = base.webServer;
if (!server || Array.isArray(server)) throw new Error('The browser tests define one web server.');

export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: '../../test-results/screenshots',
  workers: 1,
  timeout: 180_000,
  // The same build and server, run from the project's root as the browser tests' are.
  webServer: { ...server, cwd: '../..' },
});
