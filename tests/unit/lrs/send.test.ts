import { describe, expect, test } from 'vitest';
import { sendPending } from '../../../src/lrs/send';
import { catalogue } from '../../fixtures/records/catalogue';
import { statementsFor } from '../../fixtures/records/generate';
import { FakeLrs, type Answer } from './fake-lrs';

const endpoint = 'https://lrs.example.org/xapi/';
const credentials = { kind: 'basic', key: 'key', secret: 'secret' } as const;
const statements = statementsFor(25, catalogue);

function pass(lrs: FakeLrs, marked: string[], pending = statements) {
  return sendPending({
    endpoint,
    credentials,
    pending,
    fetch: lrs.fetch,
    batchSize: 10,
    markSent: (ids) => {
      marked.push(...ids);
      return Promise.resolve();
    },
  });
}

describe('one sending pass', () => {
  test('sends every statement once, in batches, and marks each batch as it is stored', async () => {
    const lrs = new FakeLrs();
    const marked: string[] = [];
    expect(await pass(lrs, marked)).toEqual({ kind: 'done' });
    expect(lrs.requests.map((r) => r.ids.length)).toEqual([10, 10, 5]);
    expect(marked).toEqual(statements.map((s) => s.id));
    expect(lrs.stored.size).toBe(25);
  });

  test.each<[string, Answer, { kind: string }]>([
    ['a dropped connection waits to try again', 'offline', { kind: 'try-later' }],
    ['a busy LRS (500) waits to try again', 500, { kind: 'try-later', status: 500 } as never],
    [
      '401 stops and asks for credentials',
      401,
      { kind: 'refused-credentials', status: 401 } as never,
    ],
    [
      '403 stops and asks for credentials',
      403,
      { kind: 'refused-credentials', status: 403 } as never,
    ],
  ])('%s; batches before it stay marked, none after it is sent', async (_, answer, outcome) => {
    const lrs = new FakeLrs();
    lrs.script.push('store', answer);
    const marked: string[] = [];
    expect(await pass(lrs, marked)).toMatchObject(outcome);
    expect(marked).toEqual(statements.slice(0, 10).map((s) => s.id));
    expect(lrs.requests).toHaveLength(2);
  });

  test('wrong credentials: nothing is marked sent', async () => {
    const lrs = new FakeLrs();
    const marked: string[] = [];
    const outcome = await sendPending({
      endpoint,
      credentials: { kind: 'basic', key: 'key', secret: 'wrong' },
      pending: statements,
      fetch: lrs.fetch,
      markSent: (ids) => Promise.resolve(void marked.push(...ids)),
    });
    expect(outcome).toEqual({ kind: 'refused-credentials', status: 401 });
    expect(marked).toEqual([]);
    expect(lrs.stored.size).toBe(0);
  });

  test('409 for a batch the LRS already holds: marked sent, not sent again', async () => {
    const lrs = new FakeLrs();
    for (const statement of statements.slice(0, 10)) lrs.stored.set(statement.id, statement);
    const marked: string[] = [];
    expect(await pass(lrs, marked, statements.slice(0, 10))).toEqual({ kind: 'done' });
    expect(marked.sort()).toEqual(
      statements
        .slice(0, 10)
        .map((s) => s.id)
        .sort(),
    );
    // The first request got 409; each statement then went alone once, and got 409 too.
    expect(lrs.requests.filter((r) => r.status === 200)).toEqual([]);
    expect(lrs.stored.size).toBe(10);
  });

  test('a batch stored whose answer was lost, then resent grown by new statements: the new ones are stored, none twice', async () => {
    const lrs = new FakeLrs();
    lrs.script.push('store-then-drop');
    const marked: string[] = [];
    // The first pass sees 5 statements; the answer is lost.
    expect(await pass(lrs, marked, statements.slice(0, 5))).toEqual({ kind: 'try-later' });
    expect(marked).toEqual([]);
    // The next pass has 5 more: its one batch mixes stored and new ids; Learning Locker refuses it whole.
    expect(await pass(lrs, marked, statements.slice(0, 10))).toEqual({ kind: 'done' });
    expect(marked.sort()).toEqual(
      statements
        .slice(0, 10)
        .map((s) => s.id)
        .sort(),
    );
    expect([...lrs.stored.keys()].sort()).toEqual(marked);
  });

  test('a 400 stops the pass with what the LRS said', async () => {
    const lrs = new FakeLrs();
    lrs.script.push(400);
    const marked: string[] = [];
    expect(await pass(lrs, marked)).toMatchObject({ kind: 'rejected', status: 400 });
    expect(marked).toEqual([]);
  });
});
