/**
 * Lasting storage for the learning record: the Dexie operations record.ts needs, each one a single
 * transaction so a failure leaves the database as it was. Policy (validation, falling back to memory,
 * what to tell the learner) lives in record.ts. Loaded with a dynamic import, with Dexie.
 */
import type { DexieOptions } from 'dexie';
import type { LrsConnection, SentToLrs } from './api';
import { LearningRecordDb, statementRow, type AttemptRow, type LearnerRow } from './db';
import { readStoredView, watchStoredView, type StoredView } from './live';
import { freshStatements, mergePlan, type MergeResult } from './merge';
import { contentIdOf } from './xapi/statements';
import type { Statement } from './xapi/schema';

export interface LastingStore {
  addStatements(statements: readonly Statement[]): Promise<void>;
  /**
   * Imports a checked file as merge.ts decides, in one transaction: adds the statements whose ids are
   * new, adopting `learner` when the record held no statements. When the file is another learner's
   * and this record has progress, changes nothing and says so, unless `replace` (the learner chose
   * to replace their record): then statements, attempts and the learner are swapped for the file's.
   */
  mergeStatements(
    statements: readonly Statement[],
    learner: LearnerRow,
    replace?: boolean,
  ): Promise<MergeResult>;
  read(): Promise<StoredView>;
  getLearner(): Promise<LearnerRow | undefined>;
  watch(onChange: (view: StoredView) => void, onError: (error: unknown) => void): () => void;
  /** Returns the learner row, creating it with `create` if there is none (safe when two tabs race). */
  ensureLearner(create: () => LearnerRow): Promise<LearnerRow>;
  updateLearner(
    change: Partial<Omit<LearnerRow, 'key' | 'id'>>,
    removeName?: boolean,
  ): Promise<void>;
  putAttempt(row: AttemptRow): Promise<void>;
  getAttempt(key: string): Promise<AttemptRow | undefined>;
  deleteAttempt(key: string): Promise<void>;
  getLrsConnection(endpoint: string): Promise<LrsConnection | undefined>;
  putLrsConnection(connection: LrsConnection): Promise<void>;
  deleteLrsConnection(endpoint: string): Promise<void>;
  sentToLrs(endpoint: string): Promise<SentToLrs[]>;
  markSentToLrs(endpoint: string, ids: readonly string[], sentAt: string): Promise<void>;
  clearAll(): Promise<void>;
  close(): void;
}

function rowOf(statement: Statement) {
  return statementRow(statement, contentIdOf(statement) ?? '');
}

/** Opens the database; rejects if IndexedDB is missing or refuses (as in some private modes). */
export async function openLastingStore(
  name?: string,
  options: DexieOptions = {},
): Promise<LastingStore> {
  const db = new LearningRecordDb(name, options);
  await db.open();
  return {
    async addStatements(statements) {
      // One transaction: if one statement cannot be stored, none is, and the caller keeps them all.
      await db.transaction('rw', db.statements, () => db.statements.bulkAdd(statements.map(rowOf)));
    },

    mergeStatements(statements, learner, replace = false) {
      return db.transaction('rw', [db.statements, db.learner, db.attempts], async () => {
        const current = await db.learner.get('me');
        const hasProgress = (await db.statements.count()) > 0;
        const plan = replace
          ? 'replace'
          : mergePlan({ learnerId: current?.id, hasProgress }, learner.id);
        if (plan === 'ask') return { merged: false } as const;
        if (plan === 'replace') await Promise.all([db.statements.clear(), db.attempts.clear()]);
        // Every stored id, not only the file's: one stored in upper case before ids were normalised
        // still matches its lower-case twin (keys only, so a large record stays quick).
        const present = plan === 'replace' ? [] : await db.statements.toCollection().primaryKeys();
        const fresh = freshStatements(statements, present);
        if (fresh.length) await db.statements.bulkAdd(fresh.map(rowOf));
        if (plan !== 'merge') {
          // The file's learner becomes this device's, so moving to a new device keeps one identity.
          await db.learner.put({
            ...learner,
            ...(current?.lastingStorage ? { lastingStorage: current.lastingStorage } : {}),
          });
        }
        return {
          merged: true,
          added: fresh.length,
          alreadyThere: statements.length - fresh.length,
          replaced: plan === 'replace',
        } as const;
      });
    },

    read: () => readStoredView(db),

    getLearner: () => db.learner.get('me'),

    watch: (onChange, onError) => watchStoredView(db, onChange, onError),

    ensureLearner(create) {
      return db.transaction('rw', db.learner, async () => {
        const existing = await db.learner.get('me');
        if (existing) return existing;
        const row = create();
        await db.learner.add(row);
        return row;
      });
    },

    async updateLearner(change, removeName = false) {
      await db.transaction('rw', db.learner, async () => {
        const existing = await db.learner.get('me');
        if (!existing) return;
        const next: LearnerRow = { ...existing, ...change };
        if (removeName) delete next.name;
        await db.learner.put(next);
      });
    },

    async putAttempt(row) {
      await db.attempts.put(row);
    },
    getAttempt: (key) => db.attempts.get(key),
    async deleteAttempt(key) {
      await db.attempts.delete(key);
    },

    getLrsConnection: (endpoint) => db.lrsConnections.get(endpoint),
    async putLrsConnection(connection) {
      await db.lrsConnections.put(connection);
    },
    async deleteLrsConnection(endpoint) {
      await db.lrsConnections.delete(endpoint);
    },
    async sentToLrs(endpoint) {
      const rows = await db.lrsSent.where('endpoint').equals(endpoint).toArray();
      return rows.map(({ id, sentAt }) => ({ id, sentAt }));
    },
    async markSentToLrs(endpoint, ids, sentAt) {
      // put, not add: an id marked twice (two tabs sending) keeps one row.
      await db.lrsSent.bulkPut(ids.map((id) => ({ endpoint, id, sentAt })));
    },

    async clearAll() {
      const tables = [db.statements, db.attempts, db.learner, db.lrsSent, db.lrsConnections];
      await db.transaction('rw', tables, async () => {
        await Promise.all(tables.map((table) => table.clear()));
      });
    },

    close: () => db.close(),
  };
}
