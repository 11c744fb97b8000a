/** The learner's submitted answer beside the model answer: what they compare against the rubric. */
import { Markdown } from '../../site/Markdown';
import type { PracticeViewProps } from './props';

export function Answers({ state, task }: Pick<PracticeViewProps, 'state' | 'task'>) {
  return (
    <div className="practice-answers">
      <section className="practice-yours" aria-labelledby={`${task.id}-yours`}>
        <h3 id={`${task.id}-yours`}>Your answer</h3>
        {/* The learner's own words, shown as text exactly as typed. */}
        <div className="typed-text">{state.context.submitted}</div>
      </section>
      <section className="practice-model" aria-labelledby={`${task.id}-model`}>
        <h3 id={`${task.id}-model`}>A model answer</h3>
        <Markdown text={task.model} className="practice-model-text" />
        {task.modelNotes && (
          <details className="practice-notes">
            <summary>Why the model works, and common mistakes</summary>
            <Markdown text={task.modelNotes} />
          </details>
        )}
      </section>
    </div>
  );
}
