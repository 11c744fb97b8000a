/**
 * A learner always knows where they are: the course navigation beside every step shows each step's
 * state (in its text for screen readers, and as an icon), each module's count and the course's
 * progress, filled in from the record after first paint without moving anything; and once a step is
 * done, "Next" is the page's primary action.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const course = '/courses/sponsor-induction/';
const firstLesson = `${course}sponsor-what-you-own/`;
const secondLesson = `${course}sponsor-up-and-out/`;

const nav = (page: Page) => page.getByRole('navigation', { name: /: modules$/ });

/** Layout shifts inside the navigation since the page started loading. */
async function navShifts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let moved = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            sources?: { node?: Node }[];
          })[]) {
            const inNav = entry.sources?.some((source) =>
              source.node instanceof Element
                ? Boolean(source.node.closest('.course-nav'))
                : Boolean(source.node?.parentElement?.closest('.course-nav')),
            );
            if (inNav) moved += 1;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(moved), 500);
      }),
  );
}

test('the navigation shows the state of each step once some are done, and says so in each link’s name', async ({
  page,
}) => {
  await page.goto(firstLesson);
  // Before anything is done, every step says it is not started, and the course shows no progress.
  await expect(
    nav(page).getByRole('link', { name: 'Up and out, down and in (not started)' }),
  ).toBeVisible();
  await expect(nav(page).getByText(/^0 of \d+ steps done$/)).toBeVisible();

  const markDone = page.getByRole('button', { name: 'Mark as done' });
  await markDone.scrollIntoViewIfNeeded();
  await markDone.click();
  await expect(page.getByText('You have finished this lesson.')).toBeVisible();

  // Live on the same page: the lesson is done, the module counts it, and "Next" is the primary action.
  const current = nav(page).getByRole('link', { name: 'What you own as a sponsor (done)' });
  await expect(current).toBeVisible();
  await expect(current).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('[data-nav-step="sponsor-what-you-own"]')).toHaveAttribute(
    'data-state',
    'done',
  );
  const next = page.getByRole('link', { name: /^Next Up and out, down and in/ });
  await expect(next).toHaveClass(/prev-next__next--primary/);

  // On the next page, the state arrives from the record after first paint without moving the list.
  await next.click();
  await expect(page).toHaveURL(secondLesson);
  await expect(
    nav(page).getByRole('link', { name: 'What you own as a sponsor (done)' }),
  ).toBeVisible();
  await expect(
    nav(page).getByRole('link', { name: 'Up and out, down and in (not started)' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(nav(page).locator('summary', { hasText: 'Module 1' })).toContainText(
    /1 of \d+ done/,
  );
  await expect(nav(page).getByText(/^1 of \d+ steps done$/)).toBeVisible();
  // Another module is one row, and its count fills in too.
  await expect(
    nav(page).getByRole('link', {
      name: /^Module 2: Making time and staying the course 0 of 5 done$/,
    }),
  ).toBeVisible();
  expect(await navShifts(page)).toBe(0);
  // Not done yet here, so "Next" is an ordinary link.
  await expect(page.getByRole('link', { name: /^Next / })).not.toHaveClass(/primary/);
  await expectNoAxeViolations(page, 'course navigation with progress');
});

test('a step page lists only its own module’s steps, and links every other module to its first step', async ({
  page,
}) => {
  await page.goto(firstLesson);
  // Module 1 of the sponsor induction has six steps; the course has nine modules.
  await expect(nav(page).locator('li[data-nav-step]')).toHaveCount(6);
  await expect(nav(page).locator('summary', { hasText: 'Module 1' })).toBeVisible();
  const modules = nav(page).getByRole('link', { name: /^Module \d+: / });
  await expect(modules).toHaveCount(8);
  await expect(
    nav(page).getByRole('link', { name: /^Module 2: Making time and staying the course/ }),
  ).toHaveAttribute('href', `${course}sponsor-time-commitment/`);
  await expect(
    nav(page).getByRole('link', { name: /^Module 9: Commercial basics/ }),
  ).toHaveAttribute('href', `${course}sponsor-before-you-buy/`);
  await expect(nav(page).locator(`a[href="${course}sponsor-time-quiz/"]`)).toHaveCount(0);
});

test('on a phone the course contents fold into one row above the step, and open by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(secondLesson);
  const contents = nav(page).getByText('Course contents');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(contents).toBeVisible();
  const [above, step] = [await contents.boundingBox(), await heading.boundingBox()];
  expect(above!.y).toBeLessThan(step!.y);
  // Folded: one row, not a list of every step before the lesson.
  expect(step!.y).toBeLessThan(400);
  await expect(nav(page).getByRole('link', { name: /^Up and out, down and in/ })).toBeHidden();

  await contents.focus();
  await page.keyboard.press('Enter');
  await expect(nav(page).getByRole('link', { name: /^Up and out, down and in/ })).toBeVisible();
  await expectNoAxeViolations(page, 'course contents open on a phone');
});

test('each step shows an icon for its kind: named in the navigation, hidden where words say the kind', async ({
  page,
}) => {
  const kinds = {
    lesson: 'Lesson',
    video: 'Video',
    quiz: 'Quiz',
    scenario: 'Scenario',
    practice: 'Practice',
  };
  // Between them, the first two modules have a step of every kind.
  const seen = new Set<string>();
  for (const stepPage of [firstLesson, `${course}sponsor-time-commitment/`]) {
    await page.goto(stepPage);
    const steps = nav(page).locator('li[data-kind]');
    const count = await steps.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index += 1) {
      const step = steps.nth(index);
      const kind = (await step.getAttribute('data-kind')) as keyof typeof kinds;
      await expect(
        step.getByRole('img', { name: kinds[kind], exact: true, includeHidden: true }),
      ).toHaveCount(1);
      seen.add(kind);
    }
  }
  expect([...seen].sort()).toEqual(Object.keys(kinds).sort());
  // The navigation's course bar counts every step of the course.
  const count = Number(
    await nav(page).locator('progress[data-nav-course-bar]').getAttribute('max'),
  );
  expect(count).toBeGreaterThan(10);

  // On the course page the kind is in the words under each step, so its icon is not read again.
  await page.goto(course);
  const hints = page.locator('.task-list__hint').filter({ has: page.locator('svg') });
  expect(await hints.count()).toBe(count);
  await expect(hints.locator('svg[aria-hidden="true"]')).toHaveCount(count);
  await expect(hints.first()).toContainText(/^\s*(Lesson|Video|Quiz|Scenario|Practice) · about/);
  await expectNoAxeViolations(page, 'course page with step icons');
});
