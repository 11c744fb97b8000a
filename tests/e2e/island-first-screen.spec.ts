/**
 * The quiz, scenario, video and practice islands: their first screen is in the page's HTML, readable before
 * script, and nothing on the page moves when the island wakes or when the learning record arrives
 * (it loads at idle): a server-rendered screen that differs from the hydrated one shows up as a shift.
 */
import { expect, test } from '@playwright/test';
import { samplePages } from './site-pages';

// A phone, as Lighthouse's mobile run uses: the island's first screen is in view on load.
test.use({ viewport: { width: 412, height: 823 } });

const islands = [
  ['quiz', samplePages.quiz, 'Start quiz'],
  ['scenario', samplePages.scenario, 'Start the scenario'],
  ['video', samplePages.video, /^Captions/],
  [
    'practice',
    '/courses/sponsor-induction/sponsor-agree-time-plan/',
    'Compare with the model answer',
  ],
] as const;

for (const [kind, path, control] of islands) {
  test(`the ${kind} island's first screen is in the HTML, and nothing moves as it wakes and the record loads`, async ({
    page,
    request,
  }) => {
    const html = await (await request.get(path)).text();
    expect(html).toMatch(/<astro-island[^>]*\bssr\b/);
    expect(html).not.toMatch(/<astro-island[^>]*client="only"/);

    // React says so when the server's first screen differs from the one it renders in the browser.
    // (In production it names the error by number: 418 and its kin are hydration mismatches.)
    const mismatch = /hydrat|react\.dev\/errors\/(418|419|421|422|423|425)/i;
    const mismatches: string[] = [];
    page.on('console', (message) => {
      if (mismatch.test(message.text())) mismatches.push(message.text());
    });
    page.on('pageerror', (error) => {
      if (mismatch.test(error.message)) mismatches.push(error.message);
    });
    await page.goto(path);
    const button = page.getByRole('button', { name: control });
    await expect(button).toBeVisible();
    await button.scrollIntoViewIfNeeded(); // islands wake when seen (client:visible)
    await expect(page.locator('astro-island', { has: button })).not.toHaveAttribute('ssr');
    // The record loads at idle or within two seconds (src/record/lazy.ts): wait past that.
    await page.waitForTimeout(2500);
    // Shifts of the island's content or of what follows it in the step: what a first screen that
    // differs from the hydrated one moves. (A phone's course navigation can still land above the whole
    // article while the page arrives: the page's layout, not the island's, so not counted here.)
    const shifted = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const island = document.querySelector('article.step astro-island')!;
          const step = island.closest('article')!;
          const movedByIsland = (node: Node | null) =>
            !!node &&
            step.contains(node) &&
            (island.contains(node) ||
              !!(island.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING));
          let sum = 0;
          new PerformanceObserver((list) => {
            type Shift = PerformanceEntry & { value: number; sources: { node: Node | null }[] };
            for (const shift of list.getEntries() as Shift[])
              if (shift.sources.some((source) => movedByIsland(source.node))) sum += shift.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 200);
        }),
    );
    expect(shifted).toBeLessThan(0.01);
    expect(mismatches).toEqual([]);
  });
}
