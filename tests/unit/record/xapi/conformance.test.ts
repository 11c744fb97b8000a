/**
 * Every kind of statement the site writes is an xAPI 1.0.3 statement as others read it, checked two
 * ways: at compile time against the `@xapi/xapi` package's types (`astro check` type-checks this
 * file: an assignment below that stops compiling is a statement an xAPI client would not accept), and
 * at run time with Learning Locker's validator (`@learninglocker/xapi-validation`), which also checks
 * interaction definitions: components only where the interaction type has them, and a pattern only
 * with an interaction type.
 */
import type { InteractionActivityDefinition, Statement as XapiStatement } from '@xapi/xapi';
import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, test } from 'vitest';
import type { Interaction, StatementDraft } from '../../../../src/record/api';
import { statementSchema, type Statement } from '../../../../src/record/xapi/schema';
import { buildStatement, interactionDefinition } from '../../../../src/record/xapi/statements';
import {
  answeredStatement,
  questionInteraction,
  resultStatements,
} from '../../../../src/quiz/statements';
import { choiceStatement, endingStatement } from '../../../../src/scenario/statements';
import { videoStatement } from '../../../../src/video/statements';
import { assessmentStatement, attemptStatement } from '../../../../src/practice/statements';
import { assignmentStatement } from '../../../../src/paths/assignments/record';
import { fixtureQuiz } from '../../../fixtures/quizzes/walk';
import { fixture } from '../../../fixtures/scenarios/load';
import { assignment } from '../../../fixtures/reports/cohort';

const quiz = fixtureQuiz();
const scenario = fixture('sound');
const course = { courseId: 'sponsor-induction', courseTitle: 'Sponsor induction', revision: 'r1' };
const node = scenario.nodes[0]!;

/** One draft of every kind the site writes, by the builders the islands use. */
const drafts: [what: string, draft: StatementDraft][] = [
  [
    'a lesson read to the end',
    {
      verb: 'experienced',
      activity: { kind: 'lesson', id: 'what-you-own', title: 'What you own' },
      context: {
        revision: 'r1',
        parent: { kind: 'module', id: 'accountable', title: '' },
        course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' },
      },
    },
  ],
  ...quiz.questions.map((question): [string, StatementDraft] => [
    `a ${question.type} question answered`,
    answeredStatement({ quiz, ...course }, { question, response: 'x', correct: false, attempt: 1 }),
  ]),
  ...resultStatements(
    { quiz, ...course },
    {
      score: { correct: 4, total: 5, scaled: 0.8, percent: 80, passed: true },
      passed: true,
      attempt: 1,
    },
  ).map((draft): [string, StatementDraft] => [`a quiz ${draft.verb}`, draft]),
  [
    'a scenario decision',
    choiceStatement(
      { scenario, ...course },
      {
        node: { id: node.id, title: node.title },
        choice: node.choices[0]!,
        variables: { acc: 4, risk: 6 },
      },
    ),
  ],
  [
    'a scenario finished',
    endingStatement(
      { scenario, ...course },
      {
        ending: { id: 'end', title: 'The end' },
        variables: { acc: 4 },
        path: [{ nodeId: node.id, choiceId: node.choices[0]!.id, changes: [] }],
      },
    ),
  ],
  [
    'a practice answer submitted',
    attemptStatement(
      { task: { id: 'agree-time', title: 'Practice: agree your time' }, ...course },
      { answer: 'One day a week.', attempt: 1 },
    ),
  ],
  [
    'a practice answer assessed against its rubric, the text shared',
    assessmentStatement(
      { task: { id: 'agree-time', title: 'Practice: agree your time' }, ...course },
      {
        answer: 'One day a week.\nThursdays.',
        rubric: { a: true, b: false },
        share: true,
        attempt: 1,
      },
    ),
  ],
  ...(['progressed', 'completed'] as const).map((verb): [string, StatementDraft] => [
    `a video ${verb}`,
    videoStatement(
      { video: { id: 'why-video', title: 'Why sponsors matter' }, ...course },
      { verb, progress: verb === 'completed' ? 90 : 50 },
      42,
    ),
  ]),
  ['an assignment added', assignmentStatement(assignment, new Date('2026-12-01T09:00:00Z'))],
];

function built(draft: StatementDraft): Statement {
  return buildStatement(draft, {
    activityBase: 'https://sideline.example/activities/',
    learner: { id: 'learner-1', name: 'Sam' },
  });
}

describe('every statement the site writes', () => {
  test.each(drafts)('%s is an xAPI statement', (_what, draft) => {
    const statement = built(draft);
    // Compile-time: our statement type fits @xapi/xapi's Statement.
    const asXapi: XapiStatement = statement;
    expect(statementSchema.safeParse(statement).success).toBe(true);
    // Run time: Learning Locker's validator finds nothing wrong.
    expect(validateStatement(JSON.parse(JSON.stringify(asXapi)))).toEqual([]);
  });
});

/** @xapi/xapi's interaction definitions without `type`, which buildStatement adds from the kind. */
type InteractionFields<T> = T extends unknown ? Omit<T, 'type'> : never;

describe('every interaction the site writes', () => {
  const interactions: Interaction[] = [
    ...quiz.questions.map(questionInteraction),
    { type: 'choice', choices: node.choices.map((c) => ({ id: c.id, description: c.text })) },
  ];

  test.each(interactions.map((interaction) => [interaction.type, interaction] as const))(
    '%s fits @xapi/xapi’s interaction typings',
    (_type, interaction) => {
      const fields: InteractionFields<InteractionActivityDefinition> =
        interactionDefinition(interaction);
      expect(fields.interactionType).toBe(interaction.type);
    },
  );

  test('questions and decisions say their interaction type in the statement', () => {
    const types = drafts
      .map(([, draft]) => built(draft).object.definition)
      .filter((definition) => definition?.type?.endsWith('cmi.interaction'))
      .map((definition) => definition?.interactionType);
    expect(types).toEqual(['choice', 'choice', 'true-false', 'matching', 'sequencing', 'choice']);
  });
});
