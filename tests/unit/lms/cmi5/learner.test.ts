import { describe, expect, it } from 'vitest';
import { keepCacheFor, learnerKey } from '../../../../src/lms/cmi5/learner';

const ada = {
  objectType: 'Agent' as const,
  account: { homePage: 'https://lms.example', name: 'ada' },
};
const bo = {
  objectType: 'Agent' as const,
  account: { homePage: 'https://lms.example', name: 'bo' },
};

function setUp(cachedFor: string | null, statements: number) {
  const stored = new Map<string, string>();
  if (cachedFor !== null) stored.set('sideline-lms-learner', cachedFor);
  const record = { held: statements, deleted: false };
  return {
    record,
    fake: {
      statements: () => Promise.resolve(Array.from<never>({ length: record.held })),
      deleteAll: () => {
        record.deleted = true;
        record.held = 0;
        return Promise.resolve({ saved: true as const });
      },
    },
    storage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    },
    stored,
  };
}

describe("the browser's record at a cmi5 launch", () => {
  it.each([
    ['filled by the same learner: kept', learnerKey(ada), 5, false],
    ['filled by another learner of the LMS: emptied', learnerKey(bo), 5, true],
    ['filled, for a learner unknown: emptied', null, 5, true],
    ['empty: nothing to do', learnerKey(bo), 0, false],
  ])('%s', async (_name, cachedFor, statements, emptied) => {
    const { record, fake, storage, stored } = setUp(cachedFor, statements);
    await keepCacheFor(fake, ada, storage);
    expect(record.deleted).toBe(emptied);
    expect(stored.get('sideline-lms-learner')).toBe(learnerKey(ada));
  });
});
