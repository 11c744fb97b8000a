/**
 * My learning's list of practice tasks the learner has started: each with its course and the latest
 * self-assessment ("Your answer meets 4 of 5 points"), or that it is still being written.
 */
import type { PracticeSummary } from '../practice-progress';
import { practiceResultText } from '../wording';

export function PracticeList({ tasks }: { tasks: readonly PracticeSummary[] }) {
  if (!tasks.length) return null;
  return (
    <section className="record-courses" aria-labelledby="record-practice">
      <h2 id="record-practice">Your practice answers</h2>
      <ul className="record-task-list">
        {tasks.map(({ course, step, result }) => {
          const hintId = `record-practice-${step.id}`;
          return (
            <li className="record-task-list-item" key={step.id}>
              <div className="record-task-list-name">
                <a href={step.href} aria-describedby={hintId}>
                  {step.title}
                </a>
                <p className="record-task-list-hint" id={hintId}>
                  {course.title}.{' '}
                  {result
                    ? `${practiceResultText(result)}, by your own assessment.`
                    : 'Started, not compared with the model yet.'}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
