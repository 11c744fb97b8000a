/**
 * What every part of the assignment builder's form shares: the draft, the way to change it, the problems
 * found when the PMO last asked for a link, and the id of each field, so the error summary can link to
 * it and the field can say its error again (the GOV.UK error summary pattern).
 */
import type { AssignmentDraft, DraftChange } from '../../assignments/draft';
import type { AssignmentDraftProblem } from '../../assignments/model';

export type Field = AssignmentDraftProblem['field'];

export interface DraftPartProps {
  draft: AssignmentDraft;
  change: (change: DraftChange) => void;
  problems: readonly AssignmentDraftProblem[];
}

export const FIELD_ID: Record<Field, string> = {
  path: 'assign-path',
  steps: 'assign-steps',
  title: 'assign-title',
  'due-date': 'assign-due-date',
  'due-days': 'assign-due-days',
  'assigned-by': 'assign-by',
  team: 'assign-team',
  message: 'assign-message',
};

export function errorId(field: Field): string {
  return `${FIELD_ID[field]}-error`;
}

export function problemFor(
  problems: readonly AssignmentDraftProblem[],
  field: Field,
): AssignmentDraftProblem | undefined {
  return problems.find((problem) => problem.field === field);
}

/** A field's `aria-describedby`: its hint, then its error when it has one. */
export function describedBy(
  problems: readonly AssignmentDraftProblem[],
  field: Field,
  hint?: string,
): string | undefined {
  return (
    [hint, problemFor(problems, field) ? errorId(field) : undefined].filter(Boolean).join(' ') ||
    undefined
  );
}
