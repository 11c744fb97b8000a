/** Learners' summaries written by hand, for the tests of each insights table. */
import type { AssignmentRow, LearnerSummary } from '../../../src/insights/summary';

export function row(overrides: Partial<AssignmentRow> = {}): AssignmentRow {
  return {
    assignmentId: 'AbCdEfGhIjKl',
    title: 'Governance path',
    groupKey: 'path:gov-path',
    done: 0,
    total: 6,
    status: 'not-started',
    dueDate: null,
    overdue: false,
    lastActive: null,
    help: [],
    ...overrides,
  };
}

export function learner(id: string, overrides: Partial<LearnerSummary> = {}): LearnerSummary {
  return {
    learnerId: id,
    label: id,
    nameConflict: null,
    statements: 1,
    assignments: [],
    firstTries: [],
    firstChoices: [],
    firstEndings: [],
    practice: [],
    ...overrides,
  };
}

/** `count` learners, each with what `make` gives the n-th. */
export function learners(
  count: number,
  make: (n: number) => Partial<LearnerSummary>,
): LearnerSummary[] {
  return Array.from({ length: count }, (_, n) => learner(`learner-${n}`, make(n)));
}
