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
  name: string | null;
  nameFrom: string;
  reports: number;
  statements: Statement[];
}

export type ToWorker =
  | { type: 'read'; files: { index: number; file: Blob; name: string }[] }
  | { type: 'hand-over'; learnerIds: string[] }
  | { type: 'take'; learners: HandedLearner[] }
  | { type: 'summarise'; courses: readonly CourseOutline[]; now: string };

export type FromWorker =
  | { type: 'progress'; read: number }
  | { type: 'read-done'; outcomes: FileOutcome[]; learners: { id: string; statements: number }[] }
  | { type: 'handed'; learners: HandedLearner[] }
  | { type: 'taken' }
  | { type: 'summaries'; summaries: LearnerSummary[] }
  | { type: 'failed'; message: string };
