import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { allowedStatement, SESSION_ID_EXTENSION } from '../../../../src/lms/cmi5/allowed';
import { buildStatement } from '../../../../src/record/xapi/statements';

const base = 'https://sideline.example/activities/';
const sideline = buildStatement(
  {
    verb: 'experienced',
    activity: { kind: 'lesson', id: 'what-you-own', title: 'What you own' },
    context: {
      revision: 'r1',
      parent: { kind: 'module', id: 'accountable', title: 'Accountable' },
      course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' },
    },
  },
  { activityBase: base, learner: { id: 'local-learner' } },
);
const publisher = { id: 'https://lms.example/au/publisher', objectType: 'Activity' as const };
const launch = {
  actor: {
    objectType: 'Agent' as const,
    account: { homePage: 'https://lms.example', name: 'ada' },
  },
  registration: '2b3c4d5e-0000-4000-8000-000000000001',
  contextTemplate: {
    contextActivities: { grouping: [publisher] },
    extensions: {
      [SESSION_ID_EXTENSION]: 'session-1',
      [`${base}ext/revision`]: 'the LMS says so',
    },
  },
};

describe("Sideline's statements as cmi5 allowed statements", () => {
  const allowed = allowedStatement(sideline, launch);

  it('are told by the learner the LMS named, in its registration and session', () => {
    expect(allowed.actor).toEqual(launch.actor);
    expect(allowed.context?.registration).toBe(launch.registration);
    expect(allowed.context?.extensions?.[SESSION_ID_EXTENSION]).toBe('session-1');
    expect(allowed.id).toBe(sideline.id);
  });

  it("keep the template's values and add Sideline's beside them, with no cmi5 category", () => {
    expect(allowed.context?.extensions?.[`${base}ext/revision`]).toBe('the LMS says so');
    expect(allowed.context?.extensions?.[`${base}ext/course-id`]).toBe('sponsor-induction');
    const grouping = allowed.context?.contextActivities?.grouping as { id: string }[];
    expect(grouping.map((activity) => activity.id)).toEqual([
      publisher.id,
      `${base}course/sponsor-induction`,
    ]);
    expect(allowed.context?.contextActivities?.category).toBeUndefined();
  });

  it('are valid xAPI 1.0.3 statements', () => {
    expect(() => validateStatement(allowed)).not.toThrow();
  });
});
