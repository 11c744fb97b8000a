/** The writing stage: the answer box, saved as the learner types, and the button to compare. */
import type { FormEvent, MouseEvent } from 'react';
import { Markdown } from '../../site/Markdown';
import { MAX_ANSWER_CHARS, wordCount } from '../machine';
import { SaveStatus } from './SaveStatus';
import type { PracticeViewProps } from './props';

export function Writing({ state, send, ids, task, saveState, ready }: PracticeViewProps) {
  const { answer, emptyAnswer, attempts } = state.context;
  const words = wordCount(answer);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send({ type: 'learner.submit' });
  };
  const goToAnswer = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(ids.answer)?.focus();
  };
  const describedBy = [task.guidance ? ids.hint : '', emptyAnswer ? `${ids.answer}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <form className="practice-form" onSubmit={submit} noValidate>
      {emptyAnswer && (
        <div
          className="pmo-error-summary"
          id={ids.errorSummary}
          role="alert"
          tabIndex={-1}
          aria-labelledby={`${ids.errorSummary}-title`}
        >
          <h2 id={`${ids.errorSummary}-title`}>There is a problem</h2>
          <ul>
            <li>
              <a href={`#${ids.answer}`} onClick={goToAnswer}>
                Write your answer before you compare it
              </a>
            </li>
          </ul>
        </div>
      )}
      <div className="pmo-field">
        <label htmlFor={ids.answer}>{task.prompt}</label>
        {task.guidance && (
          <div className="pmo-hint practice-hint" id={ids.hint}>
            <Markdown text={task.guidance} />
          </div>
        )}
        {emptyAnswer && (
          <p className="pmo-error-message" id={`${ids.answer}-error`}>
            <span className="visually-hidden">Error: </span>Write your answer before you compare it
          </p>
        )}
        <textarea
          id={ids.answer}
          className="practice-answer"
          rows={16}
          maxLength={MAX_ANSWER_CHARS}
          value={answer}
          aria-describedby={describedBy || undefined}
          aria-invalid={emptyAnswer || undefined}
          spellCheck
          readOnly={!ready}
          onChange={(event) => send({ type: 'learner.write', text: event.target.value })}
        />
        <p className="pmo-hint practice-count">{words === 1 ? '1 word' : `${words} words`}</p>
        <SaveStatus saveState={saveState} ready={ready} />
      </div>
      <button type="submit" className="button" disabled={!ready}>
        {attempts > 0 ? 'Compare my new answer' : 'Compare with the model answer'}
      </button>
    </form>
  );
}
