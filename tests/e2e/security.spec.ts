import { expect, test } from '@playwright/test';
import { builtPages, samplePages } from './site-pages';

function lrsConnectSource(): string | undefined {
  const endpoint = process.env['SIDELINE_LRS_ENDPOINT'];
  return endpoint ? new URL(endpoint).origin : undefined;
}

test('every built page carries a Content-Security-Policy that only allows the site itself', async ({
  request,
}) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  const missing: string[] = [];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    // My learning may also connect to the organisation's LRS (playwright.config.ts names one).
    const lrs = path === '/my-learning/' ? lrsConnectSource() : undefined;
    const others = lrs ? csp?.replace(`connect-src 'self' ${lrs}`, '') : csp;
    if (!csp || !csp.includes("script-src 'self'") || /https?:\/\//.test(others ?? '')) {
      missing.push(path);
    }
  }
  expect(missing).toEqual([]);
});

for (const [name, path] of Object.entries(samplePages)) {
  test(`the ${name} page makes no request to any other host and breaks no CSP rule`, async ({
    page,
  }) => {
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (
        !['localhost', '127.0.0.1'].includes(url.hostname) &&
        url.protocol !== 'data:' &&
        url.protocol !== 'blob:'
      ) {
        foreign.push(request.url());
      }
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(path);
    await page.mouse.wheel(0, 20000);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('component styles inside a lesson really apply under the CSP', async ({ page }) => {
  await page.goto('/courses/sponsor-induction/');
  await page.getByRole('link', { name: 'Start course' }).click();
  // Walk forward until a lesson with a worked example (every lesson has one).
  for (let i = 0; i < 4 && (await page.locator('.example').count()) === 0; i++) {
    await page
      .getByRole('navigation', { name: 'Previous and next' })
      .getByRole('link', { name: /^Next/ })
      .click();
  }
  const example = page.locator('.example').first();
  await expect(example).toBeVisible();
  const border = await example.evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(border).toBe('solid');
});
