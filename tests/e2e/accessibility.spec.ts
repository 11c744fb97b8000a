import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { builtPages } from './site-pages';

const pages = builtPages();

test('the build produced the expected kinds of page', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  expect(pages.filter((path) => path.startsWith('/courses/')).length).toBeGreaterThan(20);
});

// One test per page keeps failures pointed; axe runs on every page the build produced.
for (const path of pages) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

for (const path of pages
  .filter((p) => /^\/(courses\/[^/]+\/[^/]+\/|glossary\/|roles\/sponsor\/|)$/.test(p))
  .slice(0, 8)) {
  test(`${path} reflows at 320 px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('dark mode keeps text readable (axe colour contrast)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/courses/sponsor-induction/');
  await expectNoAxeViolations(page, 'dark mode');
});
