/** Who is assigning it, their team and a short message: what the learner reads beside the title. */
import { LINK_LIMITS } from '../../assignments/model';
import FieldError from './FieldError';
import { describedBy, type DraftPartProps } from './form';

export default function SenderFields({ draft, change, problems }: DraftPartProps) {
  return (
    <>
      <div className="pmo-field">
        <label htmlFor="assign-by">Your name</label>
        <FieldError problems={problems} field="assigned-by" />
        <input
          id="assign-by"
          type="text"
          autoComplete="name"
          value={draft.by}
          onChange={(event) => change({ type: 'type', field: 'by', value: event.target.value })}
          aria-describedby={describedBy(problems, 'assigned-by')}
        />
      </div>
      <div className="pmo-field">
        <label htmlFor="assign-team">Team (optional)</label>
        <FieldError problems={problems} field="team" />
        <input
          id="assign-team"
          type="text"
          autoComplete="organization"
          value={draft.team}
          onChange={(event) => change({ type: 'type', field: 'team', value: event.target.value })}
          aria-describedby={describedBy(problems, 'team')}
        />
      </div>
      <div className="pmo-field">
        <label htmlFor="assign-message">Message (optional)</label>
        <p className="pmo-hint" id="assign-message-hint">
          A line or two on why this matters. {LINK_LIMITS.message - draft.message.trim().length}{' '}
          characters left.
        </p>
        <FieldError problems={problems} field="message" />
        <textarea
          id="assign-message"
          rows={3}
          value={draft.message}
          onChange={(event) =>
            change({ type: 'type', field: 'message', value: event.target.value })
          }
          aria-describedby={describedBy(problems, 'message', 'assign-message-hint')}
        />
      </div>
    </>
  );
}
