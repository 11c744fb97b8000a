/**
 * Keeps an LRS up to date with the learner's record, once they have agreed: runs a sending pass now,
 * again when the record grows, and after a failed connection again later (waiting longer each time)
 * or as soon as the browser says it is back online. Stops for good on wrong credentials until the
 * learner enters new ones. Everything it needs to resume is in the record, so a page load after the
 * browser was closed carries on where the last one stopped.
 */
import type { LrsConnection, LrsCredentials, LrsLedger, Statement } from '../record/api';
import type { FetchLike } from './client';
import { sendPending, type PassOutcome } from './send';

export type SyncState =
  /** The learner has not agreed to send (or stopped): nothing is sent. */
  | { kind: 'off' }
  | { kind: 'sending' }
  | { kind: 'up-to-date' }
  /** Not reachable (offline, or the LRS asked to wait): tries again by itself. */
  | { kind: 'waiting'; retryInMs: number }
  | { kind: 'needs-credentials'; status: number }
  | { kind: 'rejected'; status: number; detail: string };

export interface SyncStatus {
  state: SyncState;
  /** Statements in the record, and how many of them the LRS holds. */
  total: number;
  sent: number;
  /** When the LRS last took a statement (ISO time), if ever. */
  lastSentAt?: string;
}

export interface SyncDeps {
  endpoint: string;
  record: LrsLedger & { statements(): Promise<Statement[]> };
  fetch?: FetchLike;
  now?: () => Date;
  /** Runs fn after ms; returns a cancel function (tests pass their own clock). */
  later?: (fn: () => void, ms: number) => () => void;
  /** Subscribes to the browser's `online` event; returns an unsubscribe function. */
  onOnline?: (fn: () => void) => () => void;
  batchSize?: number;
}

/** 2 s, 4 s, 8 s… up to a minute between tries while the LRS cannot be reached. */
export function retryDelayMs(failures: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1));
}

export class LrsSync {
  private status: SyncStatus = { state: { kind: 'off' }, total: 0, sent: 0 };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failures = 0;
  private cancelRetry: (() => void) | null = null;
  private readonly stopListening: () => void;

  constructor(private readonly deps: SyncDeps) {
    this.stopListening = (deps.onOnline ?? browserOnline)(() => {
      if (this.status.state.kind === 'waiting') void this.sendNow();
    });
  }

  get current(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** The learner agreed and gave credentials: remember them and send. */
  async connect(credentials: LrsCredentials): Promise<void> {
    const connection: LrsConnection = {
      endpoint: this.deps.endpoint,
      credentials,
      consentedAt: this.now().toISOString(),
    };
    await this.deps.record.connectLrs(connection);
    this.stopped = false;
    this.failures = 0;
    await this.sendNow();
  }

  /** The learner stopped: forget consent and credentials; what the LRS holds stays marked. */
  async disconnect(): Promise<void> {
    this.stopped = true;
    this.clearRetry();
    await this.deps.record.disconnectLrs(this.deps.endpoint);
    await this.running;
    await this.refresh({ kind: 'off' });
  }

  /** Sends what the LRS does not hold, if the learner agreed; safe to call at any time. */
  sendNow(): Promise<void> {
    this.clearRetry();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runPasses().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops timers and listeners (the page is going away); the record keeps everything. */
  close(): void {
    this.stopped = true;
    this.clearRetry();
    this.stopListening();
  }

  private async runPasses(): Promise<void> {
    do {
      this.again = false;
      const connection = await this.deps.record.lrsConnection(this.deps.endpoint);
      if (!connection) {
        await this.refresh({ kind: 'off' });
        return;
      }
      const pending = await this.refresh({ kind: 'sending' });
      if (!pending.length) {
        this.failures = 0;
        this.update({ state: { kind: 'up-to-date' } });
        continue;
      }
      const outcome = await sendPending({
        endpoint: this.deps.endpoint,
        credentials: connection.credentials,
        pending,
        fetch: this.deps.fetch ?? ((input, init) => fetch(input, init)),
        markSent: (ids) => this.markSent(ids),
        stopped: () => this.stopped,
        ...(this.deps.batchSize ? { batchSize: this.deps.batchSize } : {}),
      });
      if (!this.settle(outcome)) return;
      // A pass that finished looks again: statements may have been recorded while it ran.
      this.again = true;
    } while (this.again && !this.stopped);
  }

  /** True when the pass finished and another may follow; otherwise sets the state to show. */
  private settle(outcome: PassOutcome): boolean {
    switch (outcome.kind) {
      case 'done':
        this.failures = 0;
        return true;
      case 'stopped':
        return false;
      case 'try-later': {
        this.failures += 1;
        const retryInMs = retryDelayMs(this.failures);
        this.update({ state: { kind: 'waiting', retryInMs } });
        this.cancelRetry = (this.deps.later ?? browserLater)(() => {
          this.cancelRetry = null;
          void this.sendNow();
        }, retryInMs);
        return false;
      }
      case 'refused-credentials':
        this.update({ state: { kind: 'needs-credentials', status: outcome.status } });
        return false;
      case 'rejected':
        this.update({
          state: { kind: 'rejected', status: outcome.status, detail: outcome.detail },
        });
        return false;
    }
  }

  private async markSent(ids: readonly string[]): Promise<void> {
    const sentAt = this.now().toISOString();
    await this.deps.record.markSentToLrs(this.deps.endpoint, ids, sentAt);
    this.update({ sent: this.status.sent + ids.length, lastSentAt: sentAt });
  }

  /** Counts the record and what the LRS holds; returns the statements still to send, oldest first. */
  private async refresh(state: SyncState): Promise<Statement[]> {
    const [statements, sent] = await Promise.all([
      this.deps.record.statements(),
      this.deps.record.sentToLrs(this.deps.endpoint),
    ]);
    const held = new Set(sent.map((entry) => entry.id));
    const pending = statements.filter((statement) => !held.has(statement.id));
    const lastSentAt = sent.reduce<string | undefined>(
      (latest, entry) => (latest === undefined || entry.sentAt > latest ? entry.sentAt : latest),
      undefined,
    );
    this.status = {
      state,
      total: statements.length,
      sent: statements.length - pending.length,
      ...(lastSentAt ? { lastSentAt } : {}),
    };
    this.emit();
    return pending;
  }

  private update(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.status);
  }

  private clearRetry(): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
  }

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }
}

function browserLater(fn: () => void, ms: number): () => void {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
}

function browserOnline(fn: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  window.addEventListener('online', fn);
  return () => window.removeEventListener('online', fn);
}
