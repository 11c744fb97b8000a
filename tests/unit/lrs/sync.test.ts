import { describe, expect, test, vi } from 'vitest';
import { LrsSync, retryDelayMs, type SyncStatus } from '../../../src/lrs/sync';
import { catalogue } from '../../fixtures/records/catalogue';
import { statementsFor } from '../../fixtures/records/generate';
import { FakeLrs, MemoryLedger } from './fake-lrs';

const endpoint = 'https://lrs.example.org/xapi/';
const credentials = { kind: 'basic', key: 'key', secret: 'secret' } as const;
const NOW = new Date('2026-12-05T14:05:00Z');

function setUp(count = 35) {
  const lrs = new FakeLrs();
  const ledger = new MemoryLedger(statementsFor(count, catalogue));
  const timers: { fn: () => void; ms: number }[] = [];
  const online = new Set<() => void>();
  const sync = new LrsSync({
    endpoint,
    record: ledger,
    fetch: lrs.fetch,
    now: () => NOW,
    batchSize: 10,
    later: (fn, ms) => {
      const timer = { fn, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    onOnline: (fn) => {
      online.add(fn);
      return () => online.delete(fn);
    },
  });
  const seen: SyncStatus[] = [];
  sync.subscribe((status) => seen.push(status));
  /** The browser's `online` event: the sync must carry on by itself. */
  const goOnline = async () => {
    for (const fn of online) fn();
    await vi.waitFor(() => expect(sync.current.state.kind).toBe('up-to-date'), { timeout: 1000 });
  };
  return { lrs, ledger, timers, sync, seen, goOnline };
}

describe('keeping an LRS up to date', () => {
  test('nothing is sent before the learner agrees', async () => {
    const { lrs, sync } = setUp();
    await sync.sendNow();
    expect(lrs.requests).toEqual([]);
    expect(sync.current).toMatchObject({ state: { kind: 'off' }, total: 35, sent: 0 });
  });

  test('after consent, every statement is sent once and the count and time are known', async () => {
    const { lrs, sync, ledger } = setUp();
    await sync.connect(credentials);
    expect(lrs.stored.size).toBe(35);
    expect(ledger.sent.size).toBe(35);
    expect(sync.current).toEqual({
      state: { kind: 'up-to-date' },
      total: 35,
      sent: 35,
      lastSentAt: NOW.toISOString(),
    });
    // Statements recorded later go on the next pass; the old ones are not sent again.
    ledger.statementsHeld.push(...statementsFor(40, catalogue).slice(35));
    await sync.sendNow();
    expect(lrs.requests.flatMap((r) => r.ids)).toHaveLength(40);
    expect(sync.current).toMatchObject({ total: 40, sent: 40 });
  });

  test('offline mid-sync: waits longer after each failure, resumes when back online, and sends each statement once', async () => {
    const { lrs, sync, timers, goOnline } = setUp();
    lrs.script.push('store', 'offline');
    await sync.connect(credentials);
    expect(sync.current).toMatchObject({ state: { kind: 'waiting', retryInMs: 2000 }, sent: 10 });
    expect(timers.map((t) => t.ms)).toEqual([2000]);
    // The retry fails too: the next wait is longer.
    lrs.script.push('offline');
    timers.shift()!.fn();
    await sync.sendNow();
    expect(sync.current.state).toEqual({ kind: 'waiting', retryInMs: 4000 });
    expect(timers.map((t) => t.ms)).toEqual([4000]);
    // The browser says it is online again: sent at once, the timer is dropped.
    await goOnline();
    expect(timers).toEqual([]);
    expect(sync.current).toMatchObject({ state: { kind: 'up-to-date' }, sent: 35 });
    expect(lrs.stored.size).toBe(35);
    const sentOk = lrs.requests.filter((r) => r.status === 200).flatMap((r) => r.ids);
    expect(new Set(sentOk).size).toBe(sentOk.length);
  });

  test('a closed browser resumes on the next load from what the record holds', async () => {
    const { lrs, sync, ledger } = setUp();
    lrs.script.push('store', 'offline');
    await sync.connect(credentials);
    sync.close();
    // A new page load: a new sync over the same record.
    const next = new LrsSync({
      endpoint,
      record: ledger,
      fetch: lrs.fetch,
      onOnline: () => () => {},
    });
    await next.sendNow();
    expect(next.current).toMatchObject({ state: { kind: 'up-to-date' }, sent: 35 });
    expect(lrs.requests.filter((r) => r.status === 200).flatMap((r) => r.ids)).toHaveLength(35);
    next.close();
  });

  test('wrong credentials: stops, asks, marks nothing; new credentials carry on', async () => {
    const { lrs, sync, ledger, timers } = setUp();
    await sync.connect({ kind: 'basic', key: 'key', secret: 'wrong' });
    expect(sync.current).toMatchObject({
      state: { kind: 'needs-credentials', status: 401 },
      sent: 0,
    });
    expect(ledger.sent.size).toBe(0);
    expect(ledger.statementsHeld).toHaveLength(35);
    expect(timers).toEqual([]);
    await sync.connect(credentials);
    expect(sync.current).toMatchObject({ state: { kind: 'up-to-date' }, sent: 35 });
    expect(lrs.stored.size).toBe(35);
  });

  test('stopping forgets consent and credentials, keeps what was sent, and sends nothing more', async () => {
    const { lrs, sync, ledger } = setUp();
    await sync.connect(credentials);
    await sync.disconnect();
    expect(ledger.connections.size).toBe(0);
    expect(sync.current).toMatchObject({ state: { kind: 'off' }, sent: 35 });
    ledger.statementsHeld.push(...statementsFor(36, catalogue).slice(35));
    await sync.sendNow();
    expect(lrs.stored.size).toBe(35);
  });

  test.each([
    [1, 2000],
    [2, 4000],
    [5, 32_000],
    [6, 60_000],
    [20, 60_000],
  ])('after %i failures in a row it waits %i ms', (failures, ms) => {
    expect(retryDelayMs(failures)).toBe(ms);
  });
});
