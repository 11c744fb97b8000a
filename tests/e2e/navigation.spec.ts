import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site-pages';
import { expectNoAxeViolations } from './axe';

/** Links a keyboard user can reach: visible, not removed from the tab order. */
async function keyboardLinks(page: Page): Promise<string[]> {
  return page.$$eval('a[href^="/"]', (anchors) =>
    anchors
      .filter((a) => a.getAttribute('tabindex') !== '-1' && a.getClientRects().length > 0)
      .map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

test('a keyboard-only user can reach every lesson from the home page', async ({ page }) => {
  test.setTimeout(300_000); // visits every course page
  const lessonPaths = builtPages().filter((path) => /^\/courses\/[^/]+\/[^/]+\/$/.test(path));
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift()!;
    if (!path.startsWith('/courses/') && path !== '/') continue;
    await page.goto(path);
    for (const link of await keyboardLinks(page)) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  const unreached = lessonPaths.filter((path) => !seen.has(path));
  expect(unreached).toEqual([]);
});

test('Tab and Enter alone take a learner from the home page into a lesson and on to the next', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  // Tab until the first course link on the home page has focus, then follow it.
  const courseLink = page.locator('main a[href^="/courses/"]').first();
  const target = await courseLink.getAttribute('href');
  for (
    let i = 0;
    i < 40 && !(await courseLink.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  const start = page.getByRole('link', { name: /^(Start course|Continue)/ });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toBeVisible();
  const next = page
    .getByRole('navigation', { name: 'Previous and next' })
    .getByRole('link', { name: /^Next/ });
  const nextHref = await next.getAttribute('href');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${nextHref}$`));
});

test('a lesson shows breadcrumbs, objectives at the top, key points at the end and its sources', async ({
  page,
}) => {
  await page.goto('/courses/sponsor-induction/sponsor-what-you-own/');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Courses');
  await expect(
    page.getByRole('heading', { name: 'In this lesson you will learn to' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  // Each source links to where a learner can read it (every source has a URL: content:report).
  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  const count = await sources.count();
  expect(count).toBeGreaterThan(0);
  await expect(sources.getByRole('link')).toHaveCount(count);
  expect(await sources.getByRole('link').first().getAttribute('href')).toMatch(/^https:\/\//);
});

test('a glossary term opens its definition by keyboard and closes with Escape', async ({
  page,
}) => {
  const lessons = builtPages().filter((p) => /^\/courses\/sponsor-induction\/[^/]+\/$/.test(p));
  for (const path of lessons) {
    await page.goto(path);
    if ((await page.locator('.term__button').count()) > 0) break;
  }
  const term = page.locator('.term__button').first();
  await term.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator('.term__popover:popover-open');
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('link', { name: 'More in the glossary' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.term__popover:popover-open')).toHaveCount(0);
});

test('an unknown address shows the plain not-found page', async ({ page }) => {
  const response = await page.goto('/courses/no-such-course/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('a lesson prints without the site navigation', async ({ page }) => {
  await page.goto(builtPages().find((p) => /^\/courses\/sponsor-induction\/[^/]+\/$/.test(p))!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next' })).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});

test('a PMO reaches assigning and insights from the home page in two clicks, and from the footer, the PMO role page and the lessons that teach them', async ({
  page,
}) => {
  for (const target of [
    { link: 'Assign learning', heading: /assign/i, url: '/pmo/assign/' },
    { link: 'See insights from reports', heading: /insights/i, url: '/pmo/insights/' },
  ]) {
    await page.goto('/');
    await page
      .getByRole('link', { name: "Assign learning and see your people's progress" })
      .click();
    await expect(page).toHaveURL('/pmo/');
    await page.getByRole('main').getByRole('link', { name: target.link, exact: true }).click();
    await expect(page).toHaveURL(target.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.heading);
  }
  await page.goto('/glossary/');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'For PMOs: assign learning and see insights' })
    .click();
  await expect(page).toHaveURL('/pmo/');
  await page.goto('/roles/pmo/');
  await expect(page.getByRole('link', { name: 'Assign learning', exact: true })).toHaveAttribute(
    'href',
    '/pmo/assign/',
  );
  await expect(page.getByRole('link', { name: 'see insights from the reports' })).toHaveAttribute(
    'href',
    '/pmo/insights/',
  );
  await page.goto('/courses/pmo-coach-dont-play/pmo-assigning-learning-paths/');
  await expect(page.getByRole('link', { name: 'assign learning', exact: true })).toHaveAttribute(
    'href',
    '/pmo/assign/',
  );
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the header is one short row, and its menu opens by keyboard and reaches every section', async ({
    page,
  }) => {
    await page.goto('/courses/');
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(120);
    await expect(header.getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
    // Its icon at full size, not squeezed to a sliver by the row.
    const icon = await header.getByRole('link', { name: 'Search' }).locator('svg').boundingBox();
    expect(icon!.width).toBeGreaterThanOrEqual(16);
    const menu = header.getByText('Menu', { exact: true });
    await menu.focus();
    await page.keyboard.press('Enter');
    const links = header.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await expect(links).toHaveText([
      'Courses',
      'Paths',
      'Roles',
      'Glossary',
      'My learning',
      'For PMOs',
    ]);
    await expect(header.getByRole('link', { name: 'Courses' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectNoAxeViolations(page, 'header menu open on a phone');
    await page.keyboard.press('Tab');
    await expect(header.getByRole('link', { name: 'Courses' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/paths/');
  });

  test('the menu works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 812 },
    });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('banner').getByText('Menu', { exact: true }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL('/glossary/');
    await context.close();
  });
});

test('on a wide screen, the header search field has a visible label', async ({ page }) => {
  await page.goto('/courses/');
  const label = page.getByText('Search this site');
  await expect(label).toBeVisible();
  await expect(page.getByLabel('Search this site')).toBeVisible();
});

// A tablet or a narrow laptop window: the header used to wrap onto two rows (160 px) here.
for (const width of [768, 860, 960, 1000]) {
  test(`at ${width} px the header is one row: the name, every section and search`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/courses/');
    const header = page.getByRole('banner');
    const name = await header.getByRole('link', { name: 'Sideline' }).boundingBox();
    const main = header.getByRole('navigation', { name: 'Main' });
    await expect(main.getByRole('link')).toHaveText([
      'Courses',
      'Paths',
      'Roles',
      'Glossary',
      'My learning',
    ]);
    const search = header.getByRole('link', { name: 'Search' });
    await expect(search).toHaveAttribute('href', '/search/');
    for (const box of [await main.boundingBox(), await search.boundingBox()]) {
      // Beside the name, not below it.
      expect(box!.y).toBeLessThan(name!.y + name!.height);
    }
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(90);
    await expectNoAxeViolations(page, `header at ${width} px`);
  });
}
