/**
 * When the assignment is due: within a number of days of the learner adding it (empty means the path's
 * usual time), on a date, or never. Each choice shows its own field only while it is chosen.
 */
import { localDate, type Due } from '../../assignments/model';
import FieldError from './FieldError';
import { describedBy, type DraftPartProps } from './form';
import { countOf } from '../../../site/counts';

export default function DueChoice({
  draft,
  change,
  problems,
  suggestedDays,
}: DraftPartProps & { suggestedDays: number }) {
  const choose = (dueKind: Due['kind']) => change({ type: 'choose-due', dueKind });
  return (
    <fieldset className="pmo-fieldset">
      <legend>When is it due?</legend>
      <div className="pmo-radios">
        <label>
          <input
            type="radio"
            name="due"
            value="within"
            checked={draft.dueKind === 'within'}
            onChange={() => choose('within')}
          />{' '}
          Within a number of days of the learner adding it
        </label>
        {draft.dueKind === 'within' && (
          <div className="pmo-conditional">
            <label htmlFor="assign-due-days">Number of days</label>
            <p className="pmo-hint" id="assign-due-days-hint">
              Leave empty for {countOf(suggestedDays, 'day')}.
            </p>
            <FieldError problems={problems} field="due-days" />
            <input
              id="assign-due-days"
              className="pmo-input--short"
              type="text"
              inputMode="numeric"
              value={draft.days}
              placeholder={String(suggestedDays)}
              onChange={(event) =>
                change({ type: 'type', field: 'days', value: event.target.value })
              }
              aria-describedby={describedBy(problems, 'due-days', 'assign-due-days-hint')}
            />
          </div>
        )}
        <label>
          <input
            type="radio"
            name="due"
            value="date"
            checked={draft.dueKind === 'date'}
            onChange={() => choose('date')}
          />{' '}
          On a date
        </label>
        {draft.dueKind === 'date' && (
          <div className="pmo-conditional">
            <label htmlFor="assign-due-date">Due date</label>
            <FieldError problems={problems} field="due-date" />
            <input
              id="assign-due-date"
              type="date"
              value={draft.date}
              min={localDate(new Date())}
              onChange={(event) =>
                change({ type: 'type', field: 'date', value: event.target.value })
              }
              aria-describedby={describedBy(problems, 'due-date')}
            />
          </div>
        )}
        <label>
          <input
            type="radio"
            name="due"
            value="none"
            checked={draft.dueKind === 'none'}
            onChange={() => choose('none')}
          />{' '}
          No due date
        </label>
      </div>
    </fieldset>
  );
}
