/** A field's error, said again at the field (the error summary lists it too). */
import type { AssignmentDraftProblem } from '../../assignments/model';
import { errorId, problemFor, type Field } from './form';

export default function FieldError({
  problems,
  field,
}: {
  problems: readonly AssignmentDraftProblem[];
  field: Field;
}) {
  const problem = problemFor(problems, field);
  return problem ? (
    <p className="pmo-error-message" id={errorId(field)}>
      <span className="visually-hidden">Error:</span> {problem.message}
    </p>
  ) : null;
}
