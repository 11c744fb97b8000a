/**
 * Radio buttons (single choice, true or false) or checkboxes (multiple response). Once the answer
 * is checked they are locked but not disabled: a disabled control is greyed out below AA contrast
 * and skipped by some screen readers, and the learner's choice must stay plain to see. Each option
 * then says in words (and a tick or cross) whether it was the learner's answer and whether it is right.
 */
import type { Answer } from '../answers';
import type { QuizEvent } from '../machine';
import type { Question } from '../schema';
import { controlId, type QuizIds } from './ids';
import { RightOrWrong } from './RightOrWrong';

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
        const chosen = isChosen(answer, part);
        const mark = locked ? markFor(question, chosen, isRightPart(question, part)) : null;
        const markId = controlId(ids, question.id, `${part}--mark`);
        return (
          <div className={`quiz-choice${mark ? ` quiz-choice--${mark.tone}` : ''}`} key={part}>
            <input
              className="quiz-choice-input"
              type={kind}
              id={id}
              name={controlId(ids, question.id, '-answer')}
              value={part}
              checked={chosen}
              aria-disabled={locked || undefined}
              aria-describedby={mark ? markId : undefined}
              onChange={() => {
                // Locked: the machine would ignore the event anyway; React puts the check back.
                if (locked) return;
                send(
                  question.type === 'truefalse'
                    ? { type: 'learner.answer', value: part === 'true' }
                    : { type: 'learner.select', optionId: part },
                );
              }}
            />
            <div className="quiz-choice-body">
              <label className="quiz-choice-label" htmlFor={id}>
                {labelFor(question, part)}
              </label>
              {/* Outside the label, so the option's name stays its text; it describes the option. */}
              {mark && (
                <p className="quiz-choice-mark" id={markId}>
                  <RightOrWrong right={mark.tone !== 'wrong'} /> {mark.words}
                </p>
              )}
            </div>
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

function isRightPart(question: ChoiceQuestion, part: string): boolean {
  if (question.type === 'truefalse') return part === String(question.answer);
  return question.options.some((o) => o.id === part && o.correct);
}

/** What an option says once the answer is checked; nothing for a wrong option left unchosen. */
function markFor(
  question: ChoiceQuestion,
  chosen: boolean,
  right: boolean,
): { tone: 'right' | 'wrong' | 'missed'; words: string } | null {
  if (chosen) {
    return right
      ? { tone: 'right', words: 'Your answer: right' }
      : { tone: 'wrong', words: 'Your answer: not right' };
  }
  if (!right) return null;
  return question.type === 'multiple'
    ? { tone: 'missed', words: 'Also right: you missed this one' }
    : { tone: 'missed', words: 'The right answer' };
}

function labelFor(question: ChoiceQuestion, part: string): string {
  if (question.type === 'truefalse') return part === 'true' ? 'True' : 'False';
  return question.options.find((o) => o.id === part)?.text ?? part;
}
