/**
 * Islands load the record lazily through one module, share the page's one record, and fetch its code
 * (Dexie and all) only once the page is idle or the learner first acts, so hydration never waits for it.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { loadLearningRecord } from '../../../src/record/lazy';
import { getLearningRecord } from '../../../src/record/open';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../../src/record/open');
  vi.resetModules();
});

test('loading the record lazily gives the page’s one shared record', async () => {
  const [loaded, again] = await Promise.all([loadLearningRecord(), loadLearningRecord()]);
  expect(loaded).toBe(again);
  expect(loaded).toBe(await getLearningRecord());
});

/** A page whose idle callback and events the test fires itself; `open` stands for the record's code. */
async function pageWithLazyRecord() {
  const page = new EventTarget();
  let idle: (() => void) | undefined;
  vi.stubGlobal('window', page);
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    idle = callback;
    return 1;
  });
  const opened = vi.fn(() => Promise.resolve({}));
  vi.resetModules();
  vi.doMock('../../../src/record/open', () => ({ getLearningRecord: opened }));
  const lazy = await import('../../../src/record/lazy');
  return { page, opened, lazy, becomeIdle: () => idle?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test.each([
  ['the page is idle', ({ becomeIdle }: { becomeIdle: () => void }) => becomeIdle()],
  [
    'the learner presses',
    ({ page }: { page: EventTarget }) => page.dispatchEvent(new Event('pointerdown')),
  ],
  [
    'the learner types',
    ({ page }: { page: EventTarget }) => page.dispatchEvent(new Event('keydown')),
  ],
  [
    'the learner moves focus',
    ({ page }: { page: EventTarget }) => page.dispatchEvent(new Event('focusin')),
  ],
  [
    'the learner scrolls',
    ({ page }: { page: EventTarget }) => page.dispatchEvent(new Event('scroll')),
  ],
])('the record’s code loads only once %s', async (_, act) => {
  const page = await pageWithLazyRecord();
  const record = page.lazy.loadLearningRecord();
  await settle();
  expect(page.opened).not.toHaveBeenCalled();

  act(page);
  await record;
  expect(page.opened).toHaveBeenCalledTimes(1);
});
