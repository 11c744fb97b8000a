/**
 * Each question is recorded as an xAPI interaction an LRS can read: its interaction type, its options
 * (choices, or source and target for matching) and its right answer in xAPI's correct-response
 * pattern, written in the same format as the learner's response, so a right answer matches it.
 */
import { describe, expect, test } from 'vitest';
import { answeredStatement, questionInteraction } from '../../../src/quiz/statements';
import { responseFor } from '../../../src/quiz/scoring';
import type { Answer } from '../../../src/quiz/answers';
import type { Question } from '../../../src/quiz/schema';
import { statementSchema } from '../../../src/record/xapi/schema';
import { buildStatement } from '../../../src/record/xapi/statements';
import { fixtureQuiz } from '../../fixtures/quizzes/walk';

const quiz = fixtureQuiz();
const question = (id: string): Question => quiz.questions.find((q) => q.id === id)!;

describe('a question as an xAPI interaction', () => {
  test('single choice: choice, its options, the one right option', () => {
    expect(questionInteraction(question('who-owns-case'))).toEqual({
      type: 'choice',
      choices: [
        { id: 'pmo', description: 'The head of the PMO' },
        { id: 'sponsor', description: 'The sponsor' },
        { id: 'lead', description: 'The delivery lead' },
      ],
      correctResponses: ['sponsor'],
    });
  });

  test('multiple response: choice, with every right option in one pattern', () => {
    expect(questionInteraction(question('pmo-services'))).toMatchObject({
      type: 'choice',
      correctResponses: ['coaching[,]templates'],
    });
  });

  test('true or false: true-false, "true" or "false"', () => {
    expect(questionInteraction(question('escalation-is-failure'))).toEqual({
      type: 'true-false',
      correctResponses: ['false'],
    });
  });

  test('matching: items as source, every answer offered (distractors too) as target', () => {
    expect(questionInteraction(question('match-owners'))).toEqual({
      type: 'matching',
      source: [
        { id: 'business-case', description: 'Keeps the business case viable' },
        { id: 'daily-plan', description: 'Runs the day-to-day plan' },
        { id: 'reporting', description: 'Collects the monthly reports' },
      ],
      target: [
        { id: 'Sponsor', description: 'Sponsor' },
        { id: 'Delivery lead', description: 'Delivery lead' },
        { id: 'PMO', description: 'PMO' },
        { id: 'Internal audit', description: 'Internal audit' },
      ],
      correctResponses: ['business-case[.]Sponsor[,]daily-plan[.]Delivery lead[,]reporting[.]PMO'],
    });
  });

  test('ordering: sequencing, the items in their right order', () => {
    expect(questionInteraction(question('escalation-order'))).toMatchObject({
      type: 'sequencing',
      choices: [
        { id: 'forecast', description: 'Forecast the breach' },
        { id: 'warn', description: 'Warn the sponsor' },
        { id: 'report', description: 'Send the exception report' },
        { id: 'decide', description: 'The board decides' },
      ],
      correctResponses: ['forecast[,]warn[,]report[,]decide'],
    });
  });

  test('a right answer’s response is exactly the correct-response pattern', () => {
    const right: Record<string, Answer> = {
      'who-owns-case': { type: 'single', optionId: 'sponsor' },
      'pmo-services': { type: 'multiple', optionIds: ['templates', 'coaching'] },
      'escalation-is-failure': { type: 'truefalse', value: false },
      'match-owners': {
        type: 'matching',
        matches: { reporting: 'PMO', 'business-case': 'Sponsor', 'daily-plan': 'Delivery lead' },
      },
      'escalation-order': { type: 'ordering', itemIds: ['forecast', 'warn', 'report', 'decide'] },
    };
    for (const q of quiz.questions) {
      expect(questionInteraction(q).correctResponses, q.id).toEqual([responseFor(q, right[q.id])]);
    }
  });

  test('a long prompt and long option texts are shortened to fit the record when built', () => {
    const single = question('who-owns-case');
    if (single.type !== 'single') throw new Error('fixture');
    const long = {
      ...single,
      prompt: 'Why? '.repeat(100),
      options: single.options.map((o) => ({ ...o, text: 'Words '.repeat(80) })),
    };
    const draft = answeredStatement(
      { quiz, courseId: 'sponsor-induction', courseTitle: 'Sponsor induction', revision: 'r1' },
      { question: long, response: 'x', correct: false, attempt: 1 },
    );
    const { definition } = buildStatement(draft, {
      activityBase: 'https://sideline.example/activities/',
      learner: { id: 'learner-1' },
    }).object;
    const names = [definition?.name?.['en-GB'], definition?.choices?.[0]?.description['en-GB']];
    for (const name of names) {
      expect(name).toHaveLength(300);
      expect(name?.endsWith('…')).toBe(true);
    }
  });
});

describe('the statement an answered question makes', () => {
  test('carries the interaction in object.definition, as xAPI 1.0.3 lays it out', () => {
    const draft = answeredStatement(
      { quiz, courseId: 'sponsor-induction', courseTitle: 'Sponsor induction', revision: 'r1' },
      { question: question('match-owners'), response: 'x', correct: false, attempt: 1 },
    );
    const statement = buildStatement(draft, {
      activityBase: 'https://sideline.example/activities/',
      learner: { id: 'learner-1' },
    });
    expect(statementSchema.safeParse(statement).success).toBe(true);
    expect(statement.object.definition).toEqual({
      name: { 'en-GB': 'Match each duty to the role that owns it.' },
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'matching',
      correctResponsesPattern: [
        'business-case[.]Sponsor[,]daily-plan[.]Delivery lead[,]reporting[.]PMO',
      ],
      source: [
        { id: 'business-case', description: { 'en-GB': 'Keeps the business case viable' } },
        { id: 'daily-plan', description: { 'en-GB': 'Runs the day-to-day plan' } },
        { id: 'reporting', description: { 'en-GB': 'Collects the monthly reports' } },
      ],
      target: [
        { id: 'Sponsor', description: { 'en-GB': 'Sponsor' } },
        { id: 'Delivery lead', description: { 'en-GB': 'Delivery lead' } },
        { id: 'PMO', description: { 'en-GB': 'PMO' } },
        { id: 'Internal audit', description: { 'en-GB': 'Internal audit' } },
      ],
      extensions: {
        'https://sideline.example/activities/ext/content-id': 'fixture-quiz/match-owners',
        'https://sideline.example/activities/ext/activity-kind': 'question',
      },
    });
  });
});
