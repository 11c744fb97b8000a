/** Matching without drag and drop: one labelled list of answers per item. */
import type { Answer } from '../answers';
import type { QuizEvent } from '../machine';
import type { Question } from '../schema';
import { controlId, type QuizIds } from './ids';

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
              disabled={locked}
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
