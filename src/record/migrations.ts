/**
 * The learning record's schema history: an append-only chain, oldest first. Never edit or remove a step
 * once it has shipped; learners' browsers hold databases at every one of these versions. Add a new step
 * (next version, today's date, why) and a test in tests/unit/record/migrations.test.ts that opens a
 * database at the previous version, filled with rows of that version, and checks nothing was lost.
 */
import type { Transaction } from 'dexie';
import { courseIdOf } from './xapi/statements';
import type { Statement } from './xapi/schema';

export interface Migration {
  version: number;
  /** When the step was written (ISO date), so the chain reads as a history. */
  date: string;
  why: string;
  /** Dexie store definitions for this version: the primary key first, then indexes. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    date: '2026-11-25',
    why: 'First schema: statements by time, verb and content id; attempts by key; one learner row.',
    stores: {
      statements: 'id, timestamp, verb, contentId',
      attempts: 'key',
      learner: 'key',
    },
  },
  {
    version: 2,
    date: '2026-11-25',
    why: "Course pages read one course's statements: index them by course id, filled from each statement's context.",
    stores: {
      statements: 'id, timestamp, verb, contentId, courseId',
    },
    upgrade: (tx) =>
      tx
        .table('statements')
        .toCollection()
        .modify((row: { statement: Statement; courseId?: string }) => {
          const courseId = courseIdOf(row.statement);
          if (courseId !== undefined) row.courseId = courseId;
        }),
  },
  {
    version: 3,
    date: '2026-12-02',
    why: "Drop the course id index: no page ever read by it (course pages share the page's one live query over the whole record, which must also hold statements kept in memory when storage fails), and every write paid for it. Rows keep the courseId field v2 gave them; new rows have none.",
    stores: {
      statements: 'id, timestamp, verb, contentId',
    },
  },
  {
    version: 4,
    date: '2026-12-05',
    why: "One learner per record. Before an import asked whose record it was, a record from another device was merged in as it was, so a record can hold statements under another learner id; its download would now be refused on import as someone else's, and its reports skipped. The learner chose to import those statements: they become this record's learner's own.",
    stores: {},
    upgrade: async (tx) => {
      const me = (await tx.table('learner').get('me')) as { id: string; name?: string } | undefined;
      if (!me) return;
      await tx
        .table('statements')
        .toCollection()
        .modify((row: { statement: Statement }) => {
          const { actor } = row.statement;
          if (actor.account.name === me.id) return;
          // Their name goes with their id: the statement now carries this learner's, if any.
          row.statement = {
            ...row.statement,
            actor: {
              objectType: actor.objectType,
              account: { ...actor.account, name: me.id },
              ...(me.name ? { name: me.name } : {}),
            },
          };
        });
    },
  },
  {
    version: 5,
    date: '2026-12-05',
    why: "Sending the record to the organisation's LRS (src/lrs/): which statements each LRS endpoint has stored, so each is sent exactly once and a resend after a closed browser starts where it stopped; and the learner's consent and credentials per endpoint. Two new tables; nothing else changes.",
    stores: {
      lrsSent: '[endpoint+id], endpoint',
      lrsConnections: 'endpoint',
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;
