/**
 * Over 300 lines on purpose: the one class that is the learning record; its methods share the database, the in-memory fallback and the write queue.
 * The learning record as islands use it (LearningRecordApi and the fuller LearningRecord).
 *
 * Rules it keeps:
 * - Append-only: statements are added, never changed; only deleteAll() removes them.
 * - Every statement is checked against statementSchema before it reaches a table.
 * - A storage failure never reaches an island as an exception. When IndexedDB cannot be opened (some
 *   private modes) or a write fails (full disk), the statement is kept in memory for this session, the
 *   outcome says { saved: false, reason } and storageStatus() tells the site-wide banner. Statements and
 *   attempts kept in memory are written with the next write, and on their own every few seconds while
 *   storage is failing, so a learner who frees space mid-session loses nothing, even if the answer that
 *   did not fit was their last one on the page.
 * - Attempts are saved against a content revision; one made against other content loads as 'stale'.
 */
import type { DexieOptions } from 'dexie';
import type {
  ImportOptions,
  ImportOutcome,
  LearnerProfile,
  LearningRecord,
  LoadedAttempt,
  LrsConnection,
  RecordSnapshot,
  SentToLrs,
  StatementDraft,
  StorageStatus,
  WriteOutcome,
} from './api';
import type { AttemptRow, LearnerRow } from './db';
import type { LastingStore } from './dexie-store';
import { displayNameProblem, learnerProfile, newLearnerRow } from './learner';
import type { StoredView } from './live';
import { failureReason, SessionKeeping } from './session';
import { buildStatement, DEFAULT_ACTIVITY_BASE, normaliseBase, verbOf } from './xapi/statements';
import { statementSchema, type Statement } from './xapi/schema';
import {
  askForLastingStorage,
  browserStorage,
  estimateStorage,
  isFinishing,
  type LastingStorageAnswer,
  type StorageManagerLike,
} from './storage';
import { sortByReferences } from './references';
import type { MergeResult } from './merge';
import {
  buildRecordFile,
  importNotSaved,
  otherLearnerText,
  readRecordFile,
  recordFileBlob,
  recordFileName,
} from './transfer';

export interface LearningRecordConfig {
  /** From content/site.yaml (activityBase). */
  activityBase?: string;
  databaseName?: string;
  /** Passed to Dexie: tests give a broken indexedDB to stand for a private mode. */
  dexieOptions?: DexieOptions;
  /** Replaces opening IndexedDB altogether (tests). */
  openStore?: () => Promise<LastingStore>;
  /** navigator.storage, or a stand-in; undefined for a browser without the Storage API. */
  storage?: StorageManagerLike | undefined;
  now?: () => Date;
  /** How long to wait before trying again to save what storage refused (tests shorten it). */
  retryAfterMs?: number;
}

/** Often enough that a learner who has just freed space sees their progress saved within seconds. */
const RETRY_AFTER_MS = 5000;

const SAVING: StorageStatus = { saving: true };

class BrowserLearningRecord implements LearningRecord {
  private readonly base: string;
  private readonly now: () => Date;
  private readonly storage: StorageManagerLike | undefined;
  private store: LastingStore | null = null;
  private status: StorageStatus = SAVING;
  private readonly session = new SessionKeeping();
  private askedForLastingStorage = false;
  private stored: StoredView = { statements: [], learner: undefined };
  private readonly listeners = new Set<(snapshot: RecordSnapshot) => void>();
  private stopWatching: (() => void) | null = null;
  private current: RecordSnapshot | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly config: LearningRecordConfig) {
    this.base = normaliseBase(config.activityBase ?? DEFAULT_ACTIVITY_BASE);
    this.now = config.now ?? (() => new Date());
    this.storage = 'storage' in config ? config.storage : browserStorage();
  }

  async open(): Promise<void> {
    try {
      if (this.config.openStore) {
        this.store = await this.config.openStore();
      } else {
        const { openLastingStore } = await import('./dexie-store');
        this.store = await openLastingStore(this.config.databaseName, this.config.dexieOptions);
      }
    } catch {
      this.store = null;
      this.status = { saving: false, reason: 'unavailable' };
    }
  }

  // ---- writing statements -------------------------------------------------------------------

  record(draft: StatementDraft): Promise<WriteOutcome> {
    return this.appendMany([draft]);
  }

  async appendMany(drafts: readonly StatementDraft[]): Promise<WriteOutcome> {
    try {
      const learner = await this.learnerRow();
      const statements: Statement[] = [];
      for (const draft of drafts) {
        const built = buildStatement(draft, {
          activityBase: this.base,
          learner: { id: learner.id, name: learner.name },
          now: this.now,
        });
        const checked = statementSchema.safeParse(built);
        if (!checked.success) {
          // A bug in the island that drafted it, not a storage problem: say so to developers.
          console.error('Sideline: a statement was refused', checked.error.issues, draft);
          return { saved: false, reason: 'error' };
        }
        statements.push(checked.data);
      }
      const outcome = await this.keep(statements);
      if (outcome.saved && statements.some((s) => isFinishing(verbOf(s)))) {
        this.askOnceForLastingStorage(learner);
      }
      return outcome;
    } catch (error) {
      console.error('Sideline: recording failed', error);
      return { saved: false, reason: 'error' };
    }
  }

  /** Writes statements (and any kept from earlier failures) in one go, or keeps them all in memory. */
  private async keep(statements: Statement[]): Promise<WriteOutcome> {
    if (!this.store) {
      this.session.keep(statements);
      this.emit();
      return { saved: false, reason: 'unavailable' };
    }
    try {
      await this.store.addStatements([...this.session.statements.values(), ...statements]);
      this.session.statements.clear();
    } catch (error) {
      const reason = failureReason(error);
      this.session.keep(statements);
      this.setStatus({ saving: false, reason });
      this.retryLater();
      return { saved: false, reason };
    }
    if (await this.saveKeptAttempts()) {
      this.setStatus(SAVING);
    } else {
      this.setStatus({ saving: false, reason: 'full' });
      this.retryLater();
    }
    return { saved: true };
  }

  /**
   * Writes attempts kept in memory (a null is one cleared meanwhile). False if the disk is still full;
   * an attempt refused for another reason (say, a snapshot that cannot be stored) stays in memory.
   */
  private async saveKeptAttempts(): Promise<boolean> {
    for (const [key, row] of [...this.session.attempts]) {
      // A newer snapshot may have been saved meanwhile (the retry runs beside the island's writes).
      if (this.session.attempts.get(key) !== row) continue;
      try {
        if (row) await this.store?.putAttempt(row);
        else await this.store?.deleteAttempt(key);
      } catch (error) {
        if (failureReason(error) === 'full') return false;
        continue;
      }
      // Only if no newer snapshot arrived while this one was being written.
      if (this.session.attempts.get(key) === row) this.session.attempts.delete(key);
    }
    return true;
  }

  /** While storage refuses writes, tries again on its own, so kept work lands without a new action. */
  private retryLater(): void {
    if (this.retryTimer || !this.store) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.status.saving) return;
      void this.keep([]);
    }, this.config.retryAfterMs ?? RETRY_AFTER_MS);
  }

  // ---- the learner --------------------------------------------------------------------------

  private async learnerRow(): Promise<LearnerRow> {
    if (this.store) {
      try {
        return await this.store.ensureLearner(
          () => this.session.learner ?? newLearnerRow(this.now()),
        );
      } catch (error) {
        this.setStatus({ saving: false, reason: failureReason(error) });
      }
    }
    this.session.learner ??= newLearnerRow(this.now());
    return this.session.learner;
  }

  async learner(): Promise<LearnerProfile | null> {
    if (this.store) {
      try {
        const learner = await this.store.getLearner();
        if (learner) return learnerProfile(learner);
      } catch {
        // Fall through to the session's learner.
      }
    }
    return this.session.learner ? learnerProfile(this.session.learner) : null;
  }

  async setDisplayName(name: string): Promise<WriteOutcome> {
    if (displayNameProblem(name)) return { saved: false, reason: 'error' };
    const trimmed = name.trim();
    const learner = await this.learnerRow();
    const change = trimmed ? { name: trimmed } : {};
    if (this.store && !this.session.learner) {
      try {
        await this.store.updateLearner(change, !trimmed);
        return { saved: true };
      } catch (error) {
        this.session.learner = { ...learner };
        this.setStatus({ saving: false, reason: failureReason(error) });
      }
    }
    const next: LearnerRow = { ...(this.session.learner ?? learner), ...change };
    if (!trimmed) delete next.name;
    this.session.learner = next;
    this.emit();
    return { saved: false, reason: this.status.saving ? 'error' : this.status.reason };
  }

  // ---- lasting storage ----------------------------------------------------------------------

  private askOnceForLastingStorage(learner: LearnerRow): void {
    if (this.askedForLastingStorage || learner.lastingStorage) return;
    this.askedForLastingStorage = true;
    // Not awaited: Firefox waits for the learner to answer a prompt, and recording must not wait.
    void this.askForLastingStorage();
  }

  async askForLastingStorage(): Promise<LastingStorageAnswer> {
    const answer = await askForLastingStorage(this.storage);
    try {
      if (this.store) await this.store.updateLearner({ lastingStorage: answer });
    } catch {
      // The answer is asked again next session; nothing is lost.
    }
    if (this.session.learner) {
      this.session.learner = { ...this.session.learner, lastingStorage: answer };
      this.emit();
    }
    return answer;
  }

  estimateStorage() {
    return estimateStorage(this.storage);
  }

  storageStatus(): StorageStatus {
    return this.status;
  }

  private setStatus(status: StorageStatus): void {
    const changed =
      status.saving !== this.status.saving ||
      (!status.saving && !this.status.saving && status.reason !== this.status.reason);
    this.status = status;
    // While storage is failing, every call also means the session's statements changed.
    if (changed || !status.saving) this.emit();
  }

  // ---- attempts -----------------------------------------------------------------------------

  async saveAttempt(key: string, revision: string, snapshot: unknown): Promise<WriteOutcome> {
    const row: AttemptRow = { key, revision, snapshot, savedAt: this.now().toISOString() };
    if (!this.store) {
      this.session.attempts.set(key, row);
      return { saved: false, reason: 'unavailable' };
    }
    try {
      await this.store.putAttempt(row);
      this.session.attempts.delete(key);
      return { saved: true };
    } catch (error) {
      const reason = failureReason(error);
      this.session.attempts.set(key, row);
      // Only a full disk is news for the banner; any other failure is about this snapshot.
      if (reason === 'full') {
        this.setStatus({ saving: false, reason });
        this.retryLater();
      }
      return { saved: false, reason };
    }
  }

  async loadAttempt(key: string, revision: string): Promise<LoadedAttempt> {
    try {
      const row = this.session.attempts.has(key)
        ? this.session.attempts.get(key)
        : await this.store?.getAttempt(key);
      if (!row) return { status: 'none' };
      if (row.revision !== revision) return { status: 'stale' };
      return { status: 'found', snapshot: row.snapshot };
    } catch {
      return { status: 'none' };
    }
  }

  async clearAttempt(key: string): Promise<void> {
    this.session.attempts.delete(key);
    try {
      await this.store?.deleteAttempt(key);
    } catch {
      this.session.attempts.set(key, null);
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  async statements(): Promise<Statement[]> {
    let stored: readonly Statement[] = [];
    if (this.store) {
      try {
        stored = (await this.store.read()).statements;
      } catch {
        stored = this.stored.statements;
      }
    }
    return [...this.session.combined(stored)];
  }

  watch(listener: (snapshot: RecordSnapshot) => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      if (this.store) {
        this.stopWatching = this.store.watch(
          (view) => {
            this.stored = view;
            this.emit();
          },
          (error) => {
            this.setStatus({ saving: false, reason: failureReason(error) });
          },
        );
      } else {
        queueMicrotask(() => this.emit());
      }
    } else if (this.current) {
      const snapshot = this.current;
      queueMicrotask(() => listener(snapshot));
    }
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) {
        this.stopWatching?.();
        this.stopWatching = null;
        this.current = null;
      }
    };
  }

  private emit(): void {
    if (!this.listeners.size) return;
    const learner = this.stored.learner ?? this.session.learner;
    const snapshot: RecordSnapshot = {
      statements: this.session.combined(this.stored.statements),
      learner: learner ? learnerProfile(learner) : null,
      storage: this.status,
    };
    this.current = snapshot;
    for (const listener of this.listeners) listener(snapshot);
  }

  // ---- what src/lrs/ keeps: consent, credentials, and what each LRS holds ---------------------

  async lrsConnection(endpoint: string): Promise<LrsConnection | undefined> {
    const kept = this.session.lrsConnections.get(endpoint);
    if (kept || !this.store) return kept;
    try {
      return await this.store.getLrsConnection(endpoint);
    } catch {
      return undefined;
    }
  }

  async connectLrs(connection: LrsConnection): Promise<WriteOutcome> {
    if (this.store) {
      try {
        await this.store.putLrsConnection(connection);
        this.session.lrsConnections.delete(connection.endpoint);
        return { saved: true };
      } catch (error) {
        this.session.lrsConnections.set(connection.endpoint, connection);
        return { saved: false, reason: failureReason(error) };
      }
    }
    this.session.lrsConnections.set(connection.endpoint, connection);
    return { saved: false, reason: 'unavailable' };
  }

  async disconnectLrs(endpoint: string): Promise<void> {
    this.session.lrsConnections.delete(endpoint);
    await this.store?.deleteLrsConnection(endpoint);
  }

  async sentToLrs(endpoint: string): Promise<SentToLrs[]> {
    let stored: SentToLrs[] = [];
    try {
      if (this.store) stored = await this.store.sentToLrs(endpoint);
    } catch {
      // What this session marked is still known below.
    }
    const kept = this.session.lrsSent.get(endpoint);
    if (!kept?.size) return stored;
    const known = new Set(stored.map((sent) => sent.id));
    for (const [id, sentAt] of kept) if (!known.has(id)) stored.push({ id, sentAt });
    return stored;
  }

  async markSentToLrs(
    endpoint: string,
    ids: readonly string[],
    sentAt: string,
  ): Promise<WriteOutcome> {
    if (this.store) {
      try {
        await this.store.markSentToLrs(endpoint, ids, sentAt);
        return { saved: true };
      } catch (error) {
        this.keepSent(endpoint, ids, sentAt);
        return { saved: false, reason: failureReason(error) };
      }
    }
    this.keepSent(endpoint, ids, sentAt);
    return { saved: false, reason: 'unavailable' };
  }

  private keepSent(endpoint: string, ids: readonly string[], sentAt: string): void {
    const kept = this.session.lrsSent.get(endpoint) ?? new Map<string, string>();
    for (const id of ids) kept.set(id, sentAt);
    this.session.lrsSent.set(endpoint, kept);
  }

  // ---- export, import, delete ---------------------------------------------------------------

  async exportRecord() {
    const [statements, learner] = [await this.statements(), await this.learnerRow()];
    const exportedAt = this.now();
    const file = buildRecordFile(learner, statements, exportedAt);
    return { file, blob: recordFileBlob(file), fileName: recordFileName(exportedAt) };
  }

  async importRecord(input: Blob | string, options: ImportOptions = {}): Promise<ImportOutcome> {
    try {
      const parsed = await readRecordFile(input, this.now());
      if (!parsed.ok) return parsed;
      const { file } = parsed;
      const sorted = options.known
        ? sortByReferences(file.statements, options.known)
        : { keep: file.statements, notImported: [], unknownContent: 0 };
      const learner: LearnerRow = {
        key: 'me',
        id: file.learner.id,
        ...(file.learner.name !== undefined ? { name: file.learner.name } : {}),
        createdAt: this.now().toISOString(),
      };
      let result: MergeResult;
      let saved = true;
      if (this.store) {
        try {
          result = await this.store.mergeStatements(sorted.keep, learner, options.replace);
        } catch (error) {
          return importNotSaved(failureReason(error));
        }
      } else {
        result = this.session.merge(sorted.keep, learner, options.replace);
        saved = false;
        this.emit();
      }
      if (!result.merged) {
        const belongsTo = file.learner.name || undefined;
        return {
          ok: false,
          problem: 'other-learner',
          message: otherLearnerText(belongsTo),
          belongsTo,
        };
      }
      return {
        ok: true,
        added: result.added,
        alreadyThere: result.alreadyThere,
        saved,
        ...(result.replaced ? { replaced: true as const } : {}),
        ...(sorted.notImported.length ? { notImported: sorted.notImported } : {}),
        ...(sorted.unknownContent ? { unknownContent: sorted.unknownContent } : {}),
      };
    } catch (error) {
      console.error('Sideline: import failed', error);
      return importNotSaved('unexpected');
    }
  }

  async deleteAll(): Promise<WriteOutcome> {
    this.session.clear();
    this.askedForLastingStorage = false;
    if (!this.store) {
      this.emit();
      return { saved: false, reason: 'unavailable' };
    }
    try {
      await this.store.clearAll();
      this.setStatus(SAVING);
      return { saved: true };
    } catch (error) {
      const reason = failureReason(error);
      this.setStatus({ saving: false, reason });
      return { saved: false, reason };
    }
  }

  /** Closes the database connection (tests; a page never needs to). */
  close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stopWatching?.();
    this.store?.close();
  }
}

export async function createLearningRecord(
  config: LearningRecordConfig = {},
): Promise<LearningRecord & { close(): void }> {
  const record = new BrowserLearningRecord(config);
  await record.open();
  return record;
}
