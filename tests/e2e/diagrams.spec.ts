/**
 * Lesson diagrams (src/site/mdx/Diagram.astro): each is in the lesson that teaches it, named for a
 * screen reader, with a caption and the same teaching in words behind "Describe this diagram", its
 * labels real text, and the page passing axe in light and dark.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const DIAGRAMS = [
  {
    lesson: '/courses/delivery-lead-essentials/delivery-lead-who-answers-for-what/',
    name: 'The accountability chain',
  },
  {
    lesson: '/courses/delivery-lead-essentials/delivery-lead-tolerances-as-authority/',
    name: 'Tolerance bands and what happens at their edge',
  },
  {
    lesson: '/courses/sponsor-induction/sponsor-above-the-board/',
    name: 'The escalation route',
  },
  {
    lesson: '/courses/pmo-coach-dont-play/pmo-on-the-three-lines/',
    name: 'The Three Lines Model, with the PMO placed on it',
  },
  {
    lesson: '/courses/pmo-coach-dont-play/pmo-spotting-watermelons/',
    name: 'A portfolio view: each status beside its evidence',
  },
];

for (const { lesson, name } of DIAGRAMS) {
  test(`"${name}" is in its lesson with a text alternative, and passes axe light and dark`, async ({
    page,
  }) => {
    await page.goto(lesson);
    const picture = page.getByRole('img', { name, exact: true });
    await expect(picture).toBeVisible();
    // Labels are text a reader can select, zoom and translate, not shapes.
    expect(await picture.locator('text').count()).toBeGreaterThan(4);

    const figure = page.locator('figure').filter({ has: picture });
    const caption = figure.locator('figcaption');
    await expect(caption).toBeVisible();
    await expect(picture).toHaveAccessibleDescription((await caption.textContent()) ?? '');

    const words = figure.getByRole('group').filter({ hasText: 'Describe this diagram' });
    await words.getByText('Describe this diagram').click();
    const points = words.getByRole('listitem');
    expect(await points.count()).toBeGreaterThanOrEqual(3);
    await expect(points.first()).toBeVisible();

    await expectNoAxeViolations(page, 'light, description open');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'dark, description open');
  });
}
