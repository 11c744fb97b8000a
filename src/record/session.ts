/**
 * What the record keeps in memory for this session when lasting storage fails (no IndexedDB, a full
 * disk): statements not yet stored, attempts, and the learner. Kept apart from record.ts so the
 * fallback's rules are in one place: nothing here is ever dropped except by "delete all my data" or by
 * being written to lasting storage.
 */
import type { LrsConnection } from './api';
import type { AttemptRow, LearnerRow } from './db';
import { freshStatements, mergePlan, type MergeResult } from './merge';
import type { Statement } from './xapi/schema';

/** Finds a QuotaExceededError however Dexie or the browser wrapped it. */
export function failureReason(error: unknown): 'full' | 'error' {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return 'full';
    current = inner ?? cause;
  }
  return 'error';
}

/** The record's order: oldest first, ties by id (the order IndexedDB's timestamp index gives). */
export function byTimeThenId(a: Statement, b: Statement): number {
  if (a.timestamp !== b.timestamp) return a.timestamp < b.timestamp ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function lastingStorageOf(learner: LearnerRow | null): Pick<LearnerRow, 'lastingStorage'> {
  return learner?.lastingStorage ? { lastingStorage: learner.lastingStorage } : {};
}

export class SessionKeeping {
  /** Statements not (yet) in lasting storage, by id. */
  readonly statements = new Map<string, Statement>();
  /** Attempts not in lasting storage; null marks one cleared while storage was failing. */
  readonly attempts = new Map<string, AttemptRow | null>();
  /** The learner when lasting storage has none. */
  learner: LearnerRow | null = null;
  /** Consent and credentials per LRS endpoint, when lasting storage cannot hold them. */
  readonly lrsConnections = new Map<string, LrsConnection>();
  /** Per endpoint: statement id → when the LRS stored it, when lasting storage cannot hold it. */
  readonly lrsSent = new Map<string, Map<string, string>>();

  keep(statements: readonly Statement[]): void {
    for (const statement of statements) this.statements.set(statement.id, statement);
  }

  /** Stored statements plus this session's, in the record's order. */
  combined(stored: readonly Statement[]): readonly Statement[] {
    if (!this.statements.size) return stored;
    const extra = freshStatements(
      [...this.statements.values()],
      stored.map((s) => s.id),
    );
    return [...stored, ...extra].sort(byTimeThenId);
  }

  /** Imports a checked file as merge.ts decides: as LastingStore.mergeStatements, in memory. */
  merge(statements: readonly Statement[], learner: LearnerRow, replace = false): MergeResult {
    const hasProgress = this.statements.size > 0;
    const plan = replace
      ? 'replace'
      : mergePlan({ learnerId: this.learner?.id, hasProgress }, learner.id);
    if (plan === 'ask') return { merged: false };
    if (plan === 'replace') {
      this.statements.clear();
      this.attempts.clear();
    }
    if (plan !== 'merge') this.learner = { ...learner, ...lastingStorageOf(this.learner) };
    const fresh = freshStatements(statements, this.statements.keys());
    for (const statement of fresh) this.statements.set(statement.id, statement);
    return {
      merged: true,
      added: fresh.length,
      alreadyThere: statements.length - fresh.length,
      replaced: plan === 'replace',
    };
  }

  clear(): void {
    this.lrsConnections.clear();
    this.lrsSent.clear();
    this.statements.clear();
    this.attempts.clear();
    this.learner = null;
  }
}
