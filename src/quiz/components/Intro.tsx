import { useEffect, useRef } from 'react';
import { takePressBeforeHydration } from '../../site/press-before-hydration';
import type { QuizEvent } from '../machine';
import type { Quiz } from '../schema';

interface QuizIntroProps {
  quiz: Quiz;
  changedSinceStart: boolean;
  send: (event: QuizEvent) => void;
}

export function QuizIntro({ quiz, changedSinceStart, send }: QuizIntroProps) {
  const start = useRef<HTMLButtonElement>(null);
  // Pressed before the island hydrated: start now, as the press asked (site/press-before-hydration).
  useEffect(() => {
    if (takePressBeforeHydration(start.current) !== null) send({ type: 'learner.start' });
  }, [send]);
  const count = quiz.questions.length;
  return (
    <div className="quiz-intro">
      {changedSinceStart && (
        <div className="quiz-notice" role="status">
          <h2 className="quiz-notice-title">This quiz has changed</h2>
          <p>
            The quiz was updated after you started it, so your earlier answers could not be kept.
            Please start again.
          </p>
        </div>
      )}
      <ul className="quiz-facts">
        <li>
          {count} {count === 1 ? 'question' : 'questions'}
        </li>
        <li>Pass mark: {quiz.passMark}%</li>
        <li>
          {quiz.attempts === 0
            ? 'You can take it as many times as you like'
            : `You can take it ${quiz.attempts === 1 ? 'once' : `${quiz.attempts} times`}`}
        </li>
      </ul>
      <p>After each question you will see why each answer is right or wrong.</p>
      <button
        ref={start}
        type="button"
        className="button"
        data-replay-press="learner.start"
        onClick={() => send({ type: 'learner.start' })}
      >
        Start quiz
      </button>
    </div>
  );
}
