/**
 * The learning-record statements a quiz makes: `answered` for each checked question, then `passed`
 * or `failed` and `completed` for the attempt. Each question carries its xAPI interaction (type,
 * options and right answer) so a Learning Record Store can read the response. Pure, so the wording of
 * the record is tested apart from the page.
 */
import type { ActivityRef, Interaction, StatementDraft, StatementResult } from '../record/api';
import { matchingAnswers } from './answers';
import type { Question, Quiz } from './schema';
import type { AnswerRecord, ResultRecord } from './machine';

export interface QuizRecordContext {
  quiz: Pick<Quiz, 'id' | 'title'>;
  courseId: string;
  courseTitle: string;
  /** The content revision the learner saw. */
  revision: string;
}

function quizActivity({ quiz }: QuizRecordContext): ActivityRef {
  return { kind: 'quiz', id: quiz.id, title: quiz.title };
}

function draftContext(
  ctx: QuizRecordContext,
  attempt: number,
): NonNullable<StatementDraft['context']> {
  return {
    revision: ctx.revision,
    course: { kind: 'course', id: ctx.courseId, title: ctx.courseTitle },
    extensions: { attempt },
  };
}

/**
 * A question as an xAPI interaction. The right answer is written in the same format as the learner's
 * response (scoring.ts responseFor): options in the order the author wrote them, matching pairs as
 * `pairId[.]answer`, where an answer is known by its words.
 */
export function questionInteraction(question: Question): Interaction {
  const component = (id: string, words: string) => ({ id, description: words });
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        type: 'choice',
        choices: question.options.map((option) => component(option.id, option.text)),
        correctResponses: [
          question.options
            .filter((option) => option.correct)
            .map((option) => option.id)
            .join('[,]'),
        ],
      };
    case 'truefalse':
      return { type: 'true-false', correctResponses: [question.answer ? 'true' : 'false'] };
    case 'matching':
      return {
        type: 'matching',
        source: question.pairs.map((pair) => component(pair.id, pair.item)),
        target: matchingAnswers(question).map((answer) => component(answer, answer)),
        correctResponses: [question.pairs.map((pair) => `${pair.id}[.]${pair.match}`).join('[,]')],
      };
    case 'ordering':
      return {
        type: 'sequencing',
        choices: question.items.map((item) => component(item.id, item.text)),
        correctResponses: [question.items.map((item) => item.id).join('[,]')],
      };
  }
}

export function answeredStatement(ctx: QuizRecordContext, answer: AnswerRecord): StatementDraft {
  return {
    verb: 'answered',
    activity: {
      kind: 'question',
      id: `${ctx.quiz.id}/${answer.question.id}`,
      title: answer.question.prompt,
      interaction: questionInteraction(answer.question),
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
