/**
 * What the learner reads after checking an answer: right or not, once, in words; why each part was
 * right or wrong; and, when they were wrong, which answer was right and why. Authors' feedback says
 * why, never whether (tests/unit/quiz/content.test.ts), so the verdict is never said twice.
 */
import type { Answer } from '../answers';
import { feedbackFor, type FeedbackLine } from '../feedback';
import type { Question } from '../schema';
import type { LessonLink } from './ids';
import { RightOrWrong } from './RightOrWrong';

interface QuizFeedbackProps {
  question: Question;
  answer: Answer | undefined;
  headingId: string;
  lesson: LessonLink | undefined;
}

export function QuizFeedback({ question, answer, headingId, lesson }: QuizFeedbackProps) {
  const { correct, lines } = feedbackFor(question, answer);
  return (
    <div className={`quiz-feedback quiz-feedback--${correct ? 'right' : 'wrong'}`}>
      <h3 className="quiz-feedback-heading" id={headingId} tabIndex={-1}>
        <RightOrWrong right={correct} /> {correct ? 'Correct' : 'Not quite'}
      </h3>
      <ul className="quiz-feedback-list">
        {lines.map((line) => (
          <li
            key={`${line.kind}-${line.id}`}
            className={`quiz-feedback-line quiz-feedback-line--${isRight(line) ? 'right' : 'wrong'}`}
          >
            <p className="quiz-feedback-what">{whatHappened(line)}</p>
            <p className="quiz-feedback-why">{line.feedback}</p>
          </li>
        ))}
      </ul>
      {lesson && (
        <p className="quiz-feedback-lesson">
          The lesson that teaches this: <a href={lesson.href}>{lesson.title}</a>
        </p>
      )}
    </div>
  );
}

function isRight(line: FeedbackLine): boolean {
  return line.kind === 'answer' || (line.kind !== 'missed' && line.right);
}

function whatHappened(line: FeedbackLine): string {
  switch (line.kind) {
    case 'chosen':
      return `You chose “${line.text}”. ${line.right ? 'That is right.' : 'That is not right.'}`;
    case 'missed':
      return `You missed “${line.text}”: it is also right.`;
    case 'answer':
      return `The right answer is “${line.text}”.`;
    case 'matched':
      if (!line.chosen) return `“${line.item}”: you gave no answer. It goes with ${line.expected}.`;
      return line.right
        ? `“${line.item}”: you chose ${line.chosen}. That is right.`
        : `“${line.item}”: you chose ${line.chosen}, but it goes with ${line.expected}.`;
    case 'placed':
      return line.right
        ? `“${line.text}”: you put it in place ${line.position}. That is right.`
        : `“${line.text}”: you put it in place ${line.position}, but it belongs in place ${line.expected}.`;
  }
}
