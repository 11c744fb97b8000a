/**
 * Asking the browser to keep the record. Without navigator.storage.persist() granted, browsers may clear
 * IndexedDB under disk pressure (see anchors: Dexie #958, MDN). We ask after the learner's first
 * recorded completion: by then the record is worth keeping, and browsers that decide by engagement
 * (Chromium) are more likely to say yes than on a first page load.
 */
import type { RecordedVerb } from './xapi/verbs';

export type LastingStorageAnswer = 'granted' | 'denied' | 'unsupported';

/** The parts of navigator.storage we use, so tests can pass their own. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export interface StorageEstimate {
  /** Bytes this site uses (all its storage, not only the record). */
  usage: number;
  quota: number;
}

export function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Verbs that mean the learner finished something: the moment to ask for lasting storage. */
const FINISHING_VERBS: ReadonlySet<RecordedVerb> = new Set(['completed', 'experienced', 'passed']);

export function isFinishing(verb: RecordedVerb | undefined): boolean {
  return verb !== undefined && FINISHING_VERBS.has(verb);
}

export async function askForLastingStorage(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<LastingStorageAnswer> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (storage.persisted && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

export async function estimateStorage(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<StorageEstimate | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage = 0, quota = 0 } = await storage.estimate();
    return { usage, quota };
  } catch {
    return null;
  }
}
