/**
 * The Chromium that build-time tools drive (the video pipeline draws slides with it, the books print
 * their PDFs with it): CHROME_PATH, then Debian's, then the one the browser tests chose
 * (tests/e2e/setup-browser.mjs), then Playwright's own if it was downloaded.
 */
import { existsSync, readFileSync } from 'node:fs';

export async function findChromium(): Promise<string | undefined> {
  const env = process.env['CHROME_PATH'];
  if (env && existsSync(env)) return env;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const choice = 'node_modules/.cache/sideline-browser.json';
  if (existsSync(choice)) {
    try {
      const { executablePath } = JSON.parse(readFileSync(choice, 'utf8')) as {
        executablePath?: string;
      };
      if (executablePath && existsSync(executablePath)) return executablePath;
    } catch {
      /* a broken choice file: look further */
    }
  }
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    /* Playwright not installed: nothing more to try */
  }
  return undefined;
}
