import type { StepKind } from '../content/course-tree';

export const STEP_KIND_LABEL: Record<StepKind, string> = {
  video: 'Video',
  lesson: 'Lesson',
  scenario: 'Scenario',
  practice: 'Practice',
  quiz: 'Quiz',
};

export function minutes(count: number): string {
  if (count < 60) return `${count} min`;
  const hours = Math.floor(count / 60);
  const rest = count % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
