/**
 * WCAG 1.4.10 Reflow: every built page reads at 320 CSS px without scrolling sideways. A wide table
 * or map may scroll inside its own region (labelled and focusable), so only the page itself is
 * measured, and anything wider than the page must sit in such a region.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site-pages';

test.use({ viewport: { width: 320, height: 640 } });

/** Elements wider than the page that are not inside a region that scrolls or clips on its own. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsOnItsOwn = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        // A region that scrolls on its own, or one that clips what it draws (a cover's pattern).
        if (at !== element && /auto|scroll|hidden|clip/.test(style.overflowX)) return true;
      }
      return false;
    };
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      if (scrollsOnItsOwn(element)) continue;
      const name = `${element.localName}${element.id ? `#${element.id}` : ''}${
        element.classList.length ? `.${[...element.classList].join('.')}` : ''
      }`;
      found.push(`${name} (${Math.round(box.right)} px)`);
    }
    return found.slice(0, 5);
  });
}

test('every built page fits 320 px wide, wide tables and maps scrolling in their own region', async ({
  page,
}) => {
  test.setTimeout(600_000); // every page of the site
  const failures: string[] = [];
  for (const path of builtPages().filter((p) => p.endsWith('/') || p.endsWith('.html'))) {
    // Islands that load at once (My learning's record tools) are part of the page as people see it.
    await page.goto(path, { waitUntil: 'networkidle' });
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const wide = await overflowing(page);
    if (pageWidth > 320 || wide.length)
      failures.push(`${path}: ${pageWidth} px; ${wide.join(', ')}`);
  }
  expect(failures).toEqual([]);
});
