/**
 * A lesson on a laptop uses the width it has: the text keeps a readable line (about 70 characters)
 * while a diagram or a responsibility matrix breaks out wider, instead of the right of the page
 * standing empty. (At 320 px the reflow spec walks every page.)
 */
import { expect, test, type Locator } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 900 } });

const width = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0;
const right = async (locator: Locator) => {
  const box = await locator.boundingBox();
  return box ? box.x + box.width : 0;
};

const CASES = [
  {
    what: 'a diagram',
    path: '/courses/delivery-lead-essentials/delivery-lead-who-answers-for-what/',
    wide: '.diagram',
  },
  {
    what: 'a responsibility matrix',
    path: '/courses/pmo-coach-dont-play/pmo-value-across-the-portfolio/',
    wide: '.raci',
  },
];

for (const { what, path, wide } of CASES) {
  test(`at 1280 px, ${what} breaks out wider than the text, which keeps its measure`, async ({
    page,
  }) => {
    await page.goto(path);
    const paragraph = page.locator('.lesson-body > p').first();
    const block = page.locator(`.lesson-body > ${wide}`).first();
    const text = await width(paragraph);
    // 42rem: about 70 characters of body text a line.
    expect(text).toBeLessThanOrEqual(42 * 16 + 1);
    expect(await width(block)).toBeGreaterThan(text + 150);
    // What breaks out reaches most of the way across the page.
    expect(await right(block)).toBeGreaterThan(1280 * 0.85);
  });
}
