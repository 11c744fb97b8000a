/** The end of an attempt: the score, passed or not, a review of every question, and a retry. */
import { describeAnswer } from '../feedback';
import { attemptScore, attemptsRemaining, type QuizEvent, type QuizSnapshot } from '../machine';
import type { LessonLink, QuizIds } from './ids';
import { countOf } from '../../site/counts';

interface QuizResultProps {
  state: QuizSnapshot;
  send: (event: QuizEvent) => void;
  ids: QuizIds;
  lessonHrefs: Record<string, LessonLink>;
}

export function QuizResult({ state, send, ids, lessonHrefs }: QuizResultProps) {
  const { context } = state;
  const { quiz } = context;
  const score = attemptScore(context);
  const remaining = attemptsRemaining(context);
  const canRetry = state.can({ type: 'learner.retry' });

  return (
    <div className="quiz-result">
      <h2 className="quiz-result-heading" id={ids.resultHeading} tabIndex={-1}>
        Your result
      </h2>
      <div className={`quiz-outcome quiz-outcome--${score.passed ? 'passed' : 'failed'}`}>
        <p className="quiz-outcome-verdict">
          {score.passed ? 'You passed.' : 'You did not pass this time.'}
        </p>
        <p className="quiz-outcome-score">
          You answered {score.correct} of {countOf(score.total, 'question')} right: {score.percent}
          %. The pass mark is {quiz.passMark}%.
        </p>
      </div>

      <h3 className="quiz-review-heading">Your answers</h3>
      <ol className="quiz-review">
        {quiz.questions.map((question) => {
          const right = context.marks[question.id] === true;
          const words = describeAnswer(question, context.answers[question.id]);
          const lesson = question.lesson ? lessonHrefs[question.lesson] : undefined;
          return (
            <li
              key={question.id}
              className={`quiz-review-item quiz-review-item--${right ? 'right' : 'wrong'}`}
            >
              <p className="quiz-review-prompt">{question.prompt}</p>
              <p className="quiz-review-mark">{right ? 'Right' : 'Not right'}</p>
              {words.length === 1 ? (
                <p className="quiz-review-answer">Your answer: {words[0]}</p>
              ) : (
                <>
                  <p className="quiz-review-answer">Your answer:</p>
                  {question.type === 'ordering' ? (
                    <ol className="quiz-review-parts">
                      {words.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ol>
                  ) : (
                    <ul className="quiz-review-parts">
                      {words.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  )}
                </>
              )}
              {lesson && (
                <p className="quiz-review-lesson">
                  Revisit the lesson: <a href={lesson.href}>{lesson.title}</a>
                </p>
              )}
            </li>
          );
        })}
      </ol>

      <p className="quiz-attempts">{attemptsNote(remaining, quiz.attempts)}</p>
      {canRetry && (
        <button type="button" className="button" onClick={() => send({ type: 'learner.retry' })}>
          Try again
        </button>
      )}
    </div>
  );
}

function attemptsNote(remaining: number | null, allowed: number): string {
  if (remaining === null) return 'You can try again as many times as you like.';
  if (remaining === 0) {
    return allowed === 1
      ? 'You have used your one attempt.'
      : `You have used all ${allowed} attempts.`;
  }
  return `You have ${remaining} more ${remaining === 1 ? 'attempt' : 'attempts'}.`;
}
