/**
 * In an LMS the LMS is the record; this browser's own record is a cache of it. At launch the cache is
 * brought level with what the LMS holds: a step the LMS knows better is rebuilt from its resume data
 * (a launch on another computer rebuilds all of them); what this browser has beyond that is kept (the
 * same learner on the same computer loses nothing, not even a practice answer being written). If the
 * cache was filled by another learner of the LMS, it is emptied first.
 */
import type { LearningRecord } from '../../record/api';
import { indexRecord } from '../../record/projections';
import type { LmsCourse } from '../course';
import { restoreDrafts } from './restore';
import { decodeSuspendData, encodeSuspendData, type StepState } from './suspend-data';

/** The LMS learner this browser's record was last filled for (localStorage). */
export const LEARNER_KEY = 'sideline-lms-learner';

function holdsAtLeast(local: StepState | undefined, lms: StepState): boolean {
  if (!local) return false;
  if (lms.done && !local.done) return false;
  if (
    lms.quiz &&
    (!local.quiz || local.quiz.best < lms.quiz.best || (lms.quiz.passed && !local.quiz.passed))
  )
    return false;
  if (lms.endings && !lms.endings.every((at) => local.endings?.includes(at))) return false;
  return true;
}

/** The steps whose state the LMS knows better than the cache does. */
export function statesToRestore(
  local: ReadonlyMap<string, StepState>,
  lms: ReadonlyMap<string, StepState>,
): Map<string, StepState> {
  return new Map([...lms].filter(([id, state]) => !holdsAtLeast(local.get(id), state)));
}

export async function levelCache(
  record: LearningRecord,
  course: LmsCourse,
  lms: { suspendData: string; learnerId: string },
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
): Promise<void> {
  let statements = await record.statements();
  let previousLearner: string | null = null;
  try {
    previousLearner = storage?.getItem(LEARNER_KEY) ?? null;
  } catch {
    // Storage refused (private browsing): treat the cache as someone else's.
  }
  if (statements.length && previousLearner !== lms.learnerId) {
    await record.deleteAll();
    statements = [];
  }
  try {
    storage?.setItem(LEARNER_KEY, lms.learnerId);
  } catch {
    // Without it the next launch empties the cache again: slower, never wrong.
  }
  const local = decodeSuspendData(encodeSuspendData(indexRecord(statements), course), course);
  const missing = statesToRestore(local, decodeSuspendData(lms.suspendData, course));
  for (const draft of restoreDrafts(course, missing)) await record.record(draft);
}
