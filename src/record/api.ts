/**
 * What islands may ask of the learning record. Islands depend on this shape only, so the
 * storage behind it (Dexie, or memory when IndexedDB is unavailable) can change freely.
 */
import type { Statement } from './xapi/schema';
import type { Verb } from './xapi/verbs';
import type { ImportProblem, RecordFile } from './transfer';
import type { LastingStorageAnswer, StorageEstimate } from './storage';

export type ActivityKind =
  | 'course'
  | 'module'
  | 'lesson'
  | 'quiz'
  | 'question'
  | 'scenario'
  | 'decision'
  | 'video'
  | 'practice'
  | 'path';

/** A piece of content, by its stable content id (a question is `quizId/questionId`). */
export interface ActivityRef {
  kind: ActivityKind;
  id: string;
  title: string;
  /** For questions and decisions: what an LRS needs to read the learner's response. */
  interaction?: Interaction;
}

/** One option, item or answer of a question or decision: its id and the words the learner saw. */
export interface InteractionComponent {
  id: string;
  description: string;
}

/**
 * A question or decision as xAPI describes an interaction. Correct responses are in xAPI's pattern
 * format, the same as `result.response`: choice "a[,]c", sequencing "a[,]b[,]c", matching
 * "source[.]target[,]…", true-false "true". They are left out where the content marks no right answer.
 */
export type Interaction =
  | { type: 'choice'; choices: InteractionComponent[]; correctResponses?: [string] }
  | { type: 'sequencing'; choices: InteractionComponent[]; correctResponses: [string] }
  | {
      type: 'matching';
      source: InteractionComponent[];
      target: InteractionComponent[];
      correctResponses: [string];
    }
  | { type: 'true-false'; correctResponses: ['true'] | ['false'] };

export interface StatementResult {
  success?: boolean;
  completion?: boolean;
  response?: string;
  score?: { scaled: number; raw?: number; min?: number; max?: number };
  /** ISO 8601 duration, like PT4M12S */
  duration?: string;
  extensions?: Record<string, unknown>;
}

/** What an island hands over; the record adds the id, actor, timestamp and activity IRIs. */
export interface StatementDraft {
  verb: Verb;
  activity: ActivityRef;
  result?: StatementResult;
  context?: {
    /** The content revision the learner saw (a hash of the content). */
    revision?: string;
    /** The activity this one belongs to, such as a quiz for a question. */
    parent?: ActivityRef;
    /** The course the activity is part of. */
    course?: ActivityRef;
    extensions?: Record<string, unknown>;
  };
}

/** Whether a write reached lasting storage; if not, it is kept for this session only. */
export type WriteOutcome =
  { saved: true } | { saved: false; reason: 'unavailable' | 'full' | 'error' };

export type LoadedAttempt =
  | { status: 'none' }
  /** An attempt exists but was made against other content: do not restore it, tell the learner. */
  | { status: 'stale' }
  | { status: 'found'; snapshot: unknown };

export interface LearningRecordApi {
  record(draft: StatementDraft): Promise<WriteOutcome>;
  saveAttempt(key: string, revision: string, snapshot: unknown): Promise<WriteOutcome>;
  loadAttempt(key: string, revision: string): Promise<LoadedAttempt>;
  clearAttempt(key: string): Promise<void>;
}

/* ---------------------------------------------------------------------------------------------
 * The full learning record: everything above, plus what the record's own pages (My learning, the
 * storage banner, course progress) need. Islands that only write keep to LearningRecordApi.
 * ------------------------------------------------------------------------------------------- */

export type { Statement } from './xapi/schema';
export type { Verb } from './xapi/verbs';
export type { RecordFile, ImportProblem } from './transfer';
export type { LastingStorageAnswer, StorageEstimate } from './storage';

/** Whether progress is reaching lasting storage now; if not, why, so a banner can say how to fix it. */
export type StorageStatus =
  { saving: true } | { saving: false; reason: 'unavailable' | 'full' | 'error' };

export interface LearnerProfile {
  /** A random id made in this browser; the actor of every statement. */
  id: string;
  /** The learner's own display name, if they set one. Render as text only. */
  name?: string;
  createdAt: string;
  lastingStorage: LastingStorageAnswer | 'not-asked';
}

/** What a page shows from the record at one moment; pushed again after every change in any tab. */
export interface RecordSnapshot {
  /** Oldest first. */
  statements: readonly Statement[];
  /** null until the learner's first recorded activity (or after "delete all my data"). */
  learner: LearnerProfile | null;
  storage: StorageStatus;
}

export type ImportOutcome =
  | {
      ok: true;
      added: number;
      alreadyThere: number;
      saved: boolean;
      /** Set when the learner chose to replace their record with another learner's file. */
      replaced?: true;
      /** Titles of assignments left out: they name a path or steps this site does not have. */
      notImported?: string[];
      /** How many imported entries are about a course or step this site does not have. */
      unknownContent?: number;
    }
  | { ok: false; problem: ImportProblem; message: string }
  /** Nothing changed: the file is another learner's, and this record has progress of its own. */
  | { ok: false; problem: 'other-learner'; message: string; belongsTo: string | undefined };

/**
 * What this site has, from its build (a CourseOutline has this shape): an import says what a file
 * names that is not here (references.ts).
 */
export interface KnownContent {
  courses: readonly {
    id: string;
    modules: readonly { id: string; steps: readonly { id: string }[] }[];
  }[];
  pathIds: readonly string[];
}

export interface ImportOptions {
  /** The learner's answer to 'other-learner': replace their whole record with the file. */
  replace?: boolean;
  /** What this site has: assignments naming anything else are left out (references.ts). */
  known?: KnownContent;
}

/** What the learner gave to let Sideline send their record to their organisation's LRS. */
export type LrsCredentials =
  { kind: 'basic'; key: string; secret: string } | { kind: 'token'; token: string };

/** The learner's consent to send their record to one LRS endpoint, with the credentials it needs. */
export interface LrsConnection {
  endpoint: string;
  credentials: LrsCredentials;
  /** When the learner agreed (ISO time). Nothing is sent to an endpoint without a connection. */
  consentedAt: string;
}

/** A statement an LRS holds: sent and stored, or found already there. */
export interface SentToLrs {
  id: string;
  sentAt: string;
}

/**
 * What src/lrs/ keeps in the record: consent and credentials per endpoint, and which statements each
 * endpoint holds. Kept in the record's database, so "delete all my data" forgets them too.
 */
export interface LrsLedger {
  lrsConnection(endpoint: string): Promise<LrsConnection | undefined>;
  /** Saves the learner's consent and credentials (replacing any for the endpoint). */
  connectLrs(connection: LrsConnection): Promise<WriteOutcome>;
  /** The learner stopped sending: forgets consent and credentials; what was sent stays marked. */
  disconnectLrs(endpoint: string): Promise<void>;
  sentToLrs(endpoint: string): Promise<SentToLrs[]>;
  markSentToLrs(endpoint: string, ids: readonly string[], sentAt: string): Promise<WriteOutcome>;
}

export interface LearningRecord extends LearningRecordApi, LrsLedger {
  /** Records many drafts in one transaction (benchmarks, bulk tools). */
  appendMany(drafts: readonly StatementDraft[]): Promise<WriteOutcome>;
  statements(): Promise<Statement[]>;
  /** Calls listener now and after every change (in this tab or another); returns a stop function. */
  watch(listener: (snapshot: RecordSnapshot) => void): () => void;
  storageStatus(): StorageStatus;
  learner(): Promise<LearnerProfile | null>;
  /** An empty name removes it. Names apply to statements recorded from now on. */
  setDisplayName(name: string): Promise<WriteOutcome>;
  askForLastingStorage(): Promise<LastingStorageAnswer>;
  estimateStorage(): Promise<StorageEstimate | null>;
  /** The file, and its compact JSON as a Blob (built in parts: a large record is over 100 MB). */
  exportRecord(): Promise<{ file: RecordFile; blob: Blob; fileName: string }>;
  /**
   * Checks the whole file first; merges by statement id in one transaction, or changes nothing. A file
   * of another learner's is not merged into a record with progress: see merge.ts.
   */
  importRecord(file: Blob | string, options?: ImportOptions): Promise<ImportOutcome>;
  /** Clears statements, attempts and the learner (its id is forgotten). */
  deleteAll(): Promise<WriteOutcome>;
}
