/**
 * What the learner sees at each state of the quiz machine. Rendering only: every change goes back
 * to the machine through `send`.
 */
import type { QuizEvent, QuizSnapshot } from '../machine';
import { QuizIntro } from './Intro';
import { QuizQuestion } from './Question';
import { QuizResult } from './Result';
import { SaveStatus } from './SaveStatus';
import type { LessonLink, QuizIds } from './ids';

export interface QuizViewProps {
  state: QuizSnapshot;
  send: (event: QuizEvent) => void;
  ids: QuizIds;
  lessonHrefs: Record<string, LessonLink>;
  /** The step after the quiz, offered as the main action once the learner passes. */
  next?: LessonLink | undefined;
  /** A saved attempt was made against an older version of this quiz and could not be resumed. */
  changedSinceStart: boolean;
}

export function QuizView({
  state,
  send,
  ids,
  lessonHrefs,
  next,
  changedSinceStart,
}: QuizViewProps) {
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
        <QuizResult state={state} send={send} ids={ids} lessonHrefs={lessonHrefs} next={next} />
      )}
      <SaveStatus />
    </div>
  );
}
