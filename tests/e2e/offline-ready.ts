import { expect, test, type Page } from '@playwright/test';

/**
 * Waits until the service worker controls the page, which it does only once it has precached the
 * whole site (about 380 files, 11 MB). With two test workers installing at once on a loaded 2-core
 * machine that can take over a minute. An install that failed (one file refused) is started again,
 * as the learner's next visit would; the test then fails only if the site never becomes offline-ready.
 * The wait is added to the test's own time budget, so a caller need not guess the install time.
 */
export async function waitForOfflineCopy(page: Page, timeout = 150_000): Promise<void> {
  test.info().setTimeout(test.info().timeout + timeout);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (navigator.serviceWorker.controller) return true;
          const registration = await navigator.serviceWorker.getRegistration();
          if (!registration)
            await navigator.serviceWorker.register('/sw.js').catch(() => undefined);
          else if (!registration.installing && !registration.waiting && !registration.active)
            await registration.update().catch(() => undefined);
          return false;
        }),
      { timeout, intervals: [500, 1_000, 2_000] },
    )
    .toBe(true);
}
