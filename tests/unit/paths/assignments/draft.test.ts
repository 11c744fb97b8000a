/**
 * The assignment builder's rules, without a browser: what the form's changes do to the draft, which
 * picks become which refs, every problem the PMO can be shown, and the assignment a good draft makes.
 */
import { describe, expect, it } from 'vitest';
import {
  changeDraft,
  checkDraft,
  draftToAssignment,
  newDraft,
  pickedRefs,
  pickKey,
  requestedPathId,
  suggestedDays,
  type AssignmentDraft,
  type DraftChange,
} from '../../../../src/paths/assignments/draft';
import { LINK_LIMITS } from '../../../../src/paths/assignments/model';
import type { PathCatalogue } from '../../../../src/paths/steps';
import { sponsorCourse } from '../../../fixtures/records/catalogue';
import { catalogue, TODAY } from '../sponsor-catalogue';

const [accountability, tolerances] = sponsorCourse.modules;

function draftAfter(...changes: DraftChange[]): AssignmentDraft {
  return changes.reduce(changeDraft, newDraft(catalogue));
}

const named: DraftChange = { type: 'type', field: 'by', value: '  Priya Shah ' };

describe('the draft', () => {
  it('starts on the first path, due within its usual days, with nothing typed', () => {
    expect(newDraft(catalogue)).toEqual({
      what: 'path',
      pathId: 'new-sponsor',
      picked: new Set(),
      title: '',
      dueKind: 'within',
      days: '',
      date: '',
      by: '',
      team: '',
      message: '',
    });
    expect(newDraft({ courses: [], paths: [] }).pathId).toBe('');
    expect(suggestedDays(newDraft(catalogue), catalogue)).toBe(14);
    expect(suggestedDays(newDraft({ courses: [], paths: [] }), catalogue)).toBe(30);
  });

  it('ticks and unticks a pick without changing the draft it came from', () => {
    const before = newDraft(catalogue);
    const ticked = changeDraft(before, { type: 'toggle-pick', key: 'm:x' });
    expect([...ticked.picked]).toEqual(['m:x']);
    expect(before.picked.size).toBe(0);
    expect(changeDraft(ticked, { type: 'toggle-pick', key: 'm:x' }).picked.size).toBe(0);
    // Typing elsewhere keeps the same picks, so the list of refs need not be worked out again.
    expect(changeDraft(ticked, named).picked).toBe(ticked.picked);
  });

  it('takes the path the address asks for only if the site has it', () => {
    expect(requestedPathId('?path=new-sponsor', catalogue)).toBe('new-sponsor');
    expect(requestedPathId('?path=unknown', catalogue)).toBeNull();
    expect(requestedPathId('', catalogue)).toBeNull();
  });
});

describe('picked refs', () => {
  it('keeps course order and leaves out the parts of a picked module or course', () => {
    const step = tolerances!.steps[0]!;
    const inPickedModule = accountability!.steps[1]!;
    const picked = new Set([
      pickKey.step(step.id),
      pickKey.module(accountability!.id),
      pickKey.step(inPickedModule.id),
    ]);
    expect(pickedRefs(catalogue.courses, picked)).toEqual([
      { kind: 'module', id: accountability!.id, optional: false },
      { kind: 'step', id: step.id, optional: false },
    ]);
    picked.add(pickKey.course(sponsorCourse.id));
    expect(pickedRefs(catalogue.courses, picked)).toEqual([
      { kind: 'course', id: sponsorCourse.id, optional: false },
    ]);
  });
});

describe('checking the draft', () => {
  it('asks for a name first of all, and nothing else for a path with its usual days', () => {
    expect(checkDraft(newDraft(catalogue), catalogue, TODAY)).toEqual([
      { field: 'assigned-by', message: 'Enter your name, so the learner knows who assigned it' },
    ]);
    expect(checkDraft(draftAfter(named), catalogue, TODAY)).toEqual([]);
  });

  it('asks for a path the site has', () => {
    const draft = draftAfter(named, { type: 'choose-path', pathId: 'gone' });
    expect(checkDraft(draft, catalogue, TODAY)).toEqual([
      { field: 'path', message: 'Choose a learning path' },
    ]);
  });

  it('asks for a title and at least one pick, and no more picks than a link holds', () => {
    const steps = draftAfter(named, { type: 'choose-what', what: 'steps' });
    expect(checkDraft(steps, catalogue, TODAY)).toEqual([
      { field: 'title', message: 'Enter a title for what you are assigning' },
      { field: 'steps', message: 'Choose at least one course, module or step' },
    ]);
    const many = manySteps(LINK_LIMITS.refs + 1);
    const tooMany = [...many.courses[0]!.modules[0]!.steps].reduce(
      (draft, step) => changeDraft(draft, { type: 'toggle-pick', key: pickKey.step(step.id) }),
      changeDraft(steps, { type: 'type', field: 'title', value: 'Board <b>prep</b>' }),
    );
    expect(checkDraft(tooMany, many, TODAY)).toEqual([
      { field: 'title', message: 'The title must not contain text in angle brackets, like <b>' },
      {
        field: 'steps',
        message: 'Choose 100 items or fewer: pick whole modules or courses instead',
      },
    ]);
  });

  it('checks the number of days, using the usual days when it is left empty', () => {
    for (const days of ['0', '1.5', 'ten', '366']) {
      const draft = draftAfter(named, { type: 'type', field: 'days', value: days });
      expect(checkDraft(draft, catalogue, TODAY)).toEqual([
        { field: 'due-days', message: 'Enter a whole number of days from 1 to 365' },
      ]);
    }
    // Only a chosen due rule is checked.
    const none = draftAfter(
      named,
      { type: 'type', field: 'days', value: 'ten' },
      { type: 'choose-due', dueKind: 'none' },
    );
    expect(checkDraft(none, catalogue, TODAY)).toEqual([]);
  });

  it('asks for a due date of today or later', () => {
    const onDate = (date: string) =>
      draftAfter(
        named,
        { type: 'choose-due', dueKind: 'date' },
        { type: 'type', field: 'date', value: date },
      );
    expect(checkDraft(onDate(''), catalogue, TODAY)).toEqual([
      { field: 'due-date', message: 'Enter the due date' },
    ]);
    expect(checkDraft(onDate('2026-11-24'), catalogue, TODAY)).toEqual([
      { field: 'due-date', message: 'The due date must be today or in the future' },
    ]);
    expect(checkDraft(onDate(TODAY), catalogue, TODAY)).toEqual([]);
    for (const unreal of ['2027-02-30', '9999-12-31']) {
      expect(checkDraft(onDate(unreal), catalogue, TODAY)).toEqual([
        { field: 'due-date', message: 'Enter a real date, no later than 31 December 2100' },
      ]);
    }
  });

  it('checks the lengths and characters of the name, team and message', () => {
    const draft = draftAfter(
      { type: 'type', field: 'by', value: 'x'.repeat(LINK_LIMITS.name + 1) },
      { type: 'type', field: 'team', value: 'PMO\u0007' },
      { type: 'type', field: 'message', value: 'Line one\nline two' },
    );
    expect(checkDraft(draft, catalogue, TODAY)).toEqual([
      { field: 'assigned-by', message: 'Your name must be 80 characters or fewer' },
      { field: 'team', message: 'The team must not contain special control characters' },
    ]);
  });
});

describe('the assignment a draft makes', () => {
  it('assigns the whole path, due within its usual days, with empty fields left out', () => {
    expect(draftToAssignment(draftAfter(named), catalogue, 'AbCdEfGhIjKl', TODAY)).toEqual({
      id: 'AbCdEfGhIjKl',
      title: 'New sponsor',
      pathId: 'new-sponsor',
      refs: [{ kind: 'course', id: sponsorCourse.id, optional: false }],
      assignedBy: 'Priya Shah',
      due: { kind: 'within', days: 14 },
      assignedOn: TODAY,
    });
  });

  it('assigns picked steps under the PMO’s title, with trimmed team and message', () => {
    const step = tolerances!.steps[0]!;
    const draft = draftAfter(
      named,
      { type: 'choose-what', what: 'steps' },
      { type: 'type', field: 'title', value: ' Before your first board ' },
      { type: 'toggle-pick', key: pickKey.step(step.id) },
      { type: 'type', field: 'team', value: ' Corporate PMO ' },
      { type: 'type', field: 'message', value: ' Thank you! ' },
      { type: 'choose-due', dueKind: 'date' },
      { type: 'type', field: 'date', value: '2026-12-31' },
    );
    expect(draftToAssignment(draft, catalogue, 'ZyXwVuTsRqPo', TODAY)).toEqual({
      id: 'ZyXwVuTsRqPo',
      title: 'Before your first board',
      refs: [{ kind: 'step', id: step.id, optional: false }],
      assignedBy: 'Priya Shah',
      team: 'Corporate PMO',
      message: 'Thank you!',
      due: { kind: 'date', date: '2026-12-31' },
      assignedOn: TODAY,
    });
    const typedDays = changeDraft(changeDraft(draft, { type: 'choose-due', dueKind: 'within' }), {
      type: 'type',
      field: 'days',
      value: '7',
    });
    expect(draftToAssignment(typedDays, catalogue, 'x', TODAY).due).toEqual({
      kind: 'within',
      days: 7,
    });
    const noDue = changeDraft(draft, { type: 'choose-due', dueKind: 'none' });
    expect(draftToAssignment(noDue, catalogue, 'x', TODAY).due).toEqual({ kind: 'none' });
  });
});

/** A course with one module of `count` lessons, to pass the limit on picks. */
function manySteps(count: number): PathCatalogue {
  const steps = Array.from({ length: count }, (_, index) => ({
    kind: 'lesson' as const,
    id: `lesson-${index}`,
    title: `Lesson ${index}`,
    href: `/courses/many/lesson-${index}/`,
  }));
  return {
    courses: [
      {
        id: 'many',
        title: 'Many',
        href: '/courses/many/',
        modules: [{ id: 'all', title: 'All', steps }],
      },
    ],
    paths: [],
  };
}
