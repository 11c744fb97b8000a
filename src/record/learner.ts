/** The learner behind the record: a random local id and, if they choose, a display name. */
import type { LearnerProfile } from './api';
import type { LearnerRow } from './db';
import { LIMITS } from './xapi/limits';
import { CONTROL_CHARACTERS } from '../site/plain-text';

export function newLearnerRow(now: Date): LearnerRow {
  return { key: 'me', id: crypto.randomUUID(), createdAt: now.toISOString() };
}

export function learnerProfile(row: LearnerRow): LearnerProfile {
  return {
    id: row.id,
    ...(row.name ? { name: row.name } : {}),
    createdAt: row.createdAt,
    lastingStorage: row.lastingStorage ?? 'not-asked',
  };
}

/**
 * Why a display name cannot be saved, in words for the learner, or null if it can. Any printable text
 * is allowed, markup included: names are only ever rendered as text.
 */
export function displayNameProblem(name: string): string | null {
  if (name.trim().length > LIMITS.name) {
    return `Your name must be ${LIMITS.name} characters or fewer`;
  }
  if (CONTROL_CHARACTERS.test(name)) {
    return 'Your name must not contain special control characters';
  }
  return null;
}
