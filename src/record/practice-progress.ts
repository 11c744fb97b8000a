/**
 * Practice tasks as the learner's own pages show them: each task's latest self-assessment (the
 * points of the rubric they ticked, from the `completed` statement's score), and the tasks they have
 * started, for My learning. Pure, like the other projections it builds on.
 */
import {
  stepStatus,
  type Catalogue,
  type CourseOutline,
  type OutlineStep,
  type RecordIndex,
  type Score,
  type Status,
} from './projections';

/** A practice task's latest self-assessment: how many of the rubric's points the learner ticked. */
export interface PracticeResult {
  met: number;
  of: number;
  /** When the learner saved it (ms since 1970). */
  at: number;
}

export function practiceResult(index: RecordIndex, taskId: string): PracticeResult | undefined {
  let latest: Score | undefined;
  for (const score of index.activities.get(taskId)?.scores ?? []) {
    if (score.raw !== undefined && score.max && (!latest || score.at >= latest.at)) latest = score;
  }
  return latest ? { met: latest.raw ?? 0, of: latest.max ?? 0, at: latest.at } : undefined;
}

/** A practice task the learner has started. */
export interface PracticeSummary {
  course: CourseOutline;
  step: OutlineStep;
  status: Status;
  result?: PracticeResult;
  lastAt: number;
}

/** Practice tasks the learner has started, most recent first. */
export function practiceSummaries(index: RecordIndex, catalogue: Catalogue): PracticeSummary[] {
  return catalogue.courses
    .flatMap((course) =>
      course.modules.flatMap((module) =>
        module.steps
          .filter((step) => step.kind === 'practice' && index.activities.has(step.id))
          .map((step): PracticeSummary => {
            const result = practiceResult(index, step.id);
            return {
              course,
              step,
              status: stepStatus(index, step),
              ...(result ? { result } : {}),
              lastAt: index.activities.get(step.id)?.lastAt ?? -Infinity,
            };
          }),
      ),
    )
    .sort((a, b) => b.lastAt - a.lastAt);
}
