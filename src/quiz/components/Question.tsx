/**
 * One question: a real fieldset whose legend is the question, the controls for its type, a hint,
 * the error summary when nothing was chosen, and the feedback once the answer is checked.
 */
import type { SyntheticEvent } from 'react';
import type { Answer } from '../answers';
import { currentQuestion, type QuizEvent, type QuizSnapshot } from '../machine';
import type { Question } from '../schema';
import { QuizChoices } from './Choices';
import { QuizErrorSummary } from './ErrorSummary';
import { QuizFeedback } from './Feedback';
import { QuizMatching } from './Matching';
import { QuizOrdering } from './Ordering';
import { controlId, type LessonLink, type QuizIds } from './ids';

interface QuizQuestionProps {
  state: QuizSnapshot;
  send: (event: QuizEvent) => void;
  ids: QuizIds;
  lessonHrefs: Record<string, LessonLink>;
}

export function QuizQuestion({ state, send, ids, lessonHrefs }: QuizQuestionProps) {
  const { context } = state;
  const question = currentQuestion(context);
  const answer = context.answers[question.id];
  const shown = context.shown[question.id] ?? [];
  const answered = state.matches('answered');
  const isLast = context.current === context.quiz.questions.length - 1;
  const showError = context.nothingChosen && !answered;

  const hintId = controlId(ids, question.id, '-instructions');
  const errorId = controlId(ids, question.id, '-error');
  const instructions = instructionsFor(question);
  const describedBy = [instructions && hintId, showError && errorId].filter(Boolean).join(' ');
  const lesson = question.lesson ? lessonHrefs[question.lesson] : undefined;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!answered) send({ type: 'learner.submit' });
  };

  return (
    <div className="quiz-question">
      {showError && (
        <QuizErrorSummary
          id={ids.errorSummary}
          message={nothingChosenMessage(question)}
          target={firstControl(question, answer, shown, ids)}
        />
      )}
      <form className="quiz-form" noValidate onSubmit={submit}>
        <fieldset
          className={`quiz-fieldset${showError ? ' quiz-fieldset--error' : ''}`}
          aria-describedby={describedBy || undefined}
        >
          <legend className="quiz-legend">
            <h2 className="quiz-prompt" id={ids.questionHeading} tabIndex={-1}>
              <span className="quiz-progress">
                Question {context.current + 1} of {context.quiz.questions.length}
              </span>{' '}
              {question.prompt}
            </h2>
          </legend>
          {instructions && (
            <p className="quiz-instructions" id={hintId}>
              {instructions}
            </p>
          )}
          {showError && (
            <p className="quiz-error-message" id={errorId}>
              <span className="visually-hidden">Error: </span>
              {nothingChosenMessage(question)}
            </p>
          )}
          {(question.type === 'single' ||
            question.type === 'multiple' ||
            question.type === 'truefalse') && (
            <QuizChoices
              question={question}
              answer={answer}
              shown={shown}
              locked={answered}
              ids={ids}
              send={send}
            />
          )}
          {question.type === 'matching' && (
            <QuizMatching
              question={question}
              answer={answer}
              shown={shown}
              locked={answered}
              ids={ids}
              send={send}
            />
          )}
          {question.type === 'ordering' && (
            <QuizOrdering
              question={question}
              answer={answer}
              locked={answered}
              ids={ids}
              send={send}
            />
          )}
        </fieldset>
        {question.hint && !answered && (
          <details className="quiz-hint">
            <summary className="quiz-hint-summary">Show hint</summary>
            <p className="quiz-hint-text">{question.hint}</p>
          </details>
        )}
        {!answered && (
          <button type="submit" className="button">
            Check answer
          </button>
        )}
      </form>
      {/* Always in the page, so the feedback is announced when it appears. */}
      <div className="quiz-feedback-region" role="status" aria-live="polite">
        {answered && (
          <QuizFeedback
            question={question}
            answer={answer}
            headingId={ids.feedbackHeading}
            lesson={lesson}
          />
        )}
      </div>
      {answered && (
        <button type="button" className="button" onClick={() => send({ type: 'learner.next' })}>
          {isLast ? 'See your result' : 'Next question'}
        </button>
      )}
    </div>
  );
}

function instructionsFor(question: Question): string | null {
  switch (question.type) {
    case 'multiple':
      return /select all/i.test(question.prompt) ? null : 'Select all that apply.';
    case 'matching':
      return 'Choose an answer for each item. You can use an answer more than once.';
    case 'ordering':
      return 'Use the Move up and Move down buttons to put the items in order, with the first at the top.';
    default:
      return null;
  }
}

function nothingChosenMessage(question: Question): string {
  switch (question.type) {
    case 'single':
      return 'Choose an answer';
    case 'multiple':
      return 'Choose at least one answer';
    case 'truefalse':
      return 'Choose true or false';
    case 'matching':
      return 'Choose an answer for every item';
    case 'ordering':
      return 'Put the items in order';
  }
}

/** Where the error summary's link takes the learner: the first thing still to answer. */
function firstControl(
  question: Question,
  answer: Answer | undefined,
  shown: string[],
  ids: QuizIds,
): string {
  switch (question.type) {
    case 'matching': {
      const matches = answer?.type === 'matching' ? answer.matches : {};
      const open = question.pairs.find((p) => !matches[p.id]) ?? question.pairs[0];
      return controlId(ids, question.id, open?.id ?? '');
    }
    case 'ordering': {
      const first = answer?.type === 'ordering' ? answer.itemIds[0] : undefined;
      return controlId(ids, question.id, `${first ?? ''}--down`);
    }
    default:
      return controlId(ids, question.id, shown[0] ?? '');
  }
}
