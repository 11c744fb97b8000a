/**
 * What the learner sees at each stage of a practice task. Rendering only: every change goes back to
 * the machine through `send`.
 */
import { Assessment } from './Assessment';
import { Comparison } from './Comparison';
import { Writing } from './Writing';
import type { PracticeViewProps } from './props';

export function PracticeView(props: PracticeViewProps) {
  const { state } = props;
  return (
    <div className="practice">
      {state.matches('writing') && <Writing {...props} />}
      {state.matches('reviewing') && <Comparison {...props} />}
      {state.matches('assessed') && <Assessment {...props} />}
    </div>
  );
}
