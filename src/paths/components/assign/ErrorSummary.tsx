/**
 * "There is a problem": every problem, each linked to its field. It takes the focus whenever the PMO asks
 * for a link and something is wrong, so a screen-reader user hears the list first.
 */
import { useEffect, useRef } from 'react';
import type { AssignmentDraftProblem } from '../../assignments/model';
import { FIELD_ID } from './form';

export default function ErrorSummary({
  problems,
}: {
  problems: readonly AssignmentDraftProblem[];
}) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) summary.current?.focus();
  }, [problems]);
  if (!problems.length) return null;
  return (
    <div
      className="pmo-error-summary"
      role="alert"
      tabIndex={-1}
      ref={summary}
      aria-labelledby="assign-errors-title"
    >
      <h2 id="assign-errors-title">There is a problem</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.field}>
            <a href={`#${FIELD_ID[problem.field]}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
