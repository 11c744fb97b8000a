/**
 * Keeps a page's view of the record current, including writes made in other tabs. Dexie 4's liveQuery
 * re-runs the query when any connection to the same database writes to the tables it read: in the same
 * page directly, in other tabs of the site through a BroadcastChannel ('x-storagemutated-1') that Dexie
 * sets up itself (see dexie/dist/dexie.mjs, propagateLocally). So two tabs stay consistent with no code
 * of ours beyond subscribing.
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

/** Calls onChange with the stored statements and learner now and after every change; returns a stop function. */
export function watchStoredView(
  db: LearningRecordDb,
  onChange: (view: StoredView) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readStoredView(db)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
