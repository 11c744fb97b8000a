/**
 * The assessed stage: what the learner said their answer meets, what to work on, the answers side by
 * side, a download to take to work, and a way back to improve the answer.
 */
import { saveFile } from '../../site/download';
import { criteriaMet } from '../machine';
import { practiceDocument, practiceFileName } from '../document';
import { Answers } from './Answers';
import type { PracticeViewProps } from './props';
import { practiceResultText } from '../../record/wording';

export function Assessment({ state, send, ids, task, courseTitle }: PracticeViewProps) {
  const { ticks, share, submitted } = state.context;
  const met = criteriaMet(state.context);
  const total = task.rubric.length;
  const missing = task.rubric.filter((criterion) => !ticks[criterion.id]);
  const download = () => {
    const html = practiceDocument({
      task,
      courseTitle,
      answer: submitted,
      ticks,
      date: new Date().toLocaleDateString('en-GB', { dateStyle: 'long' }),
    });
    saveFile(new Blob([html], { type: 'text/html' }), practiceFileName(task.title));
  };
  return (
    <>
      <div className="practice-result">
        <h2 id={ids.resultHeading} tabIndex={-1} className="practice-heading">
          {practiceResultText({ met, of: total })}
        </h2>
        <p>
          This is your own assessment, saved in your learning record
          {share
            ? ', with the text of your answer for reports you share.'
            : '. Reports you share say which points you ticked, not what you wrote.'}
        </p>
        {missing.length > 0 ? (
          <>
            <h3>To work on</h3>
            <ul>
              {missing.map((criterion) => (
                <li key={criterion.id}>{criterion.text}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>Every point on the list is there. Compare the detail with the model for ideas.</p>
        )}
        <div className="practice-actions">
          <button type="button" className="button" onClick={download}>
            Download my answer and the model
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => send({ type: 'learner.revise' })}
          >
            Improve my answer
          </button>
        </div>
        <p className="pmo-hint">
          The download is a web page (HTML) that opens in any browser or word processor.
        </p>
      </div>
      <Answers state={state} task={task} />
    </>
  );
}
