/**
 * Test doubles for the LRS sync: a fake LRS behind a fake fetch, the strict kind xAPI allows (any
 * stored id in a batch: 409, and none of the batch stored, as Learning Locker does for a conflicting
 * one), and a record ledger in memory. The browser test meets the real Learning Locker.
 */
import type { LrsConnection, LrsLedger, SentToLrs, Statement } from '../../../src/record/api';

export type Answer = 'store' | 'offline' | 401 | 403 | 400 | 500 | 'store-then-drop';

export class FakeLrs {
  readonly stored = new Map<string, Statement>();
  readonly requests: { ids: string[]; status: number | 'network' }[] = [];
  /** Answers for the next requests, in order; once used up, every request is stored. */
  readonly script: Answer[] = [];
  authorization = 'Basic a2V5OnNlY3JldA=='; // key:secret

  readonly fetch = (input: string, init: RequestInit): Promise<Response> => {
    const statements = JSON.parse(init.body as string) as Statement[];
    const ids = statements.map((statement) => statement.id);
    const headers = init.headers as Record<string, string>;
    const answer = this.script.shift() ?? 'store';
    const reply = (status: number) => {
      this.requests.push({ ids, status });
      return Promise.resolve(new Response(status === 204 ? null : '{}', { status }));
    };
    if (!input.endsWith('/statements')) return reply(404);
    if (answer === 'offline') {
      this.requests.push({ ids, status: 'network' });
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    if (typeof answer === 'number') return reply(answer);
    if (headers['Authorization'] !== this.authorization) return reply(401);
    if (ids.some((id) => this.stored.has(id))) return reply(409);
    for (const statement of statements) this.stored.set(statement.id, statement);
    if (answer === 'store-then-drop') {
      // Stored, but the answer never reaches the browser.
      this.requests.push({ ids, status: 'network' });
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return reply(200);
  };
}

export class MemoryLedger implements LrsLedger {
  readonly connections = new Map<string, LrsConnection>();
  readonly sent = new Map<string, SentToLrs>();

  constructor(public statementsHeld: Statement[]) {}

  statements() {
    return Promise.resolve([...this.statementsHeld]);
  }
  lrsConnection(endpoint: string) {
    return Promise.resolve(this.connections.get(endpoint));
  }
  connectLrs(connection: LrsConnection) {
    this.connections.set(connection.endpoint, connection);
    return Promise.resolve({ saved: true } as const);
  }
  disconnectLrs(endpoint: string) {
    this.connections.delete(endpoint);
    return Promise.resolve();
  }
  sentToLrs() {
    return Promise.resolve([...this.sent.values()]);
  }
  markSentToLrs(_endpoint: string, ids: readonly string[], sentAt: string) {
    for (const id of ids) this.sent.set(id, { id, sentAt });
    return Promise.resolve({ saved: true } as const);
  }
}
