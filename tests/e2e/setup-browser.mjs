// Finds a Chromium for the browser tests: CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's
// own (installed on demand where the network allows). Writes the choice for playwright.config.ts.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

function find() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH))
    return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  console.log("No Chromium found: installing Playwright's own (npx playwright install chromium)…");
  try {
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  } catch {
    console.error(
      'Could not install a browser. On Debian or Ubuntu run: sudo apt-get install -y chromium, or set CHROME_PATH to a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
  return chromium.executablePath();
}

const path = find();
mkdirSync('node_modules/.cache', { recursive: true });
writeFileSync(
  'node_modules/.cache/sideline-browser.json',
  JSON.stringify({ executablePath: path }),
);
console.log(`Browser tests will use ${path}`);
