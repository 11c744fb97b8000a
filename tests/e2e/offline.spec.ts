import { expect, test } from '@playwright/test';
import { waitForOfflineCopy } from './offline-ready';
import { builtPages } from './site-pages';

test.use({ serviceWorkers: 'allow' });

test('after one visit, every lesson of a course opens with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000); // installs the whole site, then opens every step of a course
  await page.goto('/');
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  const steps = builtPages().filter(
    (path) =>
      path.startsWith('/courses/sponsor-induction/') && path !== '/courses/sponsor-induction/',
  );
  expect(steps.length).toBeGreaterThan(10);
  for (const path of steps) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toBeVisible();
    await expect(page.locator('h1'), path).not.toHaveText('Page not found');
  }
  // Progress is recorded offline too.
  await page.goto('/courses/sponsor-induction/sponsor-what-you-own/');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('You have finished this lesson.')).toBeVisible();
  await page.goto('/courses/sponsor-induction/');
  await expect(page.locator('[data-step-status="sponsor-what-you-own"]')).toHaveText('Completed');
  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
});

test('offline, an address the site does not have shows the not-found page', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  await page.goto('/courses/not-a-course/');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
