/** Which learning path to assign, with what it is for and how long it usually takes. */
import { chosenPath } from '../../assignments/draft';
import type { PathCatalogue } from '../../steps';
import FieldError from './FieldError';
import { describedBy, type DraftPartProps } from './form';
import { countOf } from '../../../site/counts';

export default function PathChoice({
  draft,
  change,
  problems,
  catalogue,
}: DraftPartProps & { catalogue: PathCatalogue }) {
  const path = chosenPath(draft, catalogue);
  return (
    <div className="pmo-field">
      <label htmlFor="assign-path">Learning path</label>
      <FieldError problems={problems} field="path" />
      <select
        id="assign-path"
        value={draft.pathId}
        onChange={(event) => change({ type: 'choose-path', pathId: event.target.value })}
        aria-describedby={describedBy(problems, 'path', 'assign-path-hint')}
      >
        {catalogue.paths.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.title}
          </option>
        ))}
      </select>
      {path && (
        <p className="pmo-hint" id="assign-path-hint">
          {path.description} Usually finished within {countOf(path.suggestedDays, 'day')}.
        </p>
      )}
    </div>
  );
}
