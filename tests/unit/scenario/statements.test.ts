import { describe, expect, it } from 'vitest';
import { changeText, gaugeValueText } from '../../../src/scenario/wording';
import {
  choiceStatement,
  endingStatement,
  type ScenarioRecordContext,
} from '../../../src/scenario/statements';
import type { ScenarioVariable } from '../../../src/scenario/schema';

const ctx = {
  scenario: {
    id: 'helpful-rescue',
    title: 'The helpful rescue',
    nodes: [
      {
        id: 'respond-to-sponsor',
        choices: [
          { id: 'take-over', text: 'Agree, and take over the schedule yourself.' },
          { id: 'decline', text: 'Decline politely.' },
          { id: 'time-boxed-support', text: 'Offer a time-boxed package.' },
        ],
      },
    ],
  },
  courseId: 'pmo-coach-dont-play',
  courseTitle: "PMO: coach, don't play",
  revision: 'rev-1',
};

describe('the statements a scenario records', () => {
  it('names the strong choice of a decision as its correct response, for an LRS to read', () => {
    const marked: ScenarioRecordContext = {
      ...ctx,
      scenario: {
        ...ctx.scenario,
        nodes: [
          {
            id: 'respond-to-sponsor',
            choices: [
              { id: 'take-over', text: 'Take over.', quality: 'weak' },
              { id: 'time-boxed-support', text: 'Offer a package.', quality: 'strong' },
            ],
          },
        ],
      },
    };
    const draft = choiceStatement(marked, {
      node: { id: 'respond-to-sponsor', title: "The sponsor's request" },
      choice: { id: 'take-over', text: 'Take over.' },
      variables: {},
    });
    expect(draft.activity.interaction).toEqual({
      type: 'choice',
      choices: [
        { id: 'take-over', description: 'Take over.' },
        { id: 'time-boxed-support', description: 'Offer a package.' },
      ],
      correctResponses: ['time-boxed-support'],
    });
  });

  it('records each choice as an answered decision, with the choice and the variables after it', () => {
    const draft = choiceStatement(ctx, {
      node: { id: 'respond-to-sponsor', title: "The sponsor's request" },
      choice: { id: 'time-boxed-support', text: 'Offer a time-boxed package.' },
      variables: { acc: 6, cap: 7, pmo: 4, risk: 4 },
    });
    expect(draft).toEqual({
      verb: 'answered',
      activity: {
        kind: 'decision',
        id: 'helpful-rescue/respond-to-sponsor',
        title: "The sponsor's request",
        // Added with xAPI interactions: a decision lists its choices and, unmarked, no right one.
        interaction: {
          type: 'choice',
          choices: [
            { id: 'take-over', description: 'Agree, and take over the schedule yourself.' },
            { id: 'decline', description: 'Decline politely.' },
            { id: 'time-boxed-support', description: 'Offer a time-boxed package.' },
          ],
        },
      },
      result: {
        response: 'time-boxed-support',
        extensions: { variables: { acc: 6, cap: 7, pmo: 4, risk: 4 } },
      },
      context: {
        parent: { kind: 'scenario', id: 'helpful-rescue', title: 'The helpful rescue' },
        course: { kind: 'course', id: 'pmo-coach-dont-play', title: "PMO: coach, don't play" },
        revision: 'rev-1',
      },
    });
  });

  it('records the end as completed, with the ending, the final variables and the path', () => {
    const draft = endingStatement(ctx, {
      ending: { id: 'coach-of-the-season', title: 'Coach of the season' },
      variables: { acc: 7, cap: 10, pmo: 3, risk: 3 },
      path: [
        { nodeId: 'respond-to-sponsor', choiceId: 'time-boxed-support', changes: [] },
        { nodeId: 'missed-deadline', choiceId: 'coaching-session', changes: [] },
      ],
    });
    expect(draft).toEqual({
      verb: 'completed',
      activity: { kind: 'scenario', id: 'helpful-rescue', title: 'The helpful rescue' },
      result: {
        completion: true,
        response: 'coach-of-the-season',
        extensions: {
          ending: 'coach-of-the-season',
          variables: { acc: 7, cap: 10, pmo: 3, risk: 3 },
          path: ['respond-to-sponsor/time-boxed-support', 'missed-deadline/coaching-session'],
        },
      },
      context: {
        course: { kind: 'course', id: 'pmo-coach-dont-play', title: "PMO: coach, don't play" },
        revision: 'rev-1',
      },
    });
  });
});

describe('changes and gauges in words', () => {
  const acc: ScenarioVariable = {
    id: 'acc',
    label: 'Accountability clarity',
    start: 5,
    min: 0,
    max: 10,
    better: 'higher',
  };
  const risk: ScenarioVariable = {
    id: 'risk',
    label: 'Delivery risk',
    start: 5,
    min: 0,
    max: 10,
    better: 'lower',
  };

  it('says which way each variable moved and by how much', () => {
    expect(changeText({ id: 'acc', label: acc.label, before: 5, after: 3 }, acc)).toBe(
      'Accountability clarity: 5 → 3 (down 2)',
    );
    expect(changeText({ id: 'risk', label: risk.label, before: 5, after: 7 }, risk)).toBe(
      'Delivery risk: 5 → 7 (up 2; lower is better)',
    );
  });

  it('says why a named variable did not move', () => {
    expect(changeText({ id: 'acc', label: acc.label, before: 10, after: 10 }, acc)).toBe(
      'Accountability clarity: 10 → 10 (no change: already at its highest)',
    );
    expect(changeText({ id: 'risk', label: risk.label, before: 0, after: 0 }, risk)).toBe(
      'Delivery risk: 0 → 0 (no change: already at its lowest; lower is better)',
    );
  });

  it('writes a gauge value against its scale', () => {
    expect(gaugeValueText(acc, 3)).toBe('3 out of 10');
    expect(gaugeValueText({ ...acc, min: 1 }, 3)).toBe('3 on a scale of 1 to 10');
  });
});
