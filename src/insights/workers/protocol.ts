/**
 * Messages between the insights page and its workers. Each worker reads and checks its share of the
 * files and, as soon as a report is checked, turns it into its learner's small summary and lets the
 * statements go: a worker holds summaries, not statements, so 10,000 reports fit in a tab. A learner
 * whose reports are in more than one file (in one worker or several) is summarised at the end from all
 * of them: their files (File objects, cheap to pass on) are handed to one worker, which reads them
 * again together, so every learner is summarised from all their statements, once.
 */
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

/** A file as it is dealt to a worker. */
export interface DealtFile {
  index: number;
  file: Blob;
  name: string;
}

/** A learner's files that read well, handed to the worker that summarises the learner. */
export interface HandedLearner {
  id: string;
  files: DealtFile[];
}

/** Milliseconds a worker spent on each part of reading (benchmarks). */
export interface ReadTimings {
  /** Waiting for a file's bytes (and unpacking a compressed one). */
  open: number;
  /** JSON.parse and the whole check. */
  check: number;
  /** Turning each checked report into a summary. */
  summarise: number;
}

export type ToWorker =
  /** `now` (ISO) is the page's clock, which no recorded time in a file may be beyond. */
  | { type: 'read'; files: DealtFile[]; courses: readonly CourseOutline[]; now: string }
  | { type: 'hand-over'; learnerIds: string[] }
  | { type: 'take'; learners: HandedLearner[] }
  | { type: 'summarise' };

export type FromWorker =
  /**
   * `summaries`: learners summarised since the last progress message, each from the one file read
   * for them so far (a later file for the same learner replaces the summary at the end).
   */
  | { type: 'progress'; read: number; summaries: LearnerSummary[] }
  | {
      type: 'read-done';
      outcomes: FileOutcome[];
      learners: { id: string; files: number }[];
      timings: ReadTimings;
    }
  | { type: 'handed'; learners: HandedLearner[] }
  | { type: 'taken' }
  /**
   * The learners the worker owns whose summary was not in a progress message, or has changed since
   * (more than one file). `failed`: learners whose summary could not be worked out; their files are
   * listed as skipped.
   */
  | { type: 'summaries'; summaries: LearnerSummary[]; failed: string[] }
  | { type: 'failed'; message: string };
