/**
 * What the learner sees at each state of the quiz machine. Rendering only: every change goes back
 * to the machine through `send`.
 */
import type { QuizEvent, QuizSnapshot } from '../machine';
import { QuizIntro } from './Intro';
import { QuizQuestion } from './Question';
import { QuizResult } from './Result';

export interface LessonLink {
  href: string;
  title: string;
}

/**
 * Element ids the island moves focus to; unique per quiz, so two quizzes could share a page.
 * Content ids never hold "_" or "--", so joining with them cannot make two ids the same.
 */
export interface QuizIds {
  base: string;
  questionHeading: string;
  feedbackHeading: string;
  resultHeading: string;
  errorSummary: string;
}

export function quizIds(quizId: string): QuizIds {
  const base = `quiz-${quizId}`;
  return {
    base,
    questionHeading: `${base}__question-heading`,
    feedbackHeading: `${base}__feedback-heading`,
    resultHeading: `${base}__result-heading`,
    errorSummary: `${base}__error-summary`,
  };
}

/** The id of one control (an option, a matching list), or of something else about a question. */
export function controlId(ids: QuizIds, questionId: string, part: string): string {
  return `${ids.base}__${questionId}__${part}`;
}

export interface QuizViewProps {
  state: QuizSnapshot;
  send: (event: QuizEvent) => void;
  ids: QuizIds;
  lessonHrefs: Record<string, LessonLink>;
  /** A saved attempt was made against an older version of this quiz and could not be resumed. */
  changedSinceStart: boolean;
}

export function QuizView({ state, send, ids, lessonHrefs, changedSinceStart }: QuizViewProps) {
  const { quiz } = state.context;
  return (
    <div className="quiz">
      <h1 className="quiz-title">{quiz.title}</h1>
      {state.matches('intro') && (
        <QuizIntro quiz={quiz} changedSinceStart={changedSinceStart} send={send} />
      )}
      {(state.matches('question') || state.matches('answered')) && (
        <QuizQuestion
          key={`${state.context.attempt}-${state.context.current}`}
          state={state}
          send={send}
          ids={ids}
          lessonHrefs={lessonHrefs}
        />
      )}
      {state.matches('result') && (
        <QuizResult state={state} send={send} ids={ids} lessonHrefs={lessonHrefs} />
      )}
    </div>
  );
}
