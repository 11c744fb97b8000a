/**
 * Keeps a page's view of the record current, including writes made in other tabs. Dexie 4's liveQuery
 * re-runs the query when any connection to the same database writes to the tables it read: in the same
 * page directly, in other tabs of the site through a BroadcastChannel ('x-storagemutated-1') that Dexie
 * sets up itself (see dexie/dist/dexie.mjs, propagateLocally). So two tabs stay consistent with no code
 * of ours beyond subscribing.
 *
 * A heavy learner's record holds 100,000 statements, and reading them all takes IndexedDB seconds
 * (tests/bench/6-large-record.bench.mjs). The page reads them all once; after a write it reads only the
 * statements from its latest one on (a new statement is stamped with the time it was made, so it sorts
 * last), and checks the count: if the record holds other changes (an import of older statements, a
 * delete, another tab with a clock behind this one), it reads everything again.
 */
import { liveQuery } from 'dexie';
import type { LearningRecordDb, LearnerRow } from './db';
import type { Statement } from './xapi/schema';

export interface StoredView {
  /** Oldest first; ties in time are ordered by statement id. */
  statements: Statement[];
  learner: LearnerRow | undefined;
}

export function readStoredView(db: LearningRecordDb): Promise<StoredView> {
  return db.transaction('r', [db.statements, db.learner], async () => {
    const rows = await db.statements.orderBy('timestamp').toArray();
    return { statements: rows.map((row) => row.statement), learner: await db.learner.get('me') };
  });
}

/**
 * The view after a change, reading only what is new when `previous` is still a prefix of the record:
 * every statement before its latest time is unchanged, and the count adds up.
 */
export function readChangedView(db: LearningRecordDb, previous: StoredView): Promise<StoredView> {
  return db.transaction('r', [db.statements, db.learner], async () => {
    const last = previous.statements.at(-1)?.timestamp;
    if (last === undefined) return readStoredView(db);
    const count = await db.statements.count();
    // Statements at the latest time are read again: a new one may sort among them by id.
    let keep = previous.statements.length;
    while (keep > 0 && previous.statements[keep - 1]?.timestamp === last) keep -= 1;
    const rows = await db.statements.where('timestamp').aboveOrEqual(last).toArray();
    if (keep + rows.length !== count) return readStoredView(db);
    const statements = previous.statements.slice(0, keep);
    for (const row of rows) statements.push(row.statement);
    return { statements, learner: await db.learner.get('me') };
  });
}

/** Calls onChange with the stored statements and learner now and after every change; returns a stop function. */
export function watchStoredView(
  db: LearningRecordDb,
  onChange: (view: StoredView) => void,
  onError: (error: unknown) => void,
): () => void {
  let previous: StoredView | undefined;
  // Both reads cover the whole statements table (readChangedView counts it), so any change re-runs this.
  const subscription = liveQuery(() =>
    previous ? readChangedView(db, previous) : readStoredView(db),
  ).subscribe({
    next: (view) => {
      previous = view;
      onChange(view);
    },
    error: onError,
  });
  return () => subscription.unsubscribe();
}
