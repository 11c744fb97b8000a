/**
 * What the package writes into the cmi5 launch page for its script: the course outline (every module,
 * its steps and where each step's page is) and, per module, what satisfies its AU. JSON inside a
 * <script type="application/json">, so the page needs no request of its own to start.
 */
import type { CourseOutline } from '../../record/projections';
import type { AuRule } from './course-structure';

export const PAGE_DATA_ID = 'sideline-cmi5';

export interface LaunchPageData {
  course: CourseOutline;
  rules: Record<string, Pick<AuRule, 'quizId' | 'masteryScore'>>;
}

/** The page of a step, relative to the package root: `/courses/c/s/` is `courses/c/s/index.html`. */
export function stepFile(href: string): string {
  const path = href.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
