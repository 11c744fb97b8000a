import { describe, expect, it, vi } from 'vitest';
import { Outbox, Refused, type Post } from '../../../../src/lms/cmi5/outbox';

/** An LRS whose answers the test gives one request at a time. */
function lrs() {
  const requests: {
    statements: unknown[];
    keepalive: boolean;
    answer: (ok: boolean | 'refuse') => void;
  }[] = [];
  const post: Post = (statements, { keepalive }) =>
    new Promise((resolve, reject) =>
      requests.push({
        statements: [...statements],
        keepalive,
        answer: (ok) =>
          ok === true
            ? resolve()
            : reject(ok === 'refuse' ? new Refused('400') : new Error('offline')),
      }),
    );
  return { requests, post };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sending a session’s statements', () => {
  it('keeps their order: a statement made during a request waits for it', async () => {
    const { requests, post } = lrs();
    const outbox = new Outbox({ post });
    const first = outbox.send('initialized');
    void outbox.send('progressed');
    void outbox.send('completed');
    expect(requests.map((r) => r.statements)).toEqual([['initialized']]);
    requests[0]!.answer(true);
    await first;
    await tick();
    expect(requests.map((r) => r.statements)).toEqual([
      ['initialized'],
      ['progressed', 'completed'],
    ]);
  });

  it('tries a failed batch again, first, and says so until it works', async () => {
    vi.useFakeTimers();
    const { requests, post } = lrs();
    const trouble: boolean[] = [];
    const outbox = new Outbox({ post, onTrouble: (t) => trouble.push(t), retryAfter: () => 1000 });
    void outbox.send('a');
    requests[0]!.answer(false);
    await vi.advanceTimersByTimeAsync(0);
    void outbox.send('b');
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(requests[1]!.statements).toEqual(['a', 'b']);
    requests[1]!.answer(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(trouble).toEqual([true, false]);
    vi.useRealTimers();
  });

  it('leaves out a batch the LRS refuses for good, so the rest still goes', async () => {
    const { requests, post } = lrs();
    const refused: number[] = [];
    const outbox = new Outbox({ post, onRefused: (n) => refused.push(n) });
    void outbox.send('bad');
    void outbox.send('good');
    requests[0]!.answer('refuse');
    await tick();
    expect(refused).toEqual([1]);
    expect(requests[1]!.statements).toEqual(['good']);
  });

  it('on leaving, sends what is left and the last statement in one request that outlives the page', async () => {
    const { requests, post } = lrs();
    const outbox = new Outbox({ post });
    void outbox.send('answered'); // in flight
    void outbox.send('progressed');
    outbox.close('terminated');
    void outbox.send('too late');
    expect(requests.map((r) => [r.statements, r.keepalive])).toEqual([
      [['answered'], false],
      [['progressed', 'terminated'], true],
    ]);
    requests[0]!.answer(true);
    await tick();
    expect(requests).toHaveLength(2);
  });
});
