/**
 * Matching without drag and drop: one labelled list of answers per item. Once checked, each item
 * shows the learner's answer as text with a tick or cross and the words "Right" or "Not right": a
 * disabled list box would grey it out below AA contrast, and colour must never be the only signal.
 */
import type { Answer } from '../answers';
import type { QuizEvent } from '../machine';
import type { Question } from '../schema';
import { controlId, type QuizIds } from './ids';
import { RightOrWrong } from './RightOrWrong';

interface QuizMatchingProps {
  question: Extract<Question, { type: 'matching' }>;
  answer: Answer | undefined;
  /** The answers offered, in the order this learner sees them. */
  shown: string[];
  locked: boolean;
  ids: QuizIds;
  send: (event: QuizEvent) => void;
}

export function QuizMatching({ question, answer, shown, locked, ids, send }: QuizMatchingProps) {
  const matches = answer?.type === 'matching' ? answer.matches : {};
  if (locked) {
    return (
      <ul className="quiz-matches quiz-matches--checked">
        {question.pairs.map((pair) => {
          const chosen = matches[pair.id] ?? '';
          const right = chosen === pair.match;
          return (
            <li className="quiz-match" key={pair.id}>
              <span className="quiz-match-item">{pair.item}</span>
              <span className="quiz-match-answer">{chosen || 'No answer given'}</span>
              <span className={`quiz-part-mark quiz-part-mark--${right ? 'right' : 'wrong'}`}>
                <RightOrWrong right={right} /> {right ? 'Right' : 'Not right'}
              </span>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <div className="quiz-matches">
      {question.pairs.map((pair) => {
        const id = controlId(ids, question.id, pair.id);
        return (
          <div className="quiz-match" key={pair.id}>
            <label className="quiz-match-item" htmlFor={id}>
              {pair.item}
            </label>
            <select
              className="quiz-select"
              id={id}
              value={matches[pair.id] ?? ''}
              onChange={(event) =>
                send({ type: 'learner.match', pairId: pair.id, answer: event.currentTarget.value })
              }
            >
              <option value="">Choose an answer</option>
              {shown.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
