/**
 * An island's line to the learning record (quiz, scenario, practice). The record loads lazily (it
 * brings Dexie), writes are kept in order, and if the record cannot be reached the island carries on:
 * nothing here throws.
 */
import type { LearningRecordApi, LoadedAttempt, StatementDraft, WriteOutcome } from './api';

export interface RecordLink {
  record(draft: StatementDraft): Promise<WriteOutcome>;
  /** Resolves once written, saying whether it reached lasting storage (for "Saved on this device"). */
  saveAttempt(key: string, revision: string, snapshot: unknown): Promise<WriteOutcome>;
  loadAttempt(key: string, revision: string): Promise<LoadedAttempt>;
}

/** `open` is called once, on first use, so nothing loads until the island needs the record. */
export function linkToRecord(open: () => Promise<LearningRecordApi>): RecordLink {
  let api: Promise<LearningRecordApi | null> | undefined;
  const ready = () => (api ??= open().catch(() => null));

  // One queue for every write: statements keep their order, and an older snapshot can never
  // overwrite a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (
    write: (record: LearningRecordApi) => Promise<WriteOutcome>,
  ): Promise<WriteOutcome> => {
    const done = queue.then(async (): Promise<WriteOutcome> => {
      const record = await ready();
      if (!record) return { saved: false, reason: 'unavailable' };
      return write(record).catch((): WriteOutcome => ({ saved: false, reason: 'error' }));
    });
    queue = done;
    return done;
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
