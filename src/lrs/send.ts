/**
 * One pass over the statements an LRS does not hold yet: batch by batch, in the record's order,
 * marking each batch sent as soon as the LRS has it, so a pass cut short (offline, browser closed)
 * resumes where it stopped and never sends a stored statement twice.
 */
import type { LrsCredentials, Statement } from '../record/api';
import { sendBatch, type FetchLike } from './client';

/** xAPI LRSs commonly accept a few hundred statements per request; 100 keeps each request small. */
export const BATCH_SIZE = 100;

export interface SendingPass {
  endpoint: string;
  credentials: LrsCredentials;
  /** Statements the LRS does not hold yet, oldest first. */
  pending: readonly Statement[];
  fetch: FetchLike;
  /** Remembers that the LRS holds these statements (in the record), before the next batch goes. */
  markSent: (ids: readonly string[]) => Promise<void>;
  /** True once the learner stopped sending: the pass ends after the batch under way. */
  stopped?: () => boolean;
  batchSize?: number;
}

export type PassOutcome =
  | { kind: 'done' }
  | { kind: 'stopped' }
  /** No connection, or the LRS asked to wait: try again later; nothing was lost. */
  | { kind: 'try-later'; status?: number }
  /** 401/403: stop until the learner gives credentials the LRS accepts. */
  | { kind: 'refused-credentials'; status: number }
  /** The LRS refused a statement outright (400): sending it again cannot help. */
  | { kind: 'rejected'; status: number; detail: string };

export async function sendPending(pass: SendingPass): Promise<PassOutcome> {
  const size = pass.batchSize ?? BATCH_SIZE;
  for (let start = 0; start < pass.pending.length; start += size) {
    if (pass.stopped?.()) return { kind: 'stopped' };
    const batch = pass.pending.slice(start, start + size);
    const outcome = await sendBatch(pass.fetch, pass.endpoint, pass.credentials, batch);
    if (outcome.kind === 'stored') {
      await pass.markSent(batch.map((statement) => statement.id));
      continue;
    }
    if (outcome.kind === 'conflict') {
      const settled = await settleConflict(pass, batch);
      if (settled.kind !== 'done') return settled;
      continue;
    }
    return outcome;
  }
  return { kind: 'done' };
}

/**
 * A 409 says the LRS already holds an id in the batch (xAPI lets an LRS answer a statement it has with
 * 409 or 204; Learning Locker accepts an unchanged resend with 200 and gives 409 when the content
 * differs). For one statement, that is all: it is there, so it is marked sent and not sent again. For
 * several, the LRS may hold only some of them (a batch sent when the connection dropped before the
 * answer came, then grown by newer statements), and an LRS that refuses the batch stores none of it
 * (Learning Locker does); so each is sent alone once, and only those it holds are marked.
 */
async function settleConflict(
  pass: SendingPass,
  batch: readonly Statement[],
): Promise<PassOutcome> {
  if (batch.length === 1) {
    await pass.markSent(batch.map((statement) => statement.id));
    return { kind: 'done' };
  }
  for (const statement of batch) {
    if (pass.stopped?.()) return { kind: 'stopped' };
    const outcome = await sendBatch(pass.fetch, pass.endpoint, pass.credentials, [statement]);
    if (outcome.kind === 'stored' || outcome.kind === 'conflict') {
      await pass.markSent([statement.id]);
      continue;
    }
    return outcome;
  }
  return { kind: 'done' };
}
