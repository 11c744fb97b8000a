/** What the LMS is told, in each SCORM version's words, for each place a learner can be in. */
import { describe, expect, it } from 'vitest';
import type { CourseOutcome } from '../../../../src/lms/outcome';
import { masteryFromLms, outcomeValues, sessionEndValues } from '../../../../src/lms/scorm/cmi';

const place = { suspendData: 's1', location: 'step-3' };
const outcome = (o: Partial<CourseOutcome>): CourseOutcome => ({
  completed: false,
  done: 1,
  total: 4,
  success: 'unknown',
  ...o,
});

describe('outcomeValues', () => {
  it.each<[string, Partial<CourseOutcome>, string, string, string]>([
    ['just started', {}, 'incomplete', 'incomplete', 'unknown'],
    ['a quiz taken, others not', { scorePercent: 40 }, 'incomplete', 'incomplete', 'unknown'],
    [
      'every quiz taken, below mastery',
      { scorePercent: 60, success: 'failed' },
      'failed',
      'incomplete',
      'failed',
    ],
    [
      'every quiz passed, steps left',
      { scorePercent: 90, success: 'passed' },
      'incomplete',
      'incomplete',
      'passed',
    ],
    [
      'every step done, mastery reached',
      { completed: true, done: 4, scorePercent: 90, success: 'passed' },
      'passed',
      'completed',
      'passed',
    ],
    [
      'every step done, no quizzes',
      { completed: true, done: 4 },
      'completed',
      'completed',
      'unknown',
    ],
  ])('%s: 1.2 %s, 2004 %s and %s', (_case, o, lessonStatus, completion, success) => {
    const v12 = new Map(outcomeValues('1.2', outcome(o), place));
    const v2004 = new Map(outcomeValues('2004', outcome(o), place));
    expect(v12.get('cmi.core.lesson_status')).toBe(lessonStatus);
    expect(v2004.get('cmi.completion_status')).toBe(completion);
    expect(v2004.get('cmi.success_status')).toBe(success);
    expect(v12.get('cmi.core.lesson_location')).toBe('step-3');
    expect(v2004.get('cmi.location')).toBe('step-3');
    expect(v12.get('cmi.suspend_data')).toBe('s1');
    expect(v12.get('cmi.core.score.raw')).toBe(
      o.scorePercent === undefined ? undefined : String(o.scorePercent),
    );
    expect(v2004.get('cmi.score.scaled')).toBe(
      o.scorePercent === undefined ? undefined : String(o.scorePercent / 100),
    );
  });
});

it('leaves the location out until the learner opens a step', () => {
  for (const version of ['1.2', '2004'] as const) {
    const keys = outcomeValues(version, outcome({}), { suspendData: 's1', location: '' }).map(
      ([key]) => key,
    );
    expect(keys.filter((key) => key.includes('location'))).toEqual([]);
  }
});

describe('sessionEndValues', () => {
  it.each([
    [0, '0000:00:00', 'PT0H0M0S'],
    [3725.4, '0001:02:05', 'PT1H2M5S'],
  ])('%s seconds', (seconds, v12, v2004) => {
    expect(sessionEndValues('1.2', seconds)).toEqual([
      ['cmi.core.session_time', v12],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(sessionEndValues('2004', seconds)).toEqual([
      ['cmi.session_time', v2004],
      ['cmi.exit', 'suspend'],
    ]);
  });
});

describe('masteryFromLms', () => {
  it.each([
    ['1.2', '80', 80],
    ['2004', '0.8', 80],
    ['1.2', '', undefined],
    ['2004', 'unknown', undefined],
  ] as const)('SCORM %s "%s" is %s', (version, value, percent) => {
    expect(masteryFromLms(version, value)).toBe(percent);
  });
});
