/**
 * The page's live view of a large record: after a write it reads only what is new, not the whole
 * record again (at 100,000 statements a full read takes IndexedDB seconds: every answer in a quiz
 * would freeze the page), and it still shows every change, in order, when the change is not simply
 * new statements at the end (an import of older ones, a delete).
 */
import type { DBCore, DBCoreQueryResponse } from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LearningRecordDb, statementRow } from '../../../src/record/db';
import { watchStoredView, type StoredView } from '../../../src/record/live';
import { byTimeThenId } from '../../../src/record/session';
import { contentIdOf } from '../../../src/record/xapi/statements';
import type { Statement } from '../../../src/record/xapi/schema';
import { catalogue } from '../../fixtures/records/catalogue';
import { statementsFor } from '../../fixtures/records/generate';

const opened: LearningRecordDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A database that counts the statement rows IndexedDB hands back, as a page reading it would pay for. */
function countingDb(name: string) {
  const read = { rows: 0 };
  const db = new LearningRecordDb(name, {
    addons: [
      (dexie) =>
        dexie.use({
          stack: 'dbcore',
          name: 'count-reads',
          create: (down: DBCore) => ({
            ...down,
            table(tableName: string) {
              const table = down.table(tableName);
              if (tableName !== 'statements') return table;
              return {
                ...table,
                query: async (request) => {
                  const response: DBCoreQueryResponse = await table.query(request);
                  read.rows += response.result.length;
                  return response;
                },
              };
            },
          }),
        }),
    ],
  });
  opened.push(db);
  return { db, read };
}

const rows = (statements: readonly Statement[]) =>
  statements.map((s) => statementRow(s, contentIdOf(s) ?? ''));

function watch(db: LearningRecordDb) {
  const views: StoredView[] = [];
  const stop = watchStoredView(
    db,
    (view) => views.push(view),
    (error) => {
      throw error;
    },
  );
  return { views, stop, latest: () => views.at(-1)?.statements ?? [] };
}

const RECORD = 2000;
/** Reading 2,000 statements from fake-indexeddb takes a while on a busy machine. */
const SLOW = { timeout: 20_000 };
const all = statementsFor(RECORD + 20, catalogue, Date.parse('2026-01-01T09:00:00Z'));
const older = all.slice(0, 10);
const record = all.slice(10, RECORD + 10);
const newer = all.slice(RECORD + 10);

describe('the live view of a large record', { timeout: 60_000 }, () => {
  test('after a new statement, the page reads what is new, not the whole record', async () => {
    const { db, read } = countingDb('live-new');
    await db.statements.bulkAdd(rows(record));
    const page = watch(db);
    await vi.waitFor(() => expect(page.latest()).toHaveLength(RECORD), SLOW);
    read.rows = 0;

    await db.statements.add(rows(newer.slice(0, 1))[0]!);
    await vi.waitFor(() => expect(page.latest()).toHaveLength(RECORD + 1), SLOW);
    expect(page.latest()).toEqual([...record, newer[0]]);
    expect(read.rows).toBeLessThan(10);
    page.stop();
  });

  test.each([
    ['older statements imported', () => [...older, ...record].sort(byTimeThenId)],
    [
      'new statements with the same time as the latest',
      () => {
        const sameTime = newer
          .slice(0, 5)
          .map((s) => ({ ...s, timestamp: record.at(-1)!.timestamp }));
        return [...record, ...sameTime].sort(byTimeThenId);
      },
    ],
  ])('%s: the view holds the whole record, in order', async (_, expected) => {
    const { db } = countingDb(`live-${expected().length}`);
    await db.statements.bulkAdd(rows(record));
    const page = watch(db);
    await vi.waitFor(() => expect(page.latest()).toHaveLength(RECORD), SLOW);
    const after = expected();
    await db.statements.bulkPut(rows(after));
    await vi.waitFor(() => expect(page.latest()).toEqual(after), SLOW);
    page.stop();
  });

  test('after everything is deleted, the view is empty', async () => {
    const { db } = countingDb('live-delete');
    await db.statements.bulkAdd(rows(record));
    const page = watch(db);
    await vi.waitFor(() => expect(page.latest()).toHaveLength(RECORD), SLOW);
    await db.statements.clear();
    await vi.waitFor(() => expect(page.latest()).toEqual([]), SLOW);
    page.stop();
  });
});
