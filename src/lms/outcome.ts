/**
 * What an LMS receives about a course, worked out from the learning record alone: completion by the
 * course's own rule (every step done, as the course page counts it), a score from its quizzes, and
 * passed or failed against the mastery score. The same for SCORM 1.2, SCORM 2004 and cmi5; each
 * standard writes it in its own words.
 */
import { courseProgress, quizResult, type RecordIndex } from '../record/projections';
import { outlineOf, type LmsCourse } from './course';

export interface CourseOutcome {
  completed: boolean;
  done: number;
  total: number;
  /**
   * 0 to 100: the mean of the best score of each quiz of the course, a quiz not yet taken counting
   * 0. Absent until a quiz has a score, and for a course without quizzes.
   */
  scorePercent?: number;
  /** Known once every quiz has a score: passed when the score reaches the mastery score. */
  success: 'passed' | 'failed' | 'unknown';
}

export function courseOutcome(index: RecordIndex, course: LmsCourse): CourseOutcome {
  const progress = courseProgress(index, outlineOf(course));
  const completed = progress.status === 'completed';
  const results = course.steps
    .filter((step) => step.kind === 'quiz')
    .map((step) => quizResult(index, step.id).bestPercent);
  const scored = results.filter((percent) => percent !== undefined);
  const base = { completed, done: progress.done, total: progress.total };
  if (!scored.length || course.masteryPercent === undefined) {
    return { ...base, success: 'unknown' };
  }
  const scorePercent = Math.round(scored.reduce((sum, p) => sum + p, 0) / results.length);
  const success =
    scored.length < results.length
      ? 'unknown'
      : scorePercent >= course.masteryPercent
        ? 'passed'
        : 'failed';
  return { ...base, scorePercent, success };
}
