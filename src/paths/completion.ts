/**
 * When a learner finished each step, and so a path or course: for certificates, which show the date
 * and the activities done. The rules for "done" are those of src/record/projections.ts (isDone);
 * tests/unit/path-completion.test.ts checks the two agree on every kind of step.
 */
import type { OutlineStep } from '../record/projections';
import { contentIdOf, verbOf } from '../record/xapi/statements';
import { marksLessonDone } from '../record/xapi/lesson-marks';
import type { Statement } from '../record/xapi/schema';

function finishes(kind: OutlineStep['kind'], statement: Statement): boolean {
  const verb = verbOf(statement);
  switch (kind) {
    case 'lesson':
      return marksLessonDone(verb) === true;
    case 'video':
    case 'scenario':
      return verb === 'completed';
    case 'quiz':
      return verb === 'passed' || (verb === 'completed' && statement.result?.success === true);
    default:
      return verb === 'completed' || verb === 'passed';
  }
}

/**
 * The first time each step was finished (ms since 1970), for the steps given. A lesson marked as not
 * done counts from the first time it was done again after that, and not at all until it is.
 */
export function finishedAt(
  statements: readonly Statement[],
  steps: readonly OutlineStep[],
): Map<string, number> {
  const kinds = new Map(steps.map((step) => [step.id, step.kind]));
  const reopened = new Map<string, number>();
  for (const statement of statements) {
    const id = contentIdOf(statement);
    if (id === undefined || marksLessonDone(verbOf(statement)) !== false) continue;
    reopened.set(id, Math.max(reopened.get(id) ?? -Infinity, Date.parse(statement.timestamp)));
  }
  const times = new Map<string, number>();
  for (const statement of statements) {
    const id = contentIdOf(statement);
    const kind = id === undefined ? undefined : kinds.get(id);
    if (id === undefined || kind === undefined || !finishes(kind, statement)) continue;
    const at = Date.parse(statement.timestamp);
    if (kind === 'lesson' && at < (reopened.get(id) ?? -Infinity)) continue;
    const earlier = times.get(id);
    if (earlier === undefined || at < earlier) times.set(id, at);
  }
  return times;
}

/** When the last of the steps was finished, or null while any is unfinished. */
export function completedAt(
  statements: readonly Statement[],
  steps: readonly OutlineStep[],
): number | null {
  if (!steps.length) return null;
  const times = finishedAt(statements, steps);
  let latest = -Infinity;
  for (const step of steps) {
    const at = times.get(step.id);
    if (at === undefined) return null;
    latest = Math.max(latest, at);
  }
  return latest;
}
