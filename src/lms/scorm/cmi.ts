/**
 * What a course's outcome is called in each SCORM version's data model. SCORM 1.2 has one
 * lesson_status for both completion and success, and its LMSs read "passed" or "failed" as finished:
 * so it says passed or failed only once every step is done (or failed once every quiz is taken and
 * the score misses the mastery score), and incomplete until then. SCORM 2004 keeps the two apart.
 */
import type { CourseOutcome } from '../outcome';

export type ScormVersion = '1.2' | '2004';

export interface Place {
  suspendData: string;
  /** The step the learner is on or was last on (its id); '' before they open one. */
  location: string;
}

export function outcomeValues(
  version: ScormVersion,
  outcome: CourseOutcome,
  place: Place,
): [string, string][] {
  const score = outcome.scorePercent;
  if (version === '1.2') {
    const status =
      outcome.success === 'failed'
        ? 'failed'
        : outcome.completed
          ? outcome.success === 'passed'
            ? 'passed'
            : 'completed'
          : 'incomplete';
    return [
      ['cmi.core.lesson_status', status],
      ...(score === undefined
        ? []
        : ([
            ['cmi.core.score.min', '0'],
            ['cmi.core.score.max', '100'],
            ['cmi.core.score.raw', String(score)],
          ] as [string, string][])),
      ...locationValue('cmi.core.lesson_location', place.location),
      ['cmi.suspend_data', place.suspendData],
    ];
  }
  return [
    ['cmi.completion_status', outcome.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', outcome.success],
    [
      'cmi.progress_measure',
      outcome.total ? String(Math.round((outcome.done / outcome.total) * 100) / 100) : '0',
    ],
    ...(score === undefined
      ? []
      : ([
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
          ['cmi.score.raw', String(score)],
          ['cmi.score.scaled', String(score / 100)],
        ] as [string, string][])),
    ...locationValue('cmi.location', place.location),
    ['cmi.suspend_data', place.suspendData],
  ];
}

/** An empty location is left out: scorm-again's SCORM 2004 refuses it (error 406), and it says nothing. */
function locationValue(key: string, location: string): [string, string][] {
  return location ? [[key, location]] : [];
}

/** The values written as the session ends: its length, and "suspend" so the next launch resumes. */
export function sessionEndValues(version: ScormVersion, seconds: number): [string, string][] {
  const whole = Math.max(0, Math.round(seconds));
  if (version === '1.2') {
    const hours = Math.floor(whole / 3600);
    const pad = (n: number) => String(n).padStart(2, '0');
    const time = `${String(Math.min(hours, 9999)).padStart(4, '0')}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`;
    return [
      ['cmi.core.session_time', time],
      ['cmi.core.exit', 'suspend'],
    ];
  }
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor(whole / 60) % 60;
  return [
    ['cmi.session_time', `PT${hours}H${minutes}M${whole % 60}S`],
    ['cmi.exit', 'suspend'],
  ];
}

/** Where each version keeps what the launch reads. */
export const READ_KEYS: Record<
  ScormVersion,
  { suspendData: string; location: string; learnerId: string; mastery: string }
> = {
  '1.2': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    learnerId: 'cmi.core.student_id',
    mastery: 'cmi.student_data.mastery_score',
  },
  '2004': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    learnerId: 'cmi.learner_id',
    mastery: 'cmi.scaled_passing_score',
  },
};

/** The mastery score (0 to 100) the LMS holds, from the manifest or its own setting; undefined if none. */
export function masteryFromLms(version: ScormVersion, value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) return undefined;
  return version === '1.2' ? number : Math.round(number * 100);
}
