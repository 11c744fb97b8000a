/**
 * The learning-record statements a practice task makes: `attempted` when the learner submits an
 * answer, and `completed` when they have compared it with the rubric, with how many criteria they
 * say it meets as the score and each criterion's tick in result.extensions.rubric. The answer's text
 * is in a statement only when the learner ticked "share my answer": statements are what a learner's
 * report to their PMO holds. Pure, so the record's wording is tested apart from the page.
 */
import type { ActivityRef, StatementDraft } from '../record/api';
import { wordCount, type AssessmentRecord, type AttemptRecord } from './machine';

export interface PracticeRecordContext {
  task: { id: string; title: string };
  courseId: string;
  courseTitle: string;
  /** The content revision the learner saw. */
  revision: string;
}

function practiceActivity({ task }: PracticeRecordContext): ActivityRef {
  return { kind: 'practice', id: task.id, title: task.title };
}

function context(ctx: PracticeRecordContext): NonNullable<StatementDraft['context']> {
  return {
    course: { kind: 'course', id: ctx.courseId, title: ctx.courseTitle },
    revision: ctx.revision,
  };
}

export function attemptStatement(
  ctx: PracticeRecordContext,
  record: AttemptRecord,
): StatementDraft {
  return {
    verb: 'attempted',
    activity: practiceActivity(ctx),
    result: { extensions: { attempt: record.attempt, words: wordCount(record.answer) } },
    context: context(ctx),
  };
}

export function assessmentStatement(
  ctx: PracticeRecordContext,
  record: AssessmentRecord,
): StatementDraft {
  const criteria = Object.keys(record.rubric);
  const met = criteria.filter((id) => record.rubric[id]).length;
  return {
    verb: 'completed',
    activity: practiceActivity(ctx),
    result: {
      completion: true,
      score: {
        scaled: criteria.length ? met / criteria.length : 0,
        raw: met,
        min: 0,
        max: criteria.length,
      },
      ...(record.share ? { response: record.answer } : {}),
      extensions: {
        rubric: { ...record.rubric },
        attempt: record.attempt,
        words: wordCount(record.answer),
        shared: record.share,
      },
    },
    context: context(ctx),
  };
}
