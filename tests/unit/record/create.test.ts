import type { DBCore, DexieOptions } from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { LearningRecord, RecordSnapshot, StatementDraft } from '../../../src/record/api';
import { createLearningRecord, type LearningRecordConfig } from '../../../src/record/create';
import { indexRecord, quizResult } from '../../../src/record/projections';
import { quizResultText } from '../../../src/record/wording';
import { contentIdOf } from '../../../src/record/xapi/statements';
import { resultStatements } from '../../../src/quiz/statements';
import type { StorageManagerLike } from '../../../src/record/storage';

type TestRecord = LearningRecord & { close(): void };
const opened: TestRecord[] = [];
let counter = 0;

async function openRecord(config: LearningRecordConfig = {}): Promise<TestRecord> {
  const record = await createLearningRecord({ storage: undefined, ...config });
  opened.push(record);
  return record;
}

function freshName() {
  counter += 1;
  return `record-test-${counter}`;
}

afterEach(() => {
  for (const record of opened.splice(0)) record.close();
});

const lesson = (id: string, verb: StatementDraft['verb'] = 'completed'): StatementDraft => ({
  verb,
  activity: { kind: 'lesson', id, title: `Lesson ${id}` },
  context: {
    revision: 'r1',
    course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' },
  },
});

/** IndexedDB that refuses to open, as Firefox private windows used to. */
const noIndexedDb: DexieOptions = {
  indexedDB: {
    open() {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    },
  },
  IDBKeyRange: globalThis.IDBKeyRange,
};

/** A disk that fills up on demand: every write fails with QuotaExceededError while `full.now` is true. */
function fillableDisk() {
  const full = { now: false };
  const options: DexieOptions = {
    addons: [
      (db) =>
        db.use({
          stack: 'dbcore',
          name: 'full-disk',
          create: (down: DBCore) => ({
            ...down,
            table(name: string) {
              const table = down.table(name);
              return {
                ...table,
                mutate: (req) =>
                  full.now
                    ? Promise.reject(
                        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                      )
                    : table.mutate(req),
              };
            },
          }),
        }),
    ],
  };
  return { full, options };
}

const ids = (statements: readonly { object: { id: string } }[]) =>
  statements.map((s) => s.object.id.split('/').pop());

describe('recording', () => {
  test('a recorded statement is saved and read back, across a reload', async () => {
    const databaseName = freshName();
    const record = await openRecord({ databaseName });
    expect(await record.record(lesson('what-you-own'))).toEqual({ saved: true });
    record.close();
    const reopened = await openRecord({ databaseName });
    const statements = await reopened.statements();
    expect(statements.map(contentIdOf)).toEqual(['what-you-own']);
    expect(reopened.storageStatus()).toEqual({ saving: true });
  });

  test('append-only: recording the same lesson twice keeps both statements, with one learner', async () => {
    const record = await openRecord({ databaseName: freshName() });
    await record.record(lesson('what-you-own', 'experienced'));
    await record.record(lesson('what-you-own', 'completed'));
    const statements = await record.statements();
    expect(statements.map((s) => s.verb.display['en-GB'])).toEqual(['experienced', 'completed']);
    expect(new Set(statements.map((s) => s.id)).size).toBe(2);
    expect(new Set(statements.map((s) => s.actor.account.name)).size).toBe(1);
  });

  test('a statement that fails validation is refused with an outcome, not an exception', async () => {
    const record = await openRecord({ databaseName: freshName() });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = {
      ...lesson('x'),
      activity: { kind: 'lesson' as const, id: 'x', title: 'Bad\u0000title' },
    };
    expect(await record.record(bad)).toEqual({ saved: false, reason: 'error' });
    expect(await record.statements()).toEqual([]);
    expect(record.storageStatus()).toEqual({ saving: true });
    spy.mockRestore();
  });

  test('the display name goes into statements recorded after it is set', async () => {
    const record = await openRecord({ databaseName: freshName() });
    await record.record(lesson('a'));
    expect(await record.setDisplayName('  Sam Patel  ')).toEqual({ saved: true });
    await record.record(lesson('b'));
    const [first, second] = await record.statements();
    expect(first?.actor).not.toHaveProperty('name');
    expect(second?.actor.name).toBe('Sam Patel');
    expect((await record.learner())?.name).toBe('Sam Patel');
    expect(await record.setDisplayName('')).toEqual({ saved: true });
    expect(await record.learner()).not.toHaveProperty('name');
    expect(await record.setDisplayName('Sam\u0007')).toEqual({ saved: false, reason: 'error' });
  });
});

describe('when IndexedDB cannot be opened (some private modes)', () => {
  test('progress is kept for the session and the status says it is not saved', async () => {
    const record = await openRecord({ databaseName: freshName(), dexieOptions: noIndexedDb });
    expect(record.storageStatus()).toEqual({ saving: false, reason: 'unavailable' });
    expect(await record.record(lesson('what-you-own'))).toEqual({
      saved: false,
      reason: 'unavailable',
    });
    expect((await record.statements()).map(contentIdOf)).toEqual(['what-you-own']);
    const snapshot = await new Promise<RecordSnapshot>((resolve) => {
      const stop = record.watch((s) => {
        stop();
        resolve(s);
      });
    });
    expect(snapshot.storage).toEqual({ saving: false, reason: 'unavailable' });
    expect(snapshot.statements.map(contentIdOf)).toEqual(['what-you-own']);
    expect(snapshot.learner?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('the session record can still be downloaded', async () => {
    const record = await openRecord({ databaseName: freshName(), dexieOptions: noIndexedDb });
    await record.record(lesson('what-you-own'));
    const { file } = await record.exportRecord();
    expect(file.statements.map(contentIdOf)).toEqual(['what-you-own']);
  });

  test('attempts are kept for the session', async () => {
    const record = await openRecord({ databaseName: freshName(), dexieOptions: noIndexedDb });
    expect(await record.saveAttempt('quiz:q', 'r1', { at: 2 })).toEqual({
      saved: false,
      reason: 'unavailable',
    });
    expect(await record.loadAttempt('quiz:q', 'r1')).toEqual({
      status: 'found',
      snapshot: { at: 2 },
    });
  });

  test('a Dexie chunk that will not load is treated the same way', async () => {
    const record = await openRecord({
      openStore: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    expect(record.storageStatus()).toEqual({ saving: false, reason: 'unavailable' });
    expect(await record.record(lesson('a'))).toEqual({ saved: false, reason: 'unavailable' });
  });
});

describe('when storage is full', () => {
  test('the write is kept in memory, the status says "full", and it is saved once there is room', async () => {
    const databaseName = freshName();
    const disk = fillableDisk();
    // The record lists statements by time: a clock that moves keeps two writes in the same
    // millisecond from being listed in either order.
    let clock = Date.parse('2026-12-01T09:00:00Z');
    const now = () => new Date((clock += 1000));
    const record = await openRecord({ databaseName, dexieOptions: disk.options, now });
    await record.record(lesson('first'));

    disk.full.now = true;
    expect(await record.record(lesson('second'))).toEqual({ saved: false, reason: 'full' });
    expect(record.storageStatus()).toEqual({ saving: false, reason: 'full' });
    expect(ids(await record.statements())).toEqual(['first', 'second']);

    disk.full.now = false;
    expect(await record.record(lesson('third'))).toEqual({ saved: true });
    expect(record.storageStatus()).toEqual({ saving: true });

    const reopened = await openRecord({ databaseName });
    expect(ids(await reopened.statements())).toEqual(['first', 'second', 'third']);
  });

  test('what storage refused is saved on its own once there is room, with no new action', async () => {
    const databaseName = freshName();
    const disk = fillableDisk();
    let clock = Date.parse('2026-12-01T09:00:00Z');
    const now = () => new Date((clock += 1000));
    const record = await openRecord({
      databaseName,
      dexieOptions: disk.options,
      retryAfterMs: 20,
      now,
    });
    await record.record(lesson('first'));

    disk.full.now = true;
    expect(await record.record(lesson('second'))).toEqual({ saved: false, reason: 'full' });
    expect(await record.saveAttempt('quiz:q', 'r1', { at: 2 })).toEqual({
      saved: false,
      reason: 'full',
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(record.storageStatus()).toEqual({ saving: false, reason: 'full' });

    disk.full.now = false;
    await vi.waitFor(() => expect(record.storageStatus()).toEqual({ saving: true }), {
      timeout: 10_000,
    });
    const reopened = await openRecord({ databaseName });
    expect(ids(await reopened.statements())).toEqual(['first', 'second']);
    expect(await reopened.loadAttempt('quiz:q', 'r1')).toEqual({
      status: 'found',
      snapshot: { at: 2 },
    });
  });

  test('a watcher hears that storage is full', async () => {
    const disk = fillableDisk();
    const record = await openRecord({ databaseName: freshName(), dexieOptions: disk.options });
    await record.record(lesson('first'));
    const seen: RecordSnapshot[] = [];
    const stop = record.watch((s) => seen.push(s));
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    disk.full.now = true;
    await record.record(lesson('second'));
    await vi.waitFor(() =>
      expect(seen.at(-1)).toMatchObject({ storage: { saving: false, reason: 'full' } }),
    );
    expect(ids(seen.at(-1)?.statements ?? [])).toEqual(['first', 'second']);
    stop();
  });

  test('an attempt that cannot be saved is still restored in this session', async () => {
    const disk = fillableDisk();
    const record = await openRecord({ databaseName: freshName(), dexieOptions: disk.options });
    disk.full.now = true;
    expect(await record.saveAttempt('quiz:q', 'r1', { at: 3 })).toEqual({
      saved: false,
      reason: 'full',
    });
    expect(await record.loadAttempt('quiz:q', 'r1')).toEqual({
      status: 'found',
      snapshot: { at: 3 },
    });
  });
});

describe('attempts and content revisions', () => {
  test('an attempt saved against one revision is found for it, and stale for another', async () => {
    const databaseName = freshName();
    const record = await openRecord({ databaseName });
    await record.record(lesson('what-you-own'));
    expect(
      await record.saveAttempt('quiz:sponsor-quiz', 'rev-a', {
        value: 'question-3',
        context: { answers: ['sro'] },
      }),
    ).toEqual({ saved: true });

    const reopened = await openRecord({ databaseName });
    expect(await reopened.loadAttempt('quiz:sponsor-quiz', 'rev-a')).toEqual({
      status: 'found',
      snapshot: { value: 'question-3', context: { answers: ['sro'] } },
    });
    expect(await reopened.loadAttempt('quiz:sponsor-quiz', 'rev-b')).toEqual({ status: 'stale' });
    expect(await reopened.loadAttempt('quiz:other', 'rev-a')).toEqual({ status: 'none' });
    // Old completions stay, whatever happens to the attempt.
    expect((await reopened.statements()).map(contentIdOf)).toEqual(['what-you-own']);
  });

  test('a cleared attempt is gone', async () => {
    const record = await openRecord({ databaseName: freshName() });
    await record.saveAttempt('scenario:s', 'r1', { node: 'n1' });
    await record.clearAttempt('scenario:s');
    expect(await record.loadAttempt('scenario:s', 'r1')).toEqual({ status: 'none' });
  });

  test('a snapshot that cannot be stored (not cloneable) is refused without breaking the banner', async () => {
    const record = await openRecord({ databaseName: freshName() });
    const outcome = await record.saveAttempt('quiz:q', 'r1', { callback: () => 1 });
    expect(outcome).toEqual({ saved: false, reason: 'error' });
    expect(record.storageStatus()).toEqual({ saving: true });
  });
});

describe('asking for lasting storage', () => {
  function storageThatSays(granted: boolean) {
    const calls = { persist: 0 };
    const storage: StorageManagerLike = {
      persisted: () => Promise.resolve(false),
      persist: () => {
        calls.persist += 1;
        return Promise.resolve(granted);
      },
    };
    return { calls, storage };
  }

  test('is not asked on opening or for an answer, but once after the first completion', async () => {
    const databaseName = freshName();
    const { calls, storage } = storageThatSays(true);
    const record = await openRecord({ databaseName, storage });
    await record.record({
      verb: 'answered',
      activity: { kind: 'question', id: 'q/a', title: 'A question' },
      result: { response: 'x' },
    });
    expect(calls.persist).toBe(0);
    await record.record(lesson('what-you-own'));
    await record.record(lesson('up-and-out'));
    await vi.waitFor(async () => expect((await record.learner())?.lastingStorage).toBe('granted'));
    expect(calls.persist).toBe(1);

    const again = await openRecord({ databaseName, storage });
    await again.record(lesson('setting-tolerances'));
    expect(calls.persist).toBe(1);
  });

  test('remembers a refusal', async () => {
    const { storage } = storageThatSays(false);
    const record = await openRecord({ databaseName: freshName(), storage });
    await record.record(lesson('what-you-own'));
    await vi.waitFor(async () => expect((await record.learner())?.lastingStorage).toBe('denied'));
  });

  test('a browser without the Storage API says "unsupported"', async () => {
    const record = await openRecord({ databaseName: freshName(), storage: undefined });
    expect(await record.askForLastingStorage()).toBe('unsupported');
    expect(await record.estimateStorage()).toBeNull();
  });
});

describe('two tabs', () => {
  test('each sees the other’s marks, both keep their own, and they share one learner', async () => {
    const databaseName = freshName();
    const [tabA, tabB] = await Promise.all([
      openRecord({ databaseName }),
      openRecord({ databaseName }),
    ]);
    const seenA: RecordSnapshot[] = [];
    const seenB: RecordSnapshot[] = [];
    const stopA = tabA.watch((s) => seenA.push(s));
    const stopB = tabB.watch((s) => seenB.push(s));

    const outcomes = await Promise.all([
      tabA.record(lesson('what-you-own')),
      tabB.record(lesson('up-and-out')),
    ]);
    expect(outcomes).toEqual([{ saved: true }, { saved: true }]);

    for (const seen of [seenA, seenB]) {
      await vi.waitFor(() =>
        expect(new Set(seen.at(-1)?.statements.map(contentIdOf))).toEqual(
          new Set(['what-you-own', 'up-and-out']),
        ),
      );
    }
    const actors = new Set((await tabA.statements()).map((s) => s.actor.account.name));
    expect(actors.size).toBe(1);
    stopA();
    stopB();
  });
});

describe('two tabs answering the same quiz (one of them offline)', () => {
  const quizContext = {
    quiz: { id: 'sponsor-accountability-quiz', title: 'What you are accountable for' },
    courseId: 'sponsor-induction',
    courseTitle: 'Sponsor induction',
    revision: 'r1',
  };
  const attempt = (correct: number, passed: boolean) =>
    resultStatements(quizContext, {
      score: { correct, total: 5, scaled: correct / 5, percent: correct * 20, passed },
      passed,
      attempt: 1,
    });

  test('the record keeps both attempts; the learner sees their best score, and a pass stays a pass', async () => {
    const databaseName = freshName();
    let clock = Date.parse('2026-12-01T09:00:00Z');
    const now = () => new Date((clock += 60_000));
    // Tab A went offline on a train and finishes last; tab B, online, passed in between.
    const [offline, online] = await Promise.all([
      openRecord({ databaseName, now }),
      openRecord({ databaseName, now }),
    ]);
    expect(await online.appendMany(attempt(4, true))).toEqual({ saved: true });
    expect(await offline.appendMany(attempt(2, false))).toEqual({ saved: true });

    for (const tab of [offline, online]) {
      const statements = await tab.statements();
      const verbs = statements.map((s) => s.verb.id.split('/').pop());
      expect(verbs).toEqual(['passed', 'completed', 'failed', 'completed']);
      const result = quizResult(indexRecord(statements), quizContext.quiz.id);
      expect(result).toEqual({ bestPercent: 80, latestPercent: 40, passed: true, attempts: 2 });
      expect(quizResultText(result)).toBe('Best score 80%, passed');
    }
  });
});

describe('delete all my data', () => {
  test('clears statements, attempts and the learner; the next activity gets a new learner id', async () => {
    const databaseName = freshName();
    const record = await openRecord({ databaseName });
    await record.record(lesson('what-you-own'));
    await record.setDisplayName('Sam');
    await record.saveAttempt('quiz:q', 'r1', { at: 1 });
    const before = await record.learner();

    expect(await record.deleteAll()).toEqual({ saved: true });
    expect(await record.statements()).toEqual([]);
    expect(await record.learner()).toBeNull();
    expect(await record.loadAttempt('quiz:q', 'r1')).toEqual({ status: 'none' });

    await record.record(lesson('up-and-out'));
    const after = await record.learner();
    expect(after?.id).not.toBe(before?.id);
    expect(after).not.toHaveProperty('name');
  });
});
