/**
 * Messages between the insights page and its workers. Each worker reads and checks its share of the
 * files, keeps the statements, and later turns the learners it owns into small summaries. A learner
 * whose files landed in two workers is handed to one of them first, so every learner is summarised
 * from all their statements, once.
 */
import type { Statement } from '../../record/xapi/schema';
import type { LearnerSummary } from '../summary';
import type { CourseOutline } from '../../record/projections';

export interface FileOutcome {
  /** The file's position in the list the PMO chose, so results keep that order. */
  index: number;
  name: string;
  ok: boolean;
  /** Why the file was skipped. */
  reason?: string;
  learnerId?: string;
  statements?: number;
}

export interface HandedLearner {
  id: string;
  /** Each name the learner's reports gave, with when the newest of those reports was made. */
  names: [name: string, at: string][];
  reports: number;
  statements: Statement[];
}

export type ToWorker =
  /** `now` (ISO) is the page's clock, which no recorded time in a file may be beyond. */
  | { type: 'read'; files: { index: number; file: Blob; name: string }[]; now: string }
  | { type: 'hand-over'; learnerIds: string[] }
  | { type: 'take'; learners: HandedLearner[] }
  | { type: 'summarise'; courses: readonly CourseOutline[]; now: string };

export type FromWorker =
  | { type: 'progress'; read: number }
  | { type: 'read-done'; outcomes: FileOutcome[]; learners: { id: string; statements: number }[] }
  | { type: 'handed'; learners: HandedLearner[] }
  | { type: 'taken' }
  /** `failed`: learners whose summary could not be worked out; their files are listed as skipped. */
  | { type: 'summaries'; summaries: LearnerSummary[]; failed: string[] }
  | { type: 'failed'; message: string };
