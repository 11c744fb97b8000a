/**
 * The one way pages reach the learning record. Islands load this module lazily (lazy.ts); the record
 * elements on lesson and course pages import it directly (view.ts). Dexie loads later, on its own,
 * when the record first opens, so pages without islands load no Dexie and a page whose Dexie chunk
 * cannot load still teaches (progress is kept for the session). Types come from ./api.
 */
import type { LearningRecord } from './api';
import { createLearningRecord } from './create';
import { DEFAULT_ACTIVITY_BASE } from './xapi/statements';

/** The layout puts content/site.yaml's activityBase here: <meta name="sideline-activity-base" content="…">. */
export const ACTIVITY_BASE_META = 'sideline-activity-base';

let shared: Promise<LearningRecord> | undefined;

function activityBaseOfPage(): string {
  if (typeof document === 'undefined') return DEFAULT_ACTIVITY_BASE;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${ACTIVITY_BASE_META}"]`);
  return meta?.content || DEFAULT_ACTIVITY_BASE;
}

/**
 * The page's learning record, opened on first use; every caller on the page shares it. Never rejects:
 * if IndexedDB cannot be used the record keeps progress in memory and says so in storageStatus().
 */
export function getLearningRecord(config: { activityBase?: string } = {}): Promise<LearningRecord> {
  shared ??= createLearningRecord({ activityBase: config.activityBase ?? activityBaseOfPage() });
  return shared;
}
