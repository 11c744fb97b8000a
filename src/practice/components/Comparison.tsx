/**
 * The reviewing stage: the learner's answer and the model, then the rubric they tick for their own
 * answer, and whether their text may travel in reports. Ticking records nothing until they save.
 */
import type { FormEvent } from 'react';
import { Answers } from './Answers';
import type { PracticeViewProps } from './props';

export function Comparison(props: PracticeViewProps) {
  const { state, send, ids, task } = props;
  const { ticks, share } = state.context;
  const assess = (event: FormEvent) => {
    event.preventDefault();
    send({ type: 'learner.assess' });
  };
  return (
    <>
      <h2 id={ids.comparisonHeading} tabIndex={-1} className="practice-heading">
        Compare your answer with the model
      </h2>
      <p>
        Read the model answer, then tick each thing on the list that your own answer does. Be as
        strict as a colleague would be: the list is for you.
      </p>
      <Answers state={state} task={task} />
      <form className="practice-form" onSubmit={assess}>
        <fieldset className="pmo-fieldset">
          <legend>Which of these does your answer do?</legend>
          <div className="pmo-radios">
            {task.rubric.map((criterion) => (
              <label className="pmo-check" key={criterion.id}>
                <input
                  type="checkbox"
                  checked={ticks[criterion.id] === true}
                  onChange={(event) =>
                    send({
                      type: 'learner.tick',
                      criterionId: criterion.id,
                      met: event.target.checked,
                    })
                  }
                />
                <span>{criterion.text}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="pmo-fieldset">
          <legend>Your PMO</legend>
          <label className="pmo-check">
            <input
              type="checkbox"
              checked={share}
              aria-describedby={`${ids.base}__share-hint`}
              onChange={(event) => send({ type: 'learner.share', share: event.target.checked })}
            />
            <span>Include the text of my answer in progress reports I share</span>
          </label>
          <p className="pmo-hint" id={`${ids.base}__share-hint`}>
            Without this, a report says only which points you ticked, never what you wrote.
          </p>
        </fieldset>
        <div className="practice-actions">
          <button type="submit" className="button">
            Save my self-assessment
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => send({ type: 'learner.revise' })}
          >
            Edit my answer first
          </button>
        </div>
      </form>
    </>
  );
}
