/** What the LRS section on My learning says, in plain words, from the sync's status. */
import type { SyncState, SyncStatus } from './sync';

/** "lrs.example.org": who the record goes to, as the learner knows them. */
export function hostOf(endpoint: string): string {
  return new URL(endpoint).host;
}

/** "14:05" today, "4 December 2026 at 14:05" on another day (the learner's own time zone). */
export function sentAtText(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(at);
  if (at.toDateString() === now.toDateString()) return time;
  const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(at);
  return `${day} at ${time}`;
}

const statements = (count: number) => (count === 1 ? '1 statement' : `${count} statements`);

/** "312 of 320 statements sent to lrs.example.org, last at 14:05." */
export function progressText(status: SyncStatus, host: string, now?: Date): string {
  const { sent, total, lastSentAt } = status;
  if (!sent) return `Nothing has been sent to ${host} yet. Your record holds ${statements(total)}.`;
  const last = lastSentAt ? `, last at ${sentAtText(lastSentAt, now)}` : '';
  return `${sent} of ${statements(total)} sent to ${host}${last}.`;
}

/** A sentence about what the sync is doing now, or null when the progress says it all. */
export function stateText(state: SyncState, host: string): string | null {
  switch (state.kind) {
    case 'off':
      return null;
    case 'sending':
      return `Sending to ${host}…`;
    case 'up-to-date':
      return `Everything in your record has been sent to ${host}. New entries are sent while this page is open, and the next time you open it.`;
    case 'waiting':
      return `${host} cannot be reached just now (you may be offline). Nothing is lost: Sideline tries again by itself, and as soon as your device is back online.`;
    case 'needs-credentials':
      return `${host} did not accept your details (it answered ${state.status}). Nothing was lost: your record is unchanged, and nothing more is sent until you enter details it accepts. Check them with whoever runs your organisation's LRS, then enter them again below.`;
    case 'rejected':
      return `${host} refused some of your record (it answered ${state.status}), so sending has stopped. Nothing was lost: your record is unchanged. Tell whoever runs your organisation's LRS, and quote: ${state.detail || 'no details given'}`;
  }
}
