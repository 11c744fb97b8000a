/**
 * Completion of each path (or each custom assignment, by its title): how many learners have completed
 * it, are part way, have not started, and are overdue. Shown for paths of any size: these counts add
 * up the named progress table beside them (which learners share their reports for), so hiding a small
 * path would hide nothing the page does not already show. The smallest-group rule is for what people
 * answered, chose and ticked, which is never shown by name (see aggregate.ts).
 */
import { byText, countAndShare, percent, type Table } from './figures';
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

const COUNTS = [
  ['Completed', 'completed'],
  ['In progress', 'inProgress'],
  ['Not started', 'notStarted'],
  ['Overdue', 'overdue'],
] as const;

export function pathCompletion(summaries: readonly LearnerSummary[]): {
  pathBars: PathBar[];
  completionByPath: Table;
} {
  const pathBars = countPaths(summaries);
  const completionByPath: Table = {
    id: 'completion-by-path',
    title: 'Completion by path',
    columns: ['Path', 'Learners', ...COUNTS.map(([label]) => label)],
    rows: pathBars.map((bar) => [
      bar.label,
      String(bar.learners),
      ...COUNTS.map(([, key]) => countAndShare(bar[key], bar.learners)),
    ]),
    csv: {
      columns: ['Path', 'Learners', ...COUNTS.flatMap(([label]) => [label, `${label} (%)`])],
      rows: pathBars.map((bar) => [
        bar.label,
        String(bar.learners),
        ...COUNTS.flatMap(([, key]) => [String(bar[key]), String(percent(bar[key], bar.learners))]),
      ]),
    },
  };
  return { pathBars, completionByPath };
}
