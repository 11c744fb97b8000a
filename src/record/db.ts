/**
 * The Dexie database behind the learning record. Only record.ts (through dexie-store.ts) touches it;
 * islands go through LearningRecordApi. Imported lazily, so pages without islands load no Dexie.
 */
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { LrsConnection, SentToLrs } from './api';
import type { Statement } from './xapi/schema';
import { verbOf } from './xapi/statements';
import type { RecordedVerb } from './xapi/verbs';

export const DATABASE_NAME = 'sideline-learning-record';

/** A statement as stored: the statement itself, plus copies of the fields we look rows up by. */
export interface StatementRow {
  id: string;
  timestamp: string;
  /** From the verb id; '' for one the site does not write (the record refuses those). */
  verb: RecordedVerb | '';
  /** '' when the statement names no content id (never the case for statements the site writes). */
  contentId: string;
  /**
   * Only in rows written while the database was at version 2, which indexed it; version 3 dropped the
   * index and writes no courseId. Read the course from the statement (courseIdOf).
   */
  courseId?: string;
  statement: Statement;
}

/** A paused attempt (a quiz or scenario in progress), saved against the content revision it used. */
export interface AttemptRow {
  key: string;
  revision: string;
  snapshot: unknown;
  savedAt: string;
}

export type LastingStorage = 'granted' | 'denied' | 'unsupported';

/** The only row in the learner table, under the key 'me'. */
export interface LearnerRow {
  key: 'me';
  id: string;
  name?: string;
  createdAt: string;
  /** The answer to navigator.storage.persist(), once asked. */
  lastingStorage?: LastingStorage;
}

/** A statement an LRS has stored (it said so, or said it already had it): never sent there again. */
export interface LrsSentRow extends SentToLrs {
  endpoint: string;
}

export interface DatabaseOptions extends DexieOptions {
  /** Build the schema only up to this version: for migration tests that need an old database. */
  upToVersion?: number;
}

export class LearningRecordDb extends Dexie {
  statements!: EntityTable<StatementRow, 'id'>;
  attempts!: EntityTable<AttemptRow, 'key'>;
  learner!: EntityTable<LearnerRow, 'key'>;
  /** Keyed by [endpoint+id]. */
  lrsSent!: Table<LrsSentRow, [string, string]>;
  lrsConnections!: EntityTable<LrsConnection, 'endpoint'>;

  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    const { upToVersion = LATEST_VERSION, ...dexieOptions } = options;
    super(name, dexieOptions);
    for (const migration of MIGRATIONS) {
      if (migration.version > upToVersion) break;
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}

export function statementRow(statement: Statement, contentId: string): StatementRow {
  return {
    id: statement.id,
    timestamp: statement.timestamp,
    verb: verbOf(statement) ?? '',
    contentId,
    statement,
  };
}
