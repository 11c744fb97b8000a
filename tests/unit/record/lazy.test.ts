/** Islands load the record lazily through one module, and share the page's one record. */
import { expect, test } from 'vitest';
import { loadLearningRecord } from '../../../src/record/lazy';
import { getLearningRecord } from '../../../src/record/open';

test('loading the record lazily gives the page’s one shared record', async () => {
  const [loaded, again] = await Promise.all([loadLearningRecord(), loadLearningRecord()]);
  expect(loaded).toBe(again);
  expect(loaded).toBe(await getLearningRecord());
});
