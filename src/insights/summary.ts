/**
 * One learner's part of the PMO's figures, from their merged statements: progress and "may need help"
 * for each assignment (by the same functions as the learner's own pages), whether each quiz question
 * was right the first time, the first choice at each scenario decision and the first ending, and each
 * practice task's latest self-assessment (with the answer only if the learner chose to share it).
 * Small and plain, so workers can send it back cheaply.
 */
import { indexRecord, type CourseOutline } from '../record/projections';
import { readExtension } from '../record/xapi/extensions';
import { activityKindOf, contentIdOf, parentIdOf, verbOf } from '../record/xapi/statements';
import type { Statement } from '../record/xapi/schema';
import { assignmentsIn } from '../paths/assignments/record';
import {
  learnerLabel,
  nameConflictText,
  orderedStatements,
  shownName,
  type LearnerBucket,
} from './learners';
import { assignmentProgress, helpText } from '../paths/progress';
import { localDate } from '../paths/assignments/model';
import type { Status } from '../record/projections';

export interface AssignmentRow {
  assignmentId: string;
  title: string;
  /** Groups assignments of the same path (or of the same custom title) in the summary. */
  groupKey: string;
  /** Steps done and in all, in the required parts. */
  done: number;
  total: number;
  status: Status;
  dueDate: string | null;
  overdue: boolean;
  /** The day (YYYY-MM-DD, this computer's time zone) of the last step worked on; null if none. */
  lastActive: string | null;
  help: string[];
}

export interface LearnerSummary {
  learnerId: string;
  label: string;
  /** In words, when the learner's reports gave different names; null when they agree. */
  nameConflict: string | null;
  statements: number;
  assignments: AssignmentRow[];
  /** Question key `quizId/questionId` → right the first time. */
  firstTries: [question: string, correct: boolean][];
  /** `scenarioId/decisionId` → choice id, the first time the learner met the decision. */
  firstChoices: [decision: string, choice: string][];
  /** scenarioId → the first ending reached. */
  firstEndings: [scenario: string, ending: string][];
  /** taskId → the latest self-assessment: the rubric points ticked, and the answer if shared. */
  practice: [task: string, result: PracticeResultSummary][];
}

export interface PracticeResultSummary {
  met: string[];
  answer?: string;
}

/** The rubric points a `completed` practice statement says were met. */
function rubricMet(statement: Statement): string[] {
  const rubric = readExtension(statement.result?.extensions, 'rubric');
  if (typeof rubric !== 'object' || rubric === null || Array.isArray(rubric)) return [];
  return Object.entries(rubric).flatMap(([id, met]) => (met === true ? [id] : []));
}

/** A decision's key as `scenarioId/decisionId`, whatever form its content id takes. */
function decisionKey(statement: Statement, id: string): string {
  const parent = parentIdOf(statement);
  const slash = id.lastIndexOf('/');
  const decision = slash >= 0 ? id.slice(slash + 1) : id;
  const scenario = parent ?? (slash >= 0 ? id.slice(0, slash) : '');
  return `${scenario}/${decision}`;
}

export function summariseLearner(
  bucket: LearnerBucket,
  courses: readonly CourseOutline[],
  now: Date,
): LearnerSummary {
  const statements = orderedStatements(bucket);
  const index = indexRecord(statements);
  const assignments = assignmentsIn(statements).map((assignment): AssignmentRow => {
    const view = assignmentProgress(index, assignment, courses, now);
    return {
      assignmentId: assignment.id,
      title: assignment.title,
      groupKey: assignment.pathId ? `path:${assignment.pathId}` : `custom:${assignment.title}`,
      done: view.progress.stepsDone,
      total: view.progress.stepsTotal,
      status: view.progress.status,
      dueDate: assignment.dueDate,
      overdue: view.overdue,
      lastActive:
        view.progress.lastActivityAt === null
          ? null
          : localDate(new Date(view.progress.lastActivityAt)),
      help: view.help.map(helpText),
    };
  });

  // Statements are oldest first, so the first one seen for each key is the first time.
  const firstTries = new Map<string, boolean>();
  const firstChoices = new Map<string, string>();
  const firstEndings = new Map<string, string>();
  const practice = new Map<string, PracticeResultSummary>();
  for (const statement of statements) {
    const kind = activityKindOf(statement);
    const verb = verbOf(statement);
    const id = contentIdOf(statement);
    if (id === undefined) continue;
    if (kind === 'question' && verb === 'answered') {
      if (!firstTries.has(id)) firstTries.set(id, statement.result?.success === true);
    } else if (kind === 'decision' && verb === 'answered') {
      const key = decisionKey(statement, id);
      const choice = statement.result?.response;
      if (choice && !firstChoices.has(key)) firstChoices.set(key, choice);
    } else if (kind === 'scenario' && verb === 'completed') {
      const ending = statement.result?.response;
      if (ending && !firstEndings.has(id)) firstEndings.set(id, ending);
    } else if (kind === 'practice' && verb === 'completed') {
      // Later statements replace earlier ones: the latest assessment is the learner's view now.
      const answer = statement.result?.response;
      practice.set(id, { met: rubricMet(statement), ...(answer ? { answer } : {}) });
    }
  }
  return {
    learnerId: bucket.id,
    label: learnerLabel(bucket.id, shownName(bucket)),
    nameConflict: nameConflictText(bucket),
    statements: statements.length,
    assignments,
    firstTries: [...firstTries],
    firstChoices: [...firstChoices],
    firstEndings: [...firstEndings],
    practice: [...practice],
  };
}

/**
 * Every learner's summary, from the learners a worker owns. Files were checked before they got here,
 * so summarising should not fail; if it does for one learner, for a reason nobody foresaw, that
 * learner is left out and named, and everyone else is still summarised.
 */
export function summariseLearners(
  buckets: Iterable<LearnerBucket>,
  courses: readonly CourseOutline[],
  now: Date,
): { summaries: LearnerSummary[]; failed: string[] } {
  const summaries: LearnerSummary[] = [];
  const failed: string[] = [];
  for (const bucket of buckets) {
    try {
      summaries.push(summariseLearner(bucket, courses, now));
    } catch (error) {
      console.error(`Sideline: could not summarise learner ${bucket.id}`, error);
      failed.push(bucket.id);
    }
  }
  return { summaries, failed };
}
