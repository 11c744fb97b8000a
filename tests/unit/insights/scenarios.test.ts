/**
 * Scenario insights: first choices (each with how good it is) and endings (each with its rank), choices
 * since removed listed last, small decisions
 * and endings hidden with one note, and scenarios nobody played left out.
 */
import { describe, expect, it } from 'vitest';
import {
  countFirsts,
  decisionInsight,
  endingsInsight,
  rankText,
  scenarioInsights,
} from '../../../src/insights/scenarios';
import { catalogue } from '../../fixtures/reports/cohort';
import { learners } from './summaries';

const rescue = catalogue.scenarios[0]!;
const firstCall = rescue.decisions[0]!;

describe('scenario insights', () => {
  it('counts answers by key, in the order they were first seen', () => {
    const counts = countFirsts([
      ['s/d', 'b'],
      ['s/d', 'a'],
      ['s/d', 'b'],
    ]);
    expect([...counts.get('s/d')!]).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });

  it('lists a choice no longer in the scenario after the ones that are', () => {
    const insight = decisionInsight(
      rescue,
      firstCall,
      new Map([
        ['gone', 1],
        ['coach', 3],
      ]),
    );
    expect(insight.table.rows.map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      ['Take over the project', 'Weak', '0', '0%'],
      ['Offer time-boxed coaching', 'Strong', '3', '75%'],
      ['Decline to help', 'Mixed', '0', '0%'],
      ['gone (no longer in the scenario)', 'Not known', '1', '25%'],
    ]);
    expect(insight.bars[1]).toEqual({
      label: 'Offer time-boxed coaching',
      verdict: 'Strong choice',
      percent: 75,
      text: '75% (3 of 4)',
    });
  });

  it('shows endings once enough people finished, and says what was hidden', () => {
    const finished = new Map([['good', 2]]);
    expect(endingsInsight(rescue, finished, 2, 0).table).toMatchObject({
      rows: [
        ['Coach of the season', '1 (best)', '2', '100%'],
        ['Mixed results', '2', '0', '0%'],
        ['Borrowed success', '3 (worst)', '0', '0%'],
      ],
    });
    expect(endingsInsight(rescue, finished, 2, 0).table.note).toBeUndefined();
    expect(endingsInsight(rescue, finished, 3, 2)).toEqual({
      table: expect.objectContaining({
        rows: [],
        note: '2 decisions hidden: fewer than 3 people. Endings hidden: fewer than 3 people finished.',
      }) as unknown,
      bars: [],
    });
    // Nobody finished: no ending rows, and nothing to say about endings.
    expect(endingsInsight(rescue, undefined, 1, 0).table).toMatchObject({ rows: [] });
    expect(endingsInsight(rescue, undefined, 1, 0).table.note).toBeUndefined();
  });

  it.each<[number, number[], string]>([
    [1, [1, 2, 3], '1 (best)'],
    [2, [1, 2, 3], '2'],
    [3, [1, 2, 3], '3 (worst)'],
    [1, [1, 1], '1 (best)'],
    [2, [1, 2, 2], '2 (worst)'],
  ])('says rank %i of %j in words', (rank, ranks, text) => {
    expect(rankText(rank, ranks)).toBe(text);
  });

  it('leaves out scenarios nobody played, and keeps one whose every decision is hidden', () => {
    expect(
      scenarioInsights(
        learners(3, () => ({})),
        catalogue.scenarios,
        1,
      ),
    ).toEqual([]);
    const chose = learners(2, () => ({ firstChoices: [['gov-rescue/first-call', 'coach']] }));
    const [hidden] = scenarioInsights(chose, catalogue.scenarios, 3);
    expect(hidden).toMatchObject({ id: 'gov-rescue', decisions: [] });
    expect(hidden!.endings.table.note).toBe('1 decision hidden: fewer than 3 people.');
    const [shown] = scenarioInsights(chose, catalogue.scenarios, 2);
    expect(shown!.decisions.map((decision) => decision.id)).toEqual(['first-call']);
  });
});
