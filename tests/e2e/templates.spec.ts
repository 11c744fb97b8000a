import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expectNoAxeViolations } from './axe';

const LESSON = '/courses/delivery-lead-essentials/delivery-lead-writing-an-exception-report/';

test('a lesson leads to its template, which downloads as Word and OpenDocument files', async ({
  page,
  request,
}) => {
  await page.goto(LESSON);
  const box = page.getByRole('complementary', { name: 'Use it at work' });
  await box.getByRole('link', { name: 'Exception report' }).click();
  await expect(page).toHaveURL('/templates/exception-report/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exception report');
  await expectNoAxeViolations(page, 'template page');

  for (const [name, type, part] of [
    [/Word document \(\.docx, \d+ KB\)/, 'wordprocessingml.document', 'word/document.xml'],
    [/OpenDocument text \(\.odt, \d+ KB\)/, 'opendocument.text', 'content.xml'],
  ] as const) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain(type);
    const files = unzipSync(new Uint8Array(await response.body()));
    // The document holds the words the page shows: the same template, not a placeholder.
    expect(new TextDecoder().decode(files[part])).toContain('The decision you need');
  }
  await expect(
    page.getByText('The decision you need, who must make it, and by when'),
  ).toBeVisible();

  // The way back: the page names the lesson that teaches it.
  await page
    .getByRole('link', { name: 'Writing an exception report that gets a decision' })
    .click();
  await expect(page).toHaveURL(LESSON);
});

test('every template is listed by role, reachable from the footer, and prints without links or menus', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'Templates to use at work' })
    .click();
  await expect(page).toHaveURL('/templates/');
  for (const heading of ['For the sponsor', 'For the delivery lead', 'For the PMO']) {
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }
  // Six templates; the decision request is listed for both roles that use it.
  const links = page.getByRole('main').getByRole('link');
  const hrefs = new Set(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href'))));
  expect(hrefs.size).toBe(6);

  await page.getByRole('link', { name: 'Board terms of reference' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: /Download as/ }).first()).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('table').first()).toBeVisible();
});
