/** Radio buttons (single choice, true or false) or checkboxes (multiple response). */
import type { Answer } from '../answers';
import type { QuizEvent } from '../machine';
import type { Question } from '../schema';
import { controlId, type QuizIds } from './ids';

type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' | 'truefalse' }>;

interface QuizChoicesProps {
  question: ChoiceQuestion;
  answer: Answer | undefined;
  /** Option ids (or 'true' and 'false') in the order this learner sees them. */
  shown: string[];
  locked: boolean;
  ids: QuizIds;
  send: (event: QuizEvent) => void;
}

export function QuizChoices({ question, answer, shown, locked, ids, send }: QuizChoicesProps) {
  const kind = question.type === 'multiple' ? 'checkbox' : 'radio';
  return (
    <div className={`quiz-choices quiz-choices--${kind}`}>
      {shown.map((part) => {
        const id = controlId(ids, question.id, part);
        return (
          <div className="quiz-choice" key={part}>
            <input
              className="quiz-choice-input"
              type={kind}
              id={id}
              name={controlId(ids, question.id, '-answer')}
              value={part}
              checked={isChosen(answer, part)}
              disabled={locked}
              onChange={() =>
                send(
                  question.type === 'truefalse'
                    ? { type: 'learner.answer', value: part === 'true' }
                    : { type: 'learner.select', optionId: part },
                )
              }
            />
            <label className="quiz-choice-label" htmlFor={id}>
              {labelFor(question, part)}
            </label>
          </div>
        );
      })}
    </div>
  );
}

function isChosen(answer: Answer | undefined, part: string): boolean {
  switch (answer?.type) {
    case 'single':
      return answer.optionId === part;
    case 'multiple':
      return answer.optionIds.includes(part);
    case 'truefalse':
      return answer.value !== null && String(answer.value) === part;
    default:
      return false;
  }
}

function labelFor(question: ChoiceQuestion, part: string): string {
  if (question.type === 'truefalse') return part === 'true' ? 'True' : 'False';
  return question.options.find((o) => o.id === part)?.text ?? part;
}
