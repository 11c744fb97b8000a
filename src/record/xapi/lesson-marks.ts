/**
 * When a lesson is done, from its statements: the one rule for projections.ts and
 * paths/completion.ts. 'experienced' (read to the end) and 'completed' ("Mark as done") mark it done;
 * 'reopened' ("Mark as not done") marks it not done. Statements are never edited or deleted, so an
 * undo is a later statement, and the latest mark wins.
 */
import type { RecordedVerb } from './verbs';

export interface LessonMark {
  /** When it was recorded (ms since 1970). */
  at: number;
  done: boolean;
}

/** Whether a statement with this verb marks a lesson done (true), not done (false), or neither. */
export function marksLessonDone(verb: RecordedVerb | undefined): boolean | undefined {
  if (verb === 'experienced' || verb === 'completed') return true;
  if (verb === 'reopened') return false;
  return undefined;
}

/** The later of the mark so far and this statement's; at the same moment, the statement read last. */
export function laterMark(
  mark: LessonMark | undefined,
  verb: RecordedVerb | undefined,
  at: number,
): LessonMark | undefined {
  const done = marksLessonDone(verb);
  if (done === undefined || (mark && at < mark.at)) return mark;
  return { at, done };
}
