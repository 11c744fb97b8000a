/**
 * The PMO's assignment builder: pick a path or choose steps, set a due date (a date, or within N days
 * of opening), say who is assigning and add a short message; get a link, a QR code and a "Copy link"
 * button. Nothing is sent anywhere: the assignment is inside the link. Errors follow the GOV.UK error
 * summary pattern: listed at the top, each linked to its field, and said again at the field.
 *
 * The form's rules live in src/paths/assignments/draft.ts; this component and its parts in assign/ only
 * bind them to the page.
 */
import { useEffect, useMemo, useReducer, useState, type SubmitEvent } from 'react';
import { assignmentUrl } from '../assignments/link';
import {
  localDate,
  newAssignmentId,
  type Assignment,
  type AssignmentDraftProblem,
} from '../assignments/model';
import {
  changeDraft,
  checkDraft,
  draftToAssignment,
  newDraft,
  pickedRefs,
  requestedPathId,
  suggestedDays,
} from '../assignments/draft';
import type { PathCatalogue } from '../steps';
import AssignmentLink from './assign/AssignmentLink';
import DueChoice from './assign/DueChoice';
import ErrorSummary from './assign/ErrorSummary';
import PathChoice from './assign/PathChoice';
import SenderFields from './assign/SenderFields';
import StepsChoice from './assign/StepsChoice';
import WhatToAssign from './assign/WhatToAssign';

export interface AssignmentBuilderProps {
  catalogue: PathCatalogue;
}

interface Made {
  url: string;
  assignment: Assignment;
}

export default function AssignmentBuilder({ catalogue }: AssignmentBuilderProps) {
  const [draft, change] = useReducer(changeDraft, catalogue, newDraft);
  const [problems, setProblems] = useState<AssignmentDraftProblem[]>([]);
  const [made, setMade] = useState<Made | null>(null);

  // Read after hydration: the server-rendered form cannot know the address's ?path=.
  useEffect(() => {
    const requested = requestedPathId(window.location.search, catalogue);
    if (requested) change({ type: 'choose-path', pathId: requested });
  }, [catalogue]);

  const refs = useMemo(
    () => pickedRefs(catalogue.courses, draft.picked),
    [catalogue, draft.picked],
  );

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const today = localDate(new Date());
    const found = checkDraft(draft, catalogue, today);
    setProblems(found);
    if (found.length) {
      setMade(null);
      return;
    }
    const assignment = draftToAssignment(draft, catalogue, newAssignmentId(), today);
    setMade({ assignment, url: assignmentUrl(window.location.origin, assignment) });
  }

  const parts = { draft, change, problems };
  return (
    <form className="pmo-form" noValidate onSubmit={submit}>
      <ErrorSummary problems={problems} />
      <WhatToAssign draft={draft} change={change} />
      {draft.what === 'path' ? (
        <PathChoice {...parts} catalogue={catalogue} />
      ) : (
        <StepsChoice {...parts} catalogue={catalogue} refs={refs} />
      )}
      <DueChoice {...parts} suggestedDays={suggestedDays(draft, catalogue)} />
      <SenderFields {...parts} />

      <p>
        <button type="submit" className="button">
          Create link
        </button>
      </p>

      {/* Keyed by the link, so a new link starts with no "copied" message. */}
      {made && <AssignmentLink key={made.url} url={made.url} assignment={made.assignment} />}
    </form>
  );
}
