import { describe, expect, test } from 'vitest';
import type { StatementDraft } from '../../../../src/record/api';
import { statementSchema } from '../../../../src/record/xapi/schema';
import {
  activityKindOf,
  buildStatement,
  contentIdOf,
  courseIdOf,
  parentIdOf,
  revisionOf,
} from '../../../../src/record/xapi/statements';

const context = {
  activityBase: 'https://learn.example.org/xapi',
  learner: { id: 'learner-123', name: 'Sam' },
  now: () => new Date('2026-11-25T10:00:00.000Z'),
  newId: () => '6f1c2a9e-8a44-4c1e-9f7b-3d2a1b0c9e8f',
};

const lessonDone: StatementDraft = {
  verb: 'completed',
  activity: { kind: 'lesson', id: 'what-you-own', title: 'What you own as a sponsor' },
  context: {
    revision: 'abc123',
    parent: { kind: 'module', id: 'sponsor-accountability', title: 'What you are accountable for' },
    course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' },
  },
};

describe('buildStatement', () => {
  test('builds a full xAPI 1.0.3 statement from a draft', () => {
    expect(buildStatement(lessonDone, context)).toEqual({
      id: '6f1c2a9e-8a44-4c1e-9f7b-3d2a1b0c9e8f',
      actor: {
        objectType: 'Agent',
        account: { homePage: 'https://learn.example.org/xapi/', name: 'learner-123' },
        name: 'Sam',
      },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed' } },
      object: {
        objectType: 'Activity',
        id: 'https://learn.example.org/xapi/lesson/what-you-own',
        definition: {
          name: { 'en-GB': 'What you own as a sponsor' },
          type: 'http://adlnet.gov/expapi/activities/lesson',
          extensions: {
            'https://learn.example.org/xapi/ext/content-id': 'what-you-own',
            'https://learn.example.org/xapi/ext/activity-kind': 'lesson',
          },
        },
      },
      context: {
        contextActivities: {
          parent: [
            {
              objectType: 'Activity',
              id: 'https://learn.example.org/xapi/module/sponsor-accountability',
              definition: { type: 'http://adlnet.gov/expapi/activities/module' },
            },
          ],
          grouping: [
            {
              objectType: 'Activity',
              id: 'https://learn.example.org/xapi/course/sponsor-induction',
              definition: { type: 'http://adlnet.gov/expapi/activities/course' },
            },
          ],
        },
        extensions: {
          'https://learn.example.org/xapi/ext/revision': 'abc123',
          'https://learn.example.org/xapi/ext/course-id': 'sponsor-induction',
          'https://learn.example.org/xapi/ext/parent-id': 'sponsor-accountability',
        },
      },
      timestamp: '2026-11-25T10:00:00.000Z',
      version: '1.0.3',
    });
  });

  test('the statement it builds passes the schema the record checks writes against', () => {
    expect(statementSchema.safeParse(buildStatement(lessonDone, context)).success).toBe(true);
  });

  test.each([
    ['quiz', 'http://adlnet.gov/expapi/activities/assessment'],
    ['question', 'http://adlnet.gov/expapi/activities/cmi.interaction'],
    ['decision', 'http://adlnet.gov/expapi/activities/cmi.interaction'],
    ['scenario', 'http://adlnet.gov/expapi/activities/simulation'],
    ['video', 'http://adlnet.gov/expapi/activities/media'],
    ['path', 'http://adlnet.gov/expapi/activities/objective'],
  ] as const)('a %s is typed %s', (kind, type) => {
    const statement = buildStatement(
      { verb: 'completed', activity: { kind, id: 'x', title: 'X' } },
      context,
    );
    expect(statement.object.definition?.type).toBe(type);
  });

  test('a question id keeps its quiz/question slash in the IRI, and its content id as given', () => {
    const statement = buildStatement(
      {
        verb: 'answered',
        activity: {
          kind: 'question',
          id: 'sponsor-quiz/who-owns-business-case',
          title: 'Who owns it?',
        },
        result: { response: 'sro', success: true },
        context: { parent: { kind: 'quiz', id: 'sponsor-quiz', title: 'Quiz' } },
      },
      context,
    );
    expect(statement.object.id).toBe(
      'https://learn.example.org/xapi/question/sponsor-quiz/who-owns-business-case',
    );
    expect(contentIdOf(statement)).toBe('sponsor-quiz/who-owns-business-case');
    expect(parentIdOf(statement)).toBe('sponsor-quiz');
    expect(courseIdOf(statement)).toBeUndefined();
  });

  test('ids are read back without knowing the activity base', () => {
    const statement = buildStatement(lessonDone, context);
    expect([
      contentIdOf(statement),
      activityKindOf(statement),
      courseIdOf(statement),
      parentIdOf(statement),
      revisionOf(statement),
    ]).toEqual(['what-you-own', 'lesson', 'sponsor-induction', 'sponsor-accountability', 'abc123']);
  });

  test('short extension names from islands go under the site extension base; IRIs stay as given', () => {
    const statement = buildStatement(
      {
        verb: 'completed',
        activity: { kind: 'scenario', id: 'helpful-rescue', title: 'The helpful rescue' },
        result: { response: 'coach-of-the-season', extensions: { ending: 'Coach of the season' } },
        context: {
          extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' },
        },
      },
      context,
    );
    expect(statement.result?.extensions).toEqual({
      'https://learn.example.org/xapi/ext/ending': 'Coach of the season',
    });
    expect(statement.context.extensions).toEqual({
      'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1',
    });
  });

  test('a learner with no display name has no actor name', () => {
    const statement = buildStatement(lessonDone, { ...context, learner: { id: 'learner-123' } });
    expect(statement.actor).not.toHaveProperty('name');
  });
});

describe('statementSchema refuses what Sideline never writes', () => {
  const good = buildStatement(lessonDone, context);
  const withName = (name: string) => ({
    ...good,
    object: { ...good.object, definition: { ...good.object.definition, name: { 'en-GB': name } } },
  });
  const messages = (value: unknown) => {
    const result = statementSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  test('markup in an activity name', () => {
    expect(messages(withName('<script>alert(1)</script>'))).toEqual([
      'contains markup, such as a <script> tag',
    ]);
  });

  test('a less-than sign that is not markup is fine', () => {
    expect(messages(withName('Costs < budget'))).toEqual([]);
  });

  test('control characters and over-long strings', () => {
    expect(messages(withName('Bad\u0007name'))).toEqual(['contains a control character']);
    expect(messages(withName('x'.repeat(301)))).toEqual(['is longer than 300 characters']);
  });

  test('a learner display name may hold markup: it is data, always rendered as text', () => {
    expect(messages({ ...good, actor: { ...good.actor, name: '<b>Sam</b>' } })).toEqual([]);
  });

  test('unknown fields', () => {
    expect(statementSchema.safeParse({ ...good, stored: 'x' }).success).toBe(false);
  });
});
