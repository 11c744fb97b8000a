/**
 * Pages whose content a script fills in after load (the learner's record, search results) must not
 * move what the learner already sees: on a phone-sized screen, the layout shifts in the first seconds
 * add up to less than Lighthouse's "good" threshold. My learning once scored 0.36 (its footer was
 * pushed down the screen as the list arrived), search 0.15, and a video or quiz step 0.07 (the step
 * jumped below its course navigation when the browser reached it).
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 412, height: 823 } });

/** The layout-shift score since the page started loading, as Lighthouse adds it up (no input). */
async function shiftScore(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let score = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            score += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(score), 2500);
      }),
  );
}

for (const [what, path] of [
  ['My learning', '/my-learning/'],
  ['search results', '/search/?q=sponsor'],
  ['a course page', '/courses/sponsor-induction/'],
  ['a lesson', '/courses/sponsor-induction/sponsor-what-you-own/'],
  // A long step is painted before its navigation (after it in the page) is read.
  ['a video step', '/courses/sponsor-induction/sponsor-role-video/'],
  ['a quiz', '/courses/sponsor-induction/sponsor-accountability-quiz/'],
]) {
  test(`${what} does not move what is on screen as it fills in`, async ({ page }) => {
    await page.goto(path!);
    expect(await shiftScore(page)).toBeLessThan(0.05);
  });
}
