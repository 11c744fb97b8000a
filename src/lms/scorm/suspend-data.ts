/**
 * The learner's place in a course, compact enough for SCORM 1.2's suspend_data (4,096 characters)
 * however much they have done: in the LMS the LMS is the record, so a launch on another computer
 * rebuilds the site's record from this alone (restore.ts). Each step the learner has something in
 * says so in a few characters, under a 4-character key made from its id (so a package rebuilt with a
 * step added or moved still reads an older learner's data):
 *   d          done (lesson, video); practice adds its rubric score: d3/5
 *   p92~80~3   quiz passed (f: not passed), best score 92, latest 80, 3 attempts (counted to 999)
 *   e0+2       scenario endings reached, by their place in the scenario
 * "s1|" starts it: the format's version. A step the learner has not finished takes no room.
 */
import type { RecordIndex } from '../../record/projections';
import { quizResult, scenarioEndings, stepStatus } from '../../record/projections';
import type { LmsCourse, LmsStep } from '../course';

export const SCORM12_SUSPEND_DATA_LIMIT = 4096;
const VERSION = 's1';
const MOST_ATTEMPTS = 999;

export interface StepState {
  done: boolean;
  quiz?: { passed: boolean; best: number; latest: number; attempts: number };
  /** Scenarios: positions of the endings reached, in the scenario's own list. */
  endings?: number[];
  /** Practice: the rubric criteria the learner ticked, of how many. */
  practice?: { raw: number; max: number };
}

/** A short, stable key for a step id (FNV-1a, in 4 base-36 characters). */
export function stepKey(id: string): string {
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}

function stateOf(index: RecordIndex, step: LmsStep): StepState | undefined {
  const done = stepStatus(index, step) === 'completed';
  if (step.kind === 'quiz') {
    const result = quizResult(index, step.id);
    if (result.bestPercent === undefined) return undefined;
    return {
      done,
      quiz: {
        passed: result.passed,
        best: result.bestPercent,
        latest: result.latestPercent ?? result.bestPercent,
        attempts: Math.max(1, result.attempts),
      },
    };
  }
  if (!done) return undefined;
  if (step.kind === 'scenario') {
    const reached = scenarioEndings(index, step.id)
      .map((id) => step.endings?.indexOf(id) ?? -1)
      .filter((at) => at >= 0);
    return { done, endings: reached };
  }
  if (step.kind === 'practice') {
    const score = index.activities.get(step.id)?.scores.at(-1);
    if (score?.raw !== undefined && score.max !== undefined)
      return { done, practice: { raw: score.raw, max: score.max } };
  }
  return { done };
}

function token(state: StepState): string {
  if (state.quiz) {
    const { passed, best, latest, attempts } = state.quiz;
    return `${passed ? 'p' : 'f'}${best}~${latest}~${Math.min(attempts, MOST_ATTEMPTS)}`;
  }
  if (state.endings) return `e${state.endings.join('+')}`;
  if (state.practice) return `d${state.practice.raw}/${state.practice.max}`;
  return 'd';
}

export function encodeSuspendData(index: RecordIndex, course: LmsCourse): string {
  const parts = [VERSION];
  for (const step of course.steps) {
    const state = stateOf(index, step);
    if (state) parts.push(`${stepKey(step.id)}:${token(state)}`);
  }
  return parts.join('|');
}

const PERCENT = '(\\d{1,3})';
const QUIZ = new RegExp(`^([pf])${PERCENT}~${PERCENT}~(\\d{1,3})$`);
const ENDINGS = /^e(\d{1,3}(?:\+\d{1,3})*)?$/;
const PRACTICE = /^d(?:(\d{1,3})\/(\d{1,3}))?$/;

function parseToken(text: string, step: LmsStep): StepState | undefined {
  const quiz = QUIZ.exec(text);
  if (quiz && step.kind === 'quiz') {
    const [best, latest, attempts] = [quiz[2], quiz[3], quiz[4]].map(Number) as [
      number,
      number,
      number,
    ];
    if (best > 100 || latest > 100 || attempts < 1) return undefined;
    return { done: quiz[1] === 'p', quiz: { passed: quiz[1] === 'p', best, latest, attempts } };
  }
  const endings = ENDINGS.exec(text);
  if (endings && step.kind === 'scenario') {
    const reached = (endings[1] ?? '')
      .split('+')
      .filter(Boolean)
      .map(Number)
      .filter((at) => at < (step.endings?.length ?? 0));
    return { done: true, endings: reached };
  }
  const done = PRACTICE.exec(text);
  if (done && step.kind !== 'quiz' && step.kind !== 'scenario') {
    if (done[1] === undefined) return { done: true };
    const [raw, max] = [Number(done[1]), Number(done[2])];
    return raw <= max ? { done: true, practice: { raw, max } } : { done: true };
  }
  return undefined;
}

/**
 * The state of each step the data names, by step id. Data from another format, another course or a
 * step since removed is left out, never guessed: the learner then redoes a step rather than being
 * credited with one they did not do.
 */
export function decodeSuspendData(text: string, course: LmsCourse): Map<string, StepState> {
  const states = new Map<string, StepState>();
  const [version, ...parts] = text.split('|');
  if (version !== VERSION) return states;
  const byKey = new Map(course.steps.map((step) => [stepKey(step.id), step]));
  for (const part of parts) {
    const [key = '', value = ''] = part.split(':');
    const step = byKey.get(key);
    const state = step && parseToken(value, step);
    if (step && state) states.set(step.id, state);
  }
  return states;
}
