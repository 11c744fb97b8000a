/**
 * In an LMS the browser's record is only a cache, and a shared computer serves several of the LMS's
 * learners: a cache filled by another learner is emptied at launch, or their steps would count (and
 * be reported) as this learner's. The same rule and key as the SCORM launch (../scorm/cache.ts), so a
 * computer that runs both kinds of package knows whose cache it holds.
 */
import type { Agent } from '@xapi/xapi';
import type { LearningRecord } from '../../record/api';
import { LEARNER_KEY } from '../scorm/cache';

/** The LMS's learner as one string: the actor's identifier (account, mbox, its hash or OpenID). */
export function learnerKey(actor: Agent): string {
  const {
    account,
    mbox,
    mbox_sha1sum: hash,
    openid,
  } = actor as Agent & {
    account?: unknown;
    mbox?: string;
    mbox_sha1sum?: string;
    openid?: string;
  };
  return `cmi5 ${JSON.stringify(account ?? mbox ?? hash ?? openid ?? null)}`;
}

export async function keepCacheFor(
  record: Pick<LearningRecord, 'statements' | 'deleteAll'>,
  actor: Agent,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
): Promise<void> {
  const key = learnerKey(actor);
  let previous: string | null = null;
  try {
    previous = storage?.getItem(LEARNER_KEY) ?? null;
  } catch {
    // Storage refused (private browsing): treat the cache as someone else's.
  }
  if (previous !== key && (await record.statements()).length) await record.deleteAll();
  try {
    storage?.setItem(LEARNER_KEY, key);
  } catch {
    // Without it the next launch empties the cache again: slower, never wrong.
  }
}
