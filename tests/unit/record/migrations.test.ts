/**
 * One test per migration: open a database at the previous version, fill it with rows of that version,
 * open it with the current code and check every row is there and the new field is filled.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { LearningRecordDb } from '../../../src/record/db';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/record/migrations';
import { catalogue } from '../../fixtures/records/catalogue';
import { statementsFor } from '../../fixtures/records/generate';
import { contentIdOf, courseIdOf } from '../../../src/record/xapi/statements';
import { openLastingStore } from '../../../src/record/dexie-store';
import { buildRecordFile, checkRecordData } from '../../../src/record/transfer';

const NOW = new Date('2026-12-05T12:00:00Z');

const opened: LearningRecordDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function open(name: string, upToVersion?: number) {
  const db = new LearningRecordDb(name, upToVersion ? { upToVersion } : {});
  opened.push(db);
  return db;
}

describe('the migration chain', () => {
  test('versions run 1, 2, 3… with a date and a reason each', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const migration of MIGRATIONS) {
      expect(migration.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(migration.why.length).toBeGreaterThan(10);
    }
    expect(LATEST_VERSION).toBe(5);
  });
});

describe('version 1 → 2: statements indexed by course id', () => {
  test('every v1 row survives and gains its course id from the statement context', async () => {
    const name = 'migrate-v1-v2';
    const statements = statementsFor(500, catalogue);
    // A v1 database: rows have no courseId field.
    const v1 = open(name, 1);
    await v1.statements.bulkAdd(
      statements.map((statement) => ({
        id: statement.id,
        timestamp: statement.timestamp,
        verb: statement.verb.display['en-GB'],
        contentId: contentIdOf(statement) ?? '',
        statement,
      })),
    );
    await v1.attempts.put({
      key: 'quiz:q1',
      revision: 'r1',
      snapshot: { value: 'question-2' },
      savedAt: '2026-11-01T00:00:00.000Z',
    });
    await v1.learner.put({
      key: 'me',
      id: 'learner-1',
      name: 'Sam',
      createdAt: '2026-10-01T00:00:00.000Z',
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = open(name, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = await v2.statements.orderBy('timestamp').toArray();
    expect(rows.map((row) => row.statement)).toEqual(statements);
    expect(
      rows.every(
        (row) =>
          row.courseId ===
          row.statement.context.extensions?.['https://sideline.example/activities/ext/course-id'],
      ),
    ).toBe(true);
    expect(await v2.statements.where('courseId').equals('pmo-basics').count()).toBe(
      statements.filter(
        (s) => s.object.id.includes('coach-dont-play') || s.object.id.includes('pmo-services-quiz'),
      ).length,
    );
    expect(await v2.attempts.get('quiz:q1')).toEqual({
      key: 'quiz:q1',
      revision: 'r1',
      snapshot: { value: 'question-2' },
      savedAt: '2026-11-01T00:00:00.000Z',
    });
    expect(await v2.learner.get('me')).toEqual({
      key: 'me',
      id: 'learner-1',
      name: 'Sam',
      createdAt: '2026-10-01T00:00:00.000Z',
    });
  });

  test('a v1 statement with no course stays, without a course id', async () => {
    const name = 'migrate-v1-v2-no-course';
    const [statement] = statementsFor(1, catalogue);
    if (!statement) throw new Error('fixture');
    const courseless = { ...statement, context: {} };
    const v1 = open(name, 1);
    await v1.statements.add({
      id: courseless.id,
      timestamp: courseless.timestamp,
      verb: 'progressed',
      contentId: 'x',
      statement: courseless,
    });
    v1.close();

    const v2 = open(name, 2);
    const rows = await v2.statements.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toHaveProperty('courseId');
    expect(rows[0]?.statement).toEqual(courseless);
  });
});

describe('version 2 → 3: the unused course id index is dropped', () => {
  test('every v2 row survives, the index is gone, and the record reads and writes as before', async () => {
    const name = 'migrate-v2-v3';
    const statements = statementsFor(300, catalogue);
    // A v2 database: rows carry a courseId, indexed.
    const v2 = open(name, 2);
    await v2.statements.bulkAdd(
      statements.map((statement) => {
        const courseId = courseIdOf(statement);
        return {
          id: statement.id,
          timestamp: statement.timestamp,
          verb: statement.verb.display['en-GB'],
          contentId: contentIdOf(statement) ?? '',
          ...(courseId !== undefined ? { courseId } : {}),
          statement,
        };
      }),
    );
    await v2.attempts.put({
      key: 'scenario:s1',
      revision: 'r2',
      snapshot: { value: 'node-3' },
      savedAt: '2026-11-30T00:00:00.000Z',
    });
    await v2.learner.put({ key: 'me', id: 'learner-1', createdAt: '2026-11-01T00:00:00.000Z' });
    expect(v2.tables.find((t) => t.name === 'statements')?.schema.idxByName).toHaveProperty(
      'courseId',
    );
    v2.close();

    const v3 = open(name, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    const indexes = Object.keys(
      v3.tables.find((t) => t.name === 'statements')?.schema.idxByName ?? {},
    );
    expect(indexes.sort()).toEqual(['contentId', 'timestamp', 'verb']);
    const rows = await v3.statements.orderBy('timestamp').toArray();
    expect(rows.map((row) => row.statement)).toEqual(statements);
    expect(await v3.attempts.get('scenario:s1')).toMatchObject({ revision: 'r2' });
    expect(await v3.learner.get('me')).toMatchObject({ id: 'learner-1' });
    v3.close();

    // The record opens the upgraded database, reads every statement and adds new rows without a course id.
    const store = await openLastingStore(name);
    expect((await store.read()).statements).toEqual(statements);
    const [extra] = statementsFor(301, catalogue).slice(300);
    await store.addStatements([extra!]);
    const view = await store.read();
    expect(view.statements).toHaveLength(301);
    store.close();
    const after = open(name);
    expect(await after.statements.get(extra!.id)).not.toHaveProperty('courseId');
  });
});

describe("version 3 → 4: every statement in a record is its learner's", () => {
  test('statements merged in under another learner id become this learner’s, and nothing else changes', async () => {
    const name = 'migrate-v3-v4';
    const statements = statementsFor(40, catalogue);
    const mine = statements.slice(0, 30);
    // The last ten came from another device's record, imported before imports asked whose it was.
    const theirs = statements.slice(30).map((statement) => ({
      ...statement,
      actor: {
        ...statement.actor,
        account: { ...statement.actor.account, name: 'other-device' },
        name: 'Sam on the laptop',
      },
    }));
    const v3 = open(name, 3);
    await v3.statements.bulkAdd(
      [...mine, ...theirs].map((statement) => ({
        id: statement.id,
        timestamp: statement.timestamp,
        verb: statement.verb.display['en-GB'],
        contentId: contentIdOf(statement) ?? '',
        statement,
      })),
    );
    const me = mine[0]!.actor.account.name;
    await v3.learner.put({ key: 'me', id: me, createdAt: '2026-10-01T00:00:00.000Z' });
    v3.close();

    const v4 = open(name, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    const rows = await v4.statements.orderBy('timestamp').toArray();
    expect(rows.map((row) => row.statement.actor.account.name)).toEqual(statements.map(() => me));
    // This learner gave no name, so the other device's name is not kept either.
    expect(rows.some((row) => 'name' in row.statement.actor)).toBe(false);
    expect(rows.map(({ statement }) => ({ ...statement, actor: undefined }))).toEqual(
      statements.map((statement) => ({ ...statement, actor: undefined })),
    );
    v4.close();

    // The record's own download now imports again: one learner, every entry.
    const store = await openLastingStore(name);
    const view = await store.read();
    expect(view.statements).toHaveLength(40);
    expect(checkRecordData(buildRecordFile({ id: me }, view.statements, NOW)).ok).toBe(true);
    store.close();
  });
});

describe('version 4 → 5: what each LRS holds, and the consent to send there', () => {
  test('every v4 row survives; the record then remembers what an LRS stored, and forgets it with the rest', async () => {
    const name = 'migrate-v4-v5';
    const statements = statementsFor(60, catalogue);
    const v4 = open(name, 4);
    await v4.statements.bulkAdd(
      statements.map((statement) => ({
        id: statement.id,
        timestamp: statement.timestamp,
        verb: statement.verb.display['en-GB'],
        contentId: contentIdOf(statement) ?? '',
        statement,
      })),
    );
    const learner = {
      key: 'me' as const,
      id: statements[0]!.actor.account.name,
      name: 'Sam',
      createdAt: '2026-10-01T00:00:00.000Z',
      lastingStorage: 'granted' as const,
    };
    await v4.learner.put(learner);
    const attempt = {
      key: 'quiz:q1',
      revision: 'r1',
      snapshot: { at: 2 },
      savedAt: '2026-11-01T00:00:00.000Z',
    };
    await v4.attempts.put(attempt);
    v4.close();

    const v5 = open(name, 5);
    await v5.open();
    expect(v5.verno).toBe(5);
    expect(
      (await v5.statements.orderBy('timestamp').toArray()).map((row) => row.statement),
    ).toEqual(statements);
    expect(await v5.learner.get('me')).toEqual(learner);
    expect(await v5.attempts.get('quiz:q1')).toEqual(attempt);
    expect(await v5.lrsSent.count()).toBe(0);
    v5.close();

    const store = await openLastingStore(name);
    const endpoint = 'https://lrs.example.org/xapi/';
    await store.markSentToLrs(endpoint, [statements[0]!.id, statements[1]!.id], NOW.toISOString());
    await store.markSentToLrs(
      'https://other.example.org/xapi/',
      [statements[2]!.id],
      NOW.toISOString(),
    );
    await store.putLrsConnection({
      endpoint,
      credentials: { kind: 'basic', key: 'k', secret: 's' },
      consentedAt: NOW.toISOString(),
    });
    expect((await store.sentToLrs(endpoint)).map((sent) => sent.id).sort()).toEqual(
      [statements[0]!.id, statements[1]!.id].sort(),
    );
    expect((await store.getLrsConnection(endpoint))?.credentials).toEqual({
      kind: 'basic',
      key: 'k',
      secret: 's',
    });
    await store.clearAll();
    expect(await store.sentToLrs(endpoint)).toEqual([]);
    expect(await store.getLrsConnection(endpoint)).toBeUndefined();
    store.close();
  });
});
