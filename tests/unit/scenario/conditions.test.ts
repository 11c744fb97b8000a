import { describe, expect, it } from 'vitest';
import {
  conditionHolds,
  evaluateCondition,
  parseCondition,
} from '../../../src/scenario/conditions';

const values = { acc: 7, cap: 7, pmo: 3, risk: 5 };
const holds = (source: string, at: Record<string, number> = values) => conditionHolds(source, at);
const problemOf = (source: string) => {
  const parsed = parseCondition(source);
  return parsed.ok ? 'parsed' : [parsed.problem, parsed.fix];
};

describe('evaluating conditions', () => {
  it('compares with each of < <= > >= == !=', () => {
    expect([
      holds('risk < 5'),
      holds('risk <= 5'),
      holds('risk > 5'),
      holds('risk >= 5'),
      holds('risk == 5'),
      holds('risk != 5'),
    ]).toEqual([false, true, false, true, true, false]);
  });

  it('tells equal from below and above at the boundary, for every comparison', () => {
    const at = (risk: number) =>
      ['<', '<=', '>', '>=', '==', '!='].map((op) => holds(`risk ${op} 5`, { risk }));
    expect(at(4)).toEqual([true, true, false, false, false, true]);
    expect(at(5)).toEqual([false, true, false, true, true, false]);
    expect(at(6)).toEqual([false, false, true, true, false, true]);
  });

  it('joins comparisons with and / or, where "and" binds tighter than "or"', () => {
    expect(holds('acc >= 7 and cap >= 7 and pmo >= 3')).toBe(true);
    expect(holds('acc >= 7 and cap >= 7 and pmo >= 4')).toBe(false);
    expect(holds('risk >= 9 or acc >= 7')).toBe(true);
    // Read as "risk >= 9 or (acc >= 8 and cap >= 7)": false. With "or" first it would be true.
    expect(holds('risk <= 4 or acc >= 8 and cap >= 7')).toBe(false);
    expect(holds('acc >= 8 and cap >= 7 or pmo == 3')).toBe(true);
  });

  it('follows brackets', () => {
    expect(holds('(risk <= 4 or acc >= 7) and cap >= 7')).toBe(true);
    expect(holds('risk <= 4 or (acc >= 8 and cap >= 7)')).toBe(false);
    expect(holds('((acc == 7))')).toBe(true);
  });

  it('compares variables with each other, numbers on either side, and negative numbers', () => {
    expect(holds('acc == cap')).toBe(true);
    expect(holds('3 < acc')).toBe(true);
    expect(holds('risk > -1')).toBe(true);
  });

  it('accepts AND and OR in capitals, and no spaces around comparisons', () => {
    expect(holds('acc>=7 AND risk<=5')).toBe(true);
    expect(holds('acc>=9 OR risk<=5')).toBe(true);
  });

  it('lists the variables a condition uses, once each', () => {
    const parsed = parseCondition('acc >= 7 and (acc <= 9 or risk != 2)');
    expect(parsed.ok && parsed.variables).toEqual(['acc', 'risk']);
  });

  it('evaluates a parsed condition again and again with new values', () => {
    const parsed = parseCondition('risk <= 4');
    if (!parsed.ok) throw new Error('should parse');
    expect([4, 5].map((risk) => evaluateCondition(parsed.condition, { risk }))).toEqual([
      true,
      false,
    ]);
  });
});

describe('conditions that do not parse', () => {
  it('explains a comparison written the wrong way round or with a single "="', () => {
    expect(problemOf('acc => 7')).toEqual([
      'The condition "acc => 7" uses "=>", which is not part of a condition.',
      'Write ">=" for "at least".',
    ]);
    expect(problemOf('acc =< 7')).toEqual([
      'The condition "acc =< 7" uses "=<", which is not part of a condition.',
      'Write "<=" for "at most".',
    ]);
    expect(problemOf('acc = 7')).toEqual([
      'The condition "acc = 7" uses "=", which is not part of a condition.',
      'To compare, write "==" (equal to), or ">=" / "<=".',
    ]);
  });

  it('suggests "and" and "or" for && and ||', () => {
    expect(problemOf('acc >= 7 && cap >= 7')).toEqual([
      'The condition "acc >= 7 && cap >= 7" uses "&&", which is not part of a condition.',
      'Write "and" instead.',
    ]);
    expect(problemOf('acc >= 7 || cap >= 7')).toEqual([
      'The condition "acc >= 7 || cap >= 7" uses "||", which is not part of a condition.',
      'Write "or" instead.',
    ]);
  });

  it('says when a condition stops too early', () => {
    expect(problemOf('acc >=')).toEqual([
      'The condition "acc >=" ends too early: ">=" needs a variable or a number after it.',
      'Write comparisons such as "acc >= 7", joined with "and" or "or".',
    ]);
    expect(problemOf('acc >= 7 and')).toEqual([
      'The condition "acc >= 7 and" ends too early: a comparison is missing at the end.',
      'Write comparisons such as "acc >= 7", joined with "and" or "or".',
    ]);
    expect(problemOf('acc')).toEqual([
      'The condition "acc" ends before its comparison: "acc" is not compared with anything.',
      'Write comparisons such as "acc >= 7", joined with "and" or "or".',
    ]);
  });

  it('says when two comparisons are not joined', () => {
    expect(problemOf('acc >= 7 cap >= 7')).toEqual([
      'The condition "acc >= 7 cap >= 7" goes on after a complete comparison, at "cap".',
      'Join comparisons with "and" or "or", as in "acc >= 7 and risk <= 4".',
    ]);
  });

  it('says which bracket is missing', () => {
    expect(problemOf('(acc >= 7 and cap >= 7')).toEqual([
      'The condition "(acc >= 7 and cap >= 7" opens a bracket that is never closed.',
      'Add the missing ")".',
    ]);
    expect(problemOf('acc >= 7)')).toEqual([
      'The condition "acc >= 7)" closes a bracket that was never opened.',
      'Remove the extra ")" or add the matching "(".',
    ]);
  });

  it('says when a word or comparison is out of place, or the condition is empty', () => {
    expect(problemOf('acc and 7')).toEqual([
      'The condition "acc and 7" has "and" where a comparison (< <= > >= == !=) should be.',
      'Write comparisons such as "acc >= 7", joined with "and" or "or".',
    ]);
    expect(problemOf('>= 7')).toEqual([
      'The condition ">= 7" has ">=" where a comparison should start, with a variable or a number.',
      'Write comparisons such as "acc >= 7", joined with "and" or "or".',
    ]);
    expect(problemOf('acc >= or')).toEqual([
      'The condition "acc >= or" has "or" where a variable or a number should follow ">=".',
      'Write comparisons such as "acc >= 7", joined with "and" or "or".',
    ]);
    expect(problemOf('   ')).toEqual([
      'The condition is empty.',
      'Write comparisons such as "acc >= 7", joined with "and" or "or".',
    ]);
  });

  it('never holds when it does not parse', () => {
    expect(holds('acc => 7')).toBe(false);
  });
});
