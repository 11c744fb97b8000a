/**
 * The end of an attempt: the score, passed or not, a review of every question (the learner's
 * answer, the right one, and the lesson that teaches it), then what to do next: after a pass, go on
 * to the next step; otherwise try again.
 */
import { describeAnswer, describeRightAnswer } from '../feedback';
import { attemptScore, attemptsRemaining, type QuizEvent, type QuizSnapshot } from '../machine';
import type { LessonLink, QuizIds } from './ids';
import { RightOrWrong } from './RightOrWrong';
import type { Question } from '../schema';
import { countOf } from '../../site/counts';
import { ResultPanel } from '../../site/ResultPanel';

interface QuizResultProps {
  state: QuizSnapshot;
  send: (event: QuizEvent) => void;
  ids: QuizIds;
  lessonHrefs: Record<string, LessonLink>;
  /** The step after the quiz, if there is one. */
  next?: LessonLink | undefined;
}

export function QuizResult({ state, send, ids, lessonHrefs, next }: QuizResultProps) {
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
      <ResultPanel
        achieved={score.passed}
        actions={score.passed && next ? <Actions {...{ canRetry, send, next }} /> : undefined}
      >
        <p className="quiz-outcome-verdict">
          {score.passed ? 'You passed.' : 'You did not pass this time.'}
        </p>
        {/* The big figure is for the eye; the sentence after it says the same for everyone. */}
        <p className="quiz-outcome-score">
          <span className="result-panel__figure" aria-hidden="true">
            {score.percent}%
          </span>
          You answered {score.correct} of {countOf(score.total, 'question')} right: {score.percent}
          %. The pass mark is {quiz.passMark}%.
        </p>
        <p className="quiz-outcome-meaning">{meaning(score.passed, next)}</p>
      </ResultPanel>

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
              <p className="quiz-review-mark">
                <RightOrWrong right={right} /> {right ? 'Right' : 'Not right'}
              </p>
              <AnswerLines label="Your answer" question={question} words={words} />
              {!right && (
                <AnswerLines
                  label="The right answer"
                  question={question}
                  words={describeRightAnswer(question)}
                />
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
      {/* After a pass the panel above holds what is next; otherwise trying again comes after the review. */}
      {!(score.passed && next) && canRetry && (
        <div className="quiz-result-actions">
          <button type="button" className="button" onClick={() => send({ type: 'learner.retry' })}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}

/** After a pass: the next step as the one main action; trying again is secondary. */
function Actions({
  canRetry,
  send,
  next,
}: {
  canRetry: boolean;
  send: (event: QuizEvent) => void;
  next: LessonLink;
}) {
  return (
    <>
      <a className="button" href={next.href}>
        Next: {next.title}
      </a>
      {canRetry && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => send({ type: 'learner.retry' })}
        >
          Try again
        </button>
      )}
    </>
  );
}

/** What the result means for the learner, in a sentence. */
function meaning(passed: boolean, next: LessonLink | undefined): string {
  if (!passed) {
    return 'Look at your answers below: each one links to the lesson that teaches it. Then try again.';
  }
  const done = "That completes this module's check of what its lessons teach.";
  return next ? `${done} Go on to the next step when you are ready.` : done;
}

/** One answer in words: on one line, or as a list (in order, for an ordering question). */
function AnswerLines({
  label,
  question,
  words,
}: {
  label: string;
  question: Question;
  words: string[];
}) {
  if (words.length === 1) {
    return (
      <p className="quiz-review-answer">
        {label}: {words[0]}
      </p>
    );
  }
  const items = words.map((w) => <li key={w}>{w}</li>);
  return (
    <>
      <p className="quiz-review-answer">{label}:</p>
      {question.type === 'ordering' ? (
        <ol className="quiz-review-parts">{items}</ol>
      ) : (
        <ul className="quiz-review-parts">{items}</ul>
      )}
    </>
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
