/**
 * What the PMO has filled in on the assignment builder, before it becomes a link: the form's state, the
 * changes the form makes to it, the checks that run when the PMO asks for a link, and the assignment it
 * makes. Plain TypeScript, so every rule is tested without a browser; the builder only binds it to the
 * page (src/paths/components/AssignmentBuilder.tsx).
 */
import { isDueDay } from '../../site/dates';
import { LINK_LIMITS, checkAssignmentText } from './model';
import type { Assignment, AssignmentDraftProblem, Due } from './model';
import type { CourseOutline } from '../../record/projections';
import type { PathCatalogue, PathRef, PathSummary } from '../steps';

export interface AssignmentDraft {
  /** A learning path from content/paths/, or courses, modules and steps the PMO picks. */
  what: 'path' | 'steps';
  pathId: string;
  /** Pick keys (see `pickKey`) of the courses, modules and steps ticked. */
  picked: ReadonlySet<string>;
  title: string;
  dueKind: Due['kind'];
  /** As typed: empty means the path's suggested number of days. */
  days: string;
  /** YYYY-MM-DD, as the date field gives it. */
  date: string;
  by: string;
  team: string;
  message: string;
}

/** The draft's free-text fields, each changed the same way. */
export type DraftText = 'title' | 'days' | 'date' | 'by' | 'team' | 'message';

export type DraftChange =
  | { type: 'choose-what'; what: AssignmentDraft['what'] }
  | { type: 'choose-path'; pathId: string }
  | { type: 'toggle-pick'; key: string }
  | { type: 'choose-due'; dueKind: Due['kind'] }
  | { type: 'type'; field: DraftText; value: string };

/** Used when a path has no suggestion, and for steps the PMO picks. */
export const DEFAULT_DAYS = 30;

/** Ticked items are keyed by kind as well as id, so a module and a step may share an id. */
export const pickKey = {
  course: (id: string) => `c:${id}`,
  module: (id: string) => `m:${id}`,
  step: (id: string) => `s:${id}`,
};

export function newDraft(catalogue: PathCatalogue): AssignmentDraft {
  return {
    what: 'path',
    pathId: catalogue.paths[0]?.id ?? '',
    picked: new Set(),
    title: '',
    dueKind: 'within',
    days: '',
    date: '',
    by: '',
    team: '',
    message: '',
  };
}

export function changeDraft(draft: AssignmentDraft, change: DraftChange): AssignmentDraft {
  switch (change.type) {
    case 'choose-what':
      return { ...draft, what: change.what };
    case 'choose-path':
      return { ...draft, pathId: change.pathId };
    case 'choose-due':
      return { ...draft, dueKind: change.dueKind };
    case 'type':
      return { ...draft, [change.field]: change.value };
    case 'toggle-pick': {
      const picked = new Set(draft.picked);
      if (picked.has(change.key)) picked.delete(change.key);
      else picked.add(change.key);
      return { ...draft, picked };
    }
  }
}

/** The path the page's address asks for (`?path=…`), if the site has it. */
export function requestedPathId(search: string, catalogue: PathCatalogue): string | null {
  const requested = new URLSearchParams(search).get('path');
  return requested && catalogue.paths.some((path) => path.id === requested) ? requested : null;
}

export function chosenPath(draft: AssignmentDraft, catalogue: PathCatalogue): PathSummary | null {
  return catalogue.paths.find((candidate) => candidate.id === draft.pathId) ?? null;
}

export function suggestedDays(draft: AssignmentDraft, catalogue: PathCatalogue): number {
  return chosenPath(draft, catalogue)?.suggestedDays ?? DEFAULT_DAYS;
}

/** Picked refs in course order; parts of a picked course or module are left out (it covers them). */
export function pickedRefs(
  courses: readonly CourseOutline[],
  picked: ReadonlySet<string>,
): PathRef[] {
  const out: PathRef[] = [];
  for (const course of courses) {
    if (picked.has(pickKey.course(course.id))) {
      out.push({ kind: 'course', id: course.id, optional: false });
      continue;
    }
    for (const module of course.modules) {
      if (picked.has(pickKey.module(module.id))) {
        out.push({ kind: 'module', id: module.id, optional: false });
        continue;
      }
      for (const step of module.steps)
        if (picked.has(pickKey.step(step.id)))
          out.push({ kind: 'step', id: step.id, optional: false });
    }
  }
  return out;
}

/** Every problem with the draft, in the order of the form; `today` is YYYY-MM-DD. */
export function checkDraft(
  draft: AssignmentDraft,
  catalogue: PathCatalogue,
  today: string,
): AssignmentDraftProblem[] {
  const { what, title, dueKind, days, date, by, team, message } = draft;
  const found: AssignmentDraftProblem[] = [];
  const add = (problem: AssignmentDraftProblem | null) => problem && found.push(problem);
  if (what === 'path' && !chosenPath(draft, catalogue))
    found.push({ field: 'path', message: 'Choose a learning path' });
  if (what === 'steps') {
    const refs = pickedRefs(catalogue.courses, draft.picked);
    if (!title.trim())
      found.push({ field: 'title', message: 'Enter a title for what you are assigning' });
    else add(checkAssignmentText('title', 'The title', title.trim(), LINK_LIMITS.title));
    if (!refs.length)
      found.push({ field: 'steps', message: 'Choose at least one course, module or step' });
    else if (refs.length > LINK_LIMITS.refs) {
      found.push({
        field: 'steps',
        message: `Choose ${LINK_LIMITS.refs} items or fewer: pick whole modules or courses instead`,
      });
    }
  }
  if (dueKind === 'within') {
    const n = Number(days || suggestedDays(draft, catalogue));
    if (!Number.isInteger(n) || n < 1 || n > LINK_LIMITS.days) {
      found.push({
        field: 'due-days',
        message: `Enter a whole number of days from 1 to ${LINK_LIMITS.days}`,
      });
    }
  }
  if (dueKind === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      found.push({ field: 'due-date', message: 'Enter the due date' });
    // The link would be refused when opened (link.ts): say so here, where it can be corrected.
    else if (!isDueDay(date))
      found.push({
        field: 'due-date',
        message: 'Enter a real date, no later than 31 December 2100',
      });
    else if (date < today)
      found.push({ field: 'due-date', message: 'The due date must be today or in the future' });
  }
  if (!by.trim())
    found.push({
      field: 'assigned-by',
      message: 'Enter your name, so the learner knows who assigned it',
    });
  else add(checkAssignmentText('assigned-by', 'Your name', by.trim(), LINK_LIMITS.name));
  add(checkAssignmentText('team', 'The team', team.trim(), LINK_LIMITS.team));
  add(checkAssignmentText('message', 'The message', message.trim(), LINK_LIMITS.message, true));
  return found;
}

/** The assignment a checked draft makes; `id` is fresh (newAssignmentId), `today` is YYYY-MM-DD. */
export function draftToAssignment(
  draft: AssignmentDraft,
  catalogue: PathCatalogue,
  id: string,
  today: string,
): Assignment {
  const path = draft.what === 'path' ? chosenPath(draft, catalogue) : null;
  const due: Due =
    draft.dueKind === 'none'
      ? { kind: 'none' }
      : draft.dueKind === 'date'
        ? { kind: 'date', date: draft.date }
        : { kind: 'within', days: Number(draft.days || suggestedDays(draft, catalogue)) };
  const team = draft.team.trim();
  const message = draft.message.trim();
  return {
    id,
    title: path ? path.title : draft.title.trim(),
    ...(path ? { pathId: path.id } : {}),
    refs: path ? [...path.refs] : pickedRefs(catalogue.courses, draft.picked),
    assignedBy: draft.by.trim(),
    ...(team ? { team } : {}),
    ...(message ? { message } : {}),
    due,
    assignedOn: today,
  };
}
