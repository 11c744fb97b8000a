/**
 * The quiz's line to the learning record. The record loads lazily (it brings Dexie), writes are
 * kept in order, and if the record cannot be reached the quiz carries on: nothing here throws.
 */
import type { LearningRecordApi, LoadedAttempt, StatementDraft } from './api';

export interface QuizRecordLink {
  record(draft: StatementDraft): Promise<void>;
  saveAttempt(key: string, revision: string, snapshot: unknown): Promise<void>;
  loadAttempt(key: string, revision: string): Promise<LoadedAttempt>;
}

/** `open` is called once, on first use, so nothing loads until the quiz needs the record. */
export function linkToRecord(open: () => Promise<LearningRecordApi>): QuizRecordLink {
  let api: Promise<LearningRecordApi | null> | undefined;
  const ready = () => (api ??= open().catch(() => null));

  // One queue for every write: statements keep their order, and an older snapshot can never
  // overwrite a newer one.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (write: (record: LearningRecordApi) => Promise<unknown>): Promise<void> => {
    queue = queue.then(async () => {
      const record = await ready();
      if (record) await write(record).catch(() => undefined);
    });
    return queue;
  };

  return {
    record: (draft) => enqueue((record) => record.record(draft)),
    saveAttempt: (key, revision, snapshot) =>
      enqueue((record) => record.saveAttempt(key, revision, snapshot)),
    async loadAttempt(key, revision) {
      const record = await ready();
      if (!record) return { status: 'none' };
      return record.loadAttempt(key, revision).catch((): LoadedAttempt => ({ status: 'none' }));
    },
  };
}
