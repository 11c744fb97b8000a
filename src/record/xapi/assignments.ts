/**
 * How an assignment is written into a statement: the names of its result extensions, and which
 * statements record one. paths/assignments/record.ts writes and reads assignments with these; the
 * record's import checks read the same fields (their dates, the path and steps they name), so the
 * record can refuse a bad one without depending on the paths feature.
 */
import { readExtension } from './extensions';
import type { Statement } from './schema';
import { verbNamed } from './verbs';

export const ASSIGNMENT_EXTENSIONS = {
  id: 'assignment-id',
  path: 'assignment-path',
  steps: 'assignment-steps',
  by: 'assigned-by',
  team: 'assigned-team',
  message: 'assignment-message',
  dueRule: 'due-rule',
  dueDate: 'due-date',
  assignedOn: 'assigned-on',
} as const;

/**
 * Whether a statement records an assignment being added: our own verb `assigned`, or ADL's
 * `attempted` in records made before 2026-12 (statements are never rewritten), on a `path` activity.
 */
export function recordsAssignment(statement: Statement): boolean {
  const verb = verbNamed(statement.verb.id, statement.actor.account.homePage);
  const kind = readExtension(statement.object.definition?.extensions, 'activity-kind');
  return (verb === 'assigned' || verb === 'attempted') && kind === 'path';
}

export function assignmentExtension(
  statement: Statement,
  name: keyof typeof ASSIGNMENT_EXTENSIONS,
): unknown {
  return readExtension(statement.result?.extensions, ASSIGNMENT_EXTENSIONS[name]);
}
