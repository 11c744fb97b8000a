/** The GOV.UK error summary pattern: what is wrong, linked to the control that fixes it. */
import type { MouseEvent } from 'react';

interface QuizErrorSummaryProps {
  id: string;
  message: string;
  /** The id of the control to go to. */
  target: string;
}

export function QuizErrorSummary({ id, message, target }: QuizErrorSummaryProps) {
  const titleId = `${id}-title`;
  // Focus the control itself: following the link alone would only scroll to it.
  const goToControl = (event: MouseEvent<HTMLAnchorElement>) => {
    const control = document.getElementById(target);
    if (!control) return;
    event.preventDefault();
    control.focus();
  };
  return (
    <div
      className="quiz-error-summary"
      id={id}
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h2 className="quiz-error-summary-title" id={titleId}>
        There is a problem
      </h2>
      <ul className="quiz-error-summary-list">
        <li>
          <a href={`#${target}`} onClick={goToControl}>
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
