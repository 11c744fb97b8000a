import { expect, test, type Page } from '@playwright/test';
import { waitForOfflineCopy } from './offline-ready';
import { expectNoAxeViolations } from './axe';

// The offline search test needs the service worker that the other suites block.
test.use({ serviceWorkers: 'allow' });

const COUNT = /^(\d+) results? for /;

/** The number the live region announced, once a search has finished. */
async function announcedCount(page: Page, query: string): Promise<number> {
  const status = page.getByRole('status');
  await expect(status).toHaveText(new RegExp(`^(\\d+ results? for|No results for) ${query}`), {
    timeout: 30_000,
  });
  return Number(COUNT.exec((await status.textContent()) ?? '')?.[1] ?? 0);
}

const results = (page: Page) => page.getByRole('region', { name: 'Results' }).getByRole('listitem');
const firstResultLink = (page: Page) => results(page).first().getByRole('link');

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('a search for "tolerance" lists a tolerances lesson first, with the glossary definition above the results', async ({
  page,
}) => {
  const violations = watchCsp(page);
  await page.goto('/search/?q=tolerance');
  expect(await announcedCount(page, 'tolerance')).toBeGreaterThan(5);

  const glossary = page.getByRole('region', { name: 'From the glossary' });
  await expect(glossary.getByRole('heading', { name: 'Tolerance', level: 3 })).toBeVisible();
  await expect(glossary.getByRole('link', { name: 'Tolerance in the glossary' })).toHaveAttribute(
    'href',
    '/glossary/#tolerance',
  );
  // The term shown above is not listed again below.
  await expect(results(page).getByRole('link', { name: 'Tolerance', exact: true })).toHaveCount(0);

  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(/toleranc/i);
  await expect(first.locator('.search-result__place')).toHaveText(
    /^Lesson · .+ · Module: .*toleranc/i,
  );
  await expect(firstResultLink(page)).toHaveAttribute('href', /^\/courses\/[^/]+\/[^/]+\/$/);
  // The excerpt highlights the matched word, and a highlight is the only element it can contain.
  await expect(first.locator('.search-result__excerpt mark').first()).toHaveText(/toleranc/i);
  const tags = await page
    .locator('.search-result__excerpt *')
    .evaluateAll((nodes) => [...new Set(nodes.map((node) => node.tagName))]);
  expect(tags).toEqual(['MARK']);

  await firstResultLink(page).click();
  await expect(page.locator('h1')).toHaveText(/toleranc/i);
  expect(violations).toEqual([]);
});

test("a scenario's opening situation and words spoken in a video are found, each opening its step page", async ({
  page,
}) => {
  // Only the opening situation of a scenario.yaml says both words (a grants system whose supplier put
  // its prices up); the scenario page renders just an introduction.
  await page.goto('/search/?q=grants+prices');
  expect(await announcedCount(page, 'grants prices')).toBeGreaterThan(0);
  const scenario = results(page).first();
  await expect(scenario.locator('.search-result__place')).toHaveText(/^Scenario · /);
  await expect(scenario.getByRole('link')).toHaveAttribute('href', /^\/courses\/[^/]+\/[^/#]+\/$/);
  await scenario.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Ten per cent', level: 1 })).toBeVisible();

  // Only a video's narration uses this word.
  await page.goto('/search/?q=reliant');
  expect(await announcedCount(page, 'reliant')).toBe(1);
  await expect(results(page).first().locator('.search-result__place')).toHaveText(/^Video · /);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  await results(page).first().getByRole('link').click();
  await expect(page.locator('article[data-step-kind="video"] h1')).toBeVisible();
});

test('the header box is a plain form: it opens the search page with the query, and pages outside search load no search script', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/courses/');
  const box = page
    .getByRole('search', { name: 'Site' })
    .getByRole('searchbox', { name: 'Search this site' });
  await box.fill('exception report');
  expect(scripts.filter((path) => /search|pagefind/i.test(path))).toEqual([]);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=exception\+report$/);
  await expect(
    page.getByRole('searchbox', { name: 'Search the courses, glossary and role profiles' }),
  ).toHaveValue('exception report');
  expect(await announcedCount(page, 'exception report')).toBeGreaterThan(0);
  await expect(
    page
      .getByRole('region', { name: 'From the glossary' })
      .getByRole('heading', { name: 'Exception report' }),
  ).toBeVisible();
  // The search page has its own form; the header does not repeat it.
  await expect(page.getByRole('search', { name: 'Site' })).toHaveCount(0);
});

test('filters by course and by role narrow the results, and the address keeps them', async ({
  page,
}) => {
  await page.goto('/search/?q=tolerance');
  const all = await announcedCount(page, 'tolerance');

  await page
    .getByRole('group', { name: 'Course' })
    .getByRole('checkbox', { name: /^Sponsor induction/ })
    .check();
  await expect(page.getByRole('status')).toHaveText(/with these filters/);
  const inCourse = await announcedCount(page, 'tolerance');
  expect(inCourse).toBeGreaterThan(0);
  expect(inCourse).toBeLessThan(all);
  const places = await page.locator('.search-result__place').allTextContents();
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) expect(place).toContain('Sponsor induction');
  await expect(page).toHaveURL(/[?&]course=Sponsor\+induction/);

  // A role the course is not written for leaves nothing from it.
  await page
    .getByRole('group', { name: 'Role' })
    .getByRole('checkbox', { name: 'PMO', exact: true })
    .check();
  await expect(page.getByRole('status')).toHaveText(
    'No results for tolerance with these filters. The glossary defines Tolerance.',
  );
  await expect(page.getByRole('region', { name: 'Results' })).toBeHidden();

  // The role alone: results for PMOs only, from any course.
  await page
    .getByRole('group', { name: 'Course' })
    .getByRole('checkbox', { name: /^Sponsor induction/ })
    .uncheck();
  await expect(page.getByRole('status')).not.toHaveText(/^No results/);
  const forPmo = await announcedCount(page, 'tolerance');
  expect(forPmo).toBeGreaterThan(0);
  expect(forPmo).toBeLessThan(all);

  // Reloading the address restores the same search and filters.
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Role' }).getByRole('checkbox', { name: 'PMO', exact: true }),
  ).toBeChecked();
  expect(await announcedCount(page, 'tolerance')).toBe(forPmo);
});

test('the result count is announced in a polite live region as the learner types, and the keyboard reaches every result', async ({
  page,
}) => {
  await page.goto('/search/');
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('id', 'search-status');
  // role="status" is a polite live region: it is in the page, empty, before anything is announced.
  await expect(status).toHaveText('');

  const field = page.getByRole('searchbox', {
    name: 'Search the courses, glossary and role profiles',
  });
  await field.focus();
  await page.keyboard.type('benefit');
  const count = await announcedCount(page, 'benefit');
  await expect(status).toHaveText(`${count} results for benefit. The glossary defines Benefit.`);
  await expect(field).toBeFocused();

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('zzqxw');
  await expect(status).toHaveText('No results for zzqxw. Check the spelling or try another word.');

  // More results than fit at once: "Show more results" adds them and moves focus to the first new one.
  await field.fill('project');
  await page.keyboard.press('Enter');
  expect(await announcedCount(page, 'project')).toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(10);
  const more = page.getByRole('button', { name: 'Show more results' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(results(page).nth(10).getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/search\//);
});

test('the same search works with the network off, once the site has been visited', async ({
  page,
  context,
}) => {
  await page.goto('/search/?q=tolerance');
  const online = await announcedCount(page, 'tolerance');
  const onlineTitles = await results(page).getByRole('heading', { level: 3 }).allTextContents();

  await waitForOfflineCopy(page);
  await context.setOffline(true);
  await page.goto('/search/?q=tolerance');
  expect(await announcedCount(page, 'tolerance')).toBe(online);
  await expect(results(page).getByRole('heading', { level: 3 })).toHaveText(onlineTitles);
  await expect(
    page
      .getByRole('region', { name: 'From the glossary' })
      .getByRole('heading', { name: 'Tolerance' }),
  ).toBeVisible();

  // A filter offline too: the filter files are cached with the rest of the index.
  await page
    .getByRole('group', { name: 'Role' })
    .getByRole('checkbox', { name: 'Sponsor', exact: true })
    .check();
  await expect(page.getByRole('status')).toHaveText(/with these filters/);
  const forSponsors = await announcedCount(page, 'tolerance');
  expect(forSponsors).toBeGreaterThan(0);
  expect(forSponsors).toBeLessThan(online);
});

test('axe finds nothing on the search page with results, a glossary term and filters shown', async ({
  page,
}) => {
  await page.goto('/search/?q=tolerance&role=Delivery+lead');
  await announcedCount(page, 'tolerance');
  await expect(page.getByRole('region', { name: 'From the glossary' })).toBeVisible();
  await expectNoAxeViolations(page, 'results shown');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'results shown, dark mode');
});

test('only the search page allows WebAssembly, and searching breaks no CSP rule', async ({
  page,
}) => {
  const violations = watchCsp(page);
  await page.goto('/glossary/');
  const elsewhere = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute('content');
  expect(elsewhere).not.toContain('wasm-unsafe-eval');

  await page.goto('/search/?q=gateway');
  const csp =
    (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ??
    '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
  expect(scriptSrc.filter((source) => !source.startsWith("'sha256-")).sort()).toEqual([
    "'self'",
    "'wasm-unsafe-eval'",
  ]);
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
  expect(await announcedCount(page, 'gateway')).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('every result opens a page that has the place it names: no anchor is missing', async ({
  page,
}) => {
  const targets = new Set<string>();
  for (const query of ['acceptance testing', 'board', 'forecast', 'escalate']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    expect(await announcedCount(page, query)).toBeGreaterThan(0);
    for (const href of await results(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
      targets.add(href);
  }
  const anchored = [...targets].filter((href) => href.includes('#'));
  expect(anchored.length).toBeGreaterThan(0);
  for (const href of anchored) {
    const [path, id] = href.split('#') as [string, string];
    await page.goto(path);
    await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
  }
});

test.describe('a scenario gives no answer away in search: what only follows a choice finds nothing from it', () => {
  for (const [what, query] of [
    ['a later situation', 'weekends'],
    ['a choice result', 'testers sick'],
    ['an ending', 'grant recipients'],
  ] as const) {
    test(`${what} ("${query}")`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await announcedCount(page, query);
      await expect(page.locator('.search-result__place', { hasText: /^Scenario · / })).toHaveCount(
        0,
      );
    });
  }
});

test('"SRO" finds the lesson on what a sponsor owns in the top three, above lessons that only cite it', async ({
  page,
}) => {
  await page.goto('/search/?q=SRO');
  expect(await announcedCount(page, 'SRO')).toBeGreaterThan(3);
  const top = await results(page).getByRole('heading', { level: 3 }).allTextContents();
  expect(top.slice(0, 3)).toContain('What you own as a sponsor');
});
