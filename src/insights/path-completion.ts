/**
 * Completion of each path (or each custom assignment, by its title): how many learners have completed
 * it, are part way, have not started, and are overdue. Paths with fewer learners than the smallest
 * group shown are hidden.
 */
import { byText, hiddenNote, optional, percentText, type Table } from './figures';
import type { LearnerSummary } from './summary';

export interface PathBar {
  label: string;
  completed: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  learners: number;
}

/** Every path's counts, in title order, each learner counted once. */
export function countPaths(summaries: readonly LearnerSummary[]): PathBar[] {
  const groups = new Map<string, PathBar & { people: Set<string> }>();
  for (const summary of summaries) {
    for (const row of summary.assignments) {
      let group = groups.get(row.groupKey);
      if (!group) {
        group = {
          label: row.title,
          completed: 0,
          inProgress: 0,
          notStarted: 0,
          overdue: 0,
          learners: 0,
          people: new Set(),
        };
        groups.set(row.groupKey, group);
      }
      // One learner given the same path twice counts once, by the assignment added first: progress
      // comes from the same record for both, so only the due date (and so "overdue") can differ.
      if (group.people.has(summary.learnerId)) continue;
      group.people.add(summary.learnerId);
      group.learners += 1;
      if (row.status === 'completed') group.completed += 1;
      else if (row.status === 'in-progress') group.inProgress += 1;
      else group.notStarted += 1;
      if (row.overdue) group.overdue += 1;
    }
  }
  return [...groups.values()]
    .sort((a, b) => byText(a.label, b.label))
    .map(({ label, completed, inProgress, notStarted, overdue, learners }) => ({
      label,
      completed,
      inProgress,
      notStarted,
      overdue,
      learners,
    }));
}

export function pathCompletion(
  summaries: readonly LearnerSummary[],
  minGroup: number,
): { pathBars: PathBar[]; completionByPath: Table } {
  const allPaths = countPaths(summaries);
  const pathBars = allPaths.filter((bar) => bar.learners >= minGroup);
  const completionByPath: Table = {
    id: 'completion-by-path',
    title: 'Completion by path',
    columns: ['Path', 'Learners', 'Completed', 'In progress', 'Not started', 'Overdue'],
    rows: pathBars.map((bar) => [
      bar.label,
      String(bar.learners),
      `${bar.completed} (${percentText(bar.completed, bar.learners)})`,
      `${bar.inProgress} (${percentText(bar.inProgress, bar.learners)})`,
      `${bar.notStarted} (${percentText(bar.notStarted, bar.learners)})`,
      `${bar.overdue} (${percentText(bar.overdue, bar.learners)})`,
    ]),
    ...optional('note', hiddenNote(allPaths.length - pathBars.length, minGroup, 'path')),
  };
  return { pathBars, completionByPath };
}
