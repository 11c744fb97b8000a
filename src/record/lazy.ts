/**
 * The page's learning record, loaded on first use. Islands import only this small module: the record
 * (the statement schema with zod, and later Dexie) loads when an island first reads or writes, so a
 * page's first paint never waits for it. Rejects if the record's code cannot be fetched; each caller
 * then carries on without the record.
 */
import type { LearningRecord } from './api';

export async function loadLearningRecord(): Promise<LearningRecord> {
  const { getLearningRecord } = await import('./open');
  return getLearningRecord();
}
