import { describe, expect, test } from 'vitest';
import { hostOf, progressText, stateText } from '../../../src/lrs/wording';

const now = new Date(2026, 11, 5, 16, 0);
const today = new Date(2026, 11, 5, 14, 5).toISOString();
const earlier = new Date(2026, 11, 4, 9, 30).toISOString();
const host = hostOf('https://lrs.example.org/xapi/');

describe('what My learning says about sending', () => {
  test.each([
    [
      { sent: 312, total: 320, lastSentAt: today },
      '312 of 320 statements sent to lrs.example.org, last at 14:05.',
    ],
    [
      { sent: 1, total: 1, lastSentAt: earlier },
      '1 of 1 statement sent to lrs.example.org, last at 4 December 2026 at 09:30.',
    ],
    [
      { sent: 0, total: 320 },
      'Nothing has been sent to lrs.example.org yet. Your record holds 320 statements.',
    ],
  ])('%o → %s', (counts, text) => {
    expect(progressText({ state: { kind: 'sending' }, ...counts }, host, now)).toBe(text);
  });

  test('every stop says what happened, that nothing was lost, and what to do', () => {
    for (const state of [
      { kind: 'waiting', retryInMs: 2000 },
      { kind: 'needs-credentials', status: 401 },
      { kind: 'rejected', status: 400, detail: 'bad verb' },
    ] as const) {
      expect(stateText(state, host)).toMatch(/Nothing (is|was) lost/);
    }
    expect(stateText({ kind: 'needs-credentials', status: 403 }, host)).toContain(
      'did not accept your details (it answered 403)',
    );
    expect(stateText({ kind: 'off' }, host)).toBeNull();
  });
});
