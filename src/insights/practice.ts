/**
 * Each practice task's rubric results across learners: for every point of the rubric, how many people
 * said their latest answer meets it. A task assessed by fewer people than the smallest group shown is
 * hidden, with a note. Answers' texts appear only where a learner ticked "share my answer"; they are
 * the learner's own words to their PMO, listed by the name they gave (or their random label).
 */
import { hiddenNote, optional, percent, percentText, type Bar, type Table } from './figures';
import type { LearnerSummary } from './summary';

/** What the page knows of each practice task, so rubric points are shown by their words. */
export interface PracticeOutline {
  id: string;
  title: string;
  criteria: readonly { id: string; text: string }[];
}

export interface SharedAnswer {
  learner: string;
  text: string;
}

export interface PracticeInsight {
  id: string;
  title: string;
  /** People whose reports hold a self-assessment of this task. */
  people: number;
  table: Table;
  bars: Bar[];
  shared: SharedAnswer[];
}

export function practiceInsights(
  summaries: readonly LearnerSummary[],
  tasks: readonly PracticeOutline[],
  minGroup: number,
): PracticeInsight[] {
  const out: PracticeInsight[] = [];
  for (const task of tasks) {
    const results = summaries.flatMap((summary) =>
      summary.practice
        .filter(([taskId]) => taskId === task.id)
        .map(([, result]) => ({ learner: summary.label, ...result })),
    );
    if (!results.length) continue;
    const people = results.length;
    const shown = people >= minGroup;
    const points = task.criteria.map((criterion) => ({
      label: criterion.text,
      count: results.filter((result) => result.met.includes(criterion.id)).length,
    }));
    out.push({
      id: task.id,
      title: task.title,
      people,
      table: {
        id: `practice-${task.id}`,
        title: `${task.title}: points people say their answer meets`,
        columns: ['Point on the checklist', 'People', 'Share'],
        rows: shown
          ? points.map((point) => [
              point.label,
              String(point.count),
              percentText(point.count, people),
            ])
          : [],
        csv: {
          columns: ['Practice task', 'Point on the checklist', 'People', 'Share (%)'],
          rows: shown
            ? points.map((point) => [
                task.title,
                point.label,
                String(point.count),
                String(percent(point.count, people)),
              ])
            : [],
        },
        ...optional('note', shown ? undefined : hiddenNote(1, minGroup, 'result')),
      },
      bars: shown
        ? points.map((point) => ({
            label: point.label,
            percent: percent(point.count, people),
            text: `${percentText(point.count, people)} (${point.count} of ${people})`,
          }))
        : [],
      shared: results.flatMap((result) =>
        result.answer ? [{ learner: result.learner, text: result.answer }] : [],
      ),
    });
  }
  return out;
}
