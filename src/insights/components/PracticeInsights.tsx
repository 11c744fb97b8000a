/**
 * Each practice task's rubric results, as a chart with its table behind a disclosure, and the answers learners chose to
 * share, as text (never markup), each under the name the learner gave.
 */
import type { PracticeInsight } from '../practice';
import { BarChart } from './Chart';
import InsightsTable from './Table';
import { countOf } from '../../site/counts';

export default function PracticeInsights({
  tasks,
  day,
}: {
  tasks: readonly PracticeInsight[];
  day: string;
}) {
  return (
    <section aria-labelledby="insights-practice">
      <h3 id="insights-practice">Practice tasks: rubric results</h3>
      <p className="pmo-hint">
        For each task, the points of its checklist that people say their latest answer meets. These
        are self-assessments: a point few people tick is a good topic for coaching.
      </p>
      {tasks.length === 0 && (
        <p className="insights-empty">No practice task has been assessed in these reports.</p>
      )}
      {tasks.map((task) => (
        <section
          key={task.id}
          aria-labelledby={`practice-${task.id}-heading`}
          className="insights-scenario"
        >
          <h4 id={`practice-${task.id}-heading`}>{task.title}</h4>
          <InsightsTable
            table={task.table}
            chart={<BarChart id={task.table.id} title={task.table.title} bars={task.bars} />}
            day={day}
            empty="Not enough people assessed this task to show its results."
          />
          {task.shared.length > 0 && (
            <details className="insights-shared">
              <summary>{countOf(task.shared.length, 'answer')} shared with you</summary>
              {task.shared.map((answer, index) => (
                <figure key={index} className="insights-shared-answer">
                  <figcaption>{answer.learner}</figcaption>
                  <div className="typed-text">{answer.text}</div>
                </figure>
              ))}
            </details>
          )}
        </section>
      ))}
    </section>
  );
}
