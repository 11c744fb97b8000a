/**
 * The learning-record statements a quiz makes: `answered` for each checked question, then `passed`
 * or `failed` and `completed` for the attempt. Pure, so the wording of the record is tested apart
 * from the page.
 */
import type { ActivityRef, StatementDraft, StatementResult } from '../record/api';
import type { Quiz } from './schema';
import type { AnswerRecord, ResultRecord } from './machine';

export interface QuizRecordContext {
  quiz: Pick<Quiz, 'id' | 'title'>;
  courseId: string;
  courseTitle: string;
  /** The content revision the learner saw. */
  revision: string;
}

/** The record refuses activity names longer than this (statement-schema LIMITS.name). */
const MAX_TITLE = 300;

function title(text: string): string {
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
}

function quizActivity({ quiz }: QuizRecordContext): ActivityRef {
  return { kind: 'quiz', id: quiz.id, title: title(quiz.title) };
}

function draftContext(
  ctx: QuizRecordContext,
  attempt: number,
): NonNullable<StatementDraft['context']> {
  return {
    revision: ctx.revision,
    course: { kind: 'course', id: ctx.courseId, title: title(ctx.courseTitle) },
    extensions: { attempt },
  };
}

export function answeredStatement(ctx: QuizRecordContext, answer: AnswerRecord): StatementDraft {
  return {
    verb: 'answered',
    activity: {
      kind: 'question',
      id: `${ctx.quiz.id}/${answer.question.id}`,
      title: title(answer.question.prompt),
    },
    result: { response: answer.response, success: answer.correct },
    context: { ...draftContext(ctx, answer.attempt), parent: quizActivity(ctx) },
  };
}

/** `passed` or `failed`, then `completed`, in that order. */
export function resultStatements(ctx: QuizRecordContext, result: ResultRecord): StatementDraft[] {
  const score: StatementResult['score'] = {
    scaled: result.score.scaled,
    raw: result.score.correct,
    min: 0,
    max: result.score.total,
  };
  const activity = quizActivity(ctx);
  const context = draftContext(ctx, result.attempt);
  return [
    {
      verb: result.passed ? 'passed' : 'failed',
      activity,
      result: { score, success: result.passed },
      context,
    },
    {
      verb: 'completed',
      activity,
      result: { score, success: result.passed, completion: true },
      context,
    },
  ];
}
