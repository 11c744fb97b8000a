/**
 * What each indexed page tells Pagefind about itself, as data-pagefind-* attributes on the element that
 * holds its content: which course and roles it belongs to (the search page's filters) and its kind,
 * course and module (shown under each result). Values sit in attributes of their own and are referenced
 * by name, because Pagefind's inline "key:value" form cannot hold a course title with a comma or colon.
 */
import type { SiteSettings } from '../content/schemas/site';
import type { StepNode } from '../content/course-tree';
import { roleLabel } from '../site/role-labels';
import { STEP_KIND_LABEL } from '../site/step-labels';

export interface SearchFacts {
  /** What the learner will open: "Lesson", "Video", "Role profile"… */
  kind: string;
  /** The course's title (a filter, and shown under the result). */
  course?: string | undefined;
  /** The module's title (shown under the result). */
  module?: string | undefined;
  /** Role names this page is for (a filter). */
  roles: readonly string[];
}

/** Spread onto the content element of a page that search should find. */
export function pagefindAttributes({
  kind,
  course,
  module,
  roles,
}: SearchFacts): Record<string, string> {
  const attributes: Record<string, string> = {
    'data-pagefind-body': '',
    'data-pagefind-kind': kind,
  };
  const meta = ['kind[data-pagefind-kind]'];
  const filters: string[] = [];
  if (course) {
    attributes['data-pagefind-course'] = course;
    meta.push('course[data-pagefind-course]');
    filters.push('course[data-pagefind-course]');
  }
  if (module) {
    attributes['data-pagefind-module'] = module;
    meta.push('module[data-pagefind-module]');
  }
  unique(roles).forEach((role, index) => {
    attributes[`data-pagefind-role-${index}`] = role;
    filters.push(`role[data-pagefind-role-${index}]`);
  });
  attributes['data-pagefind-meta'] = meta.join(', ');
  if (filters.length) attributes['data-pagefind-filter'] = filters.join(', ');
  return attributes;
}

/**
 * A step page's attributes. Lessons and videos are indexed from their pages; a scenario's page holds
 * only its introduction, so its situations are indexed as records instead (search-records.ts), and
 * quizzes are left out: their options and feedback would turn up as answers.
 */
export function stepSearchAttributes(
  step: Pick<StepNode, 'kind'>,
  place: { course: string; module: string; roles: readonly string[] },
): Record<string, string> {
  if (step.kind !== 'lesson' && step.kind !== 'video') return {};
  return pagefindAttributes({ kind: STEP_KIND_LABEL[step.kind], ...place });
}

/**
 * The role names the role filter offers, in the words the organisation uses (site settings), so
 * the filter reads "Senior responsible owner" where the site says so.
 */
export function roleFilterLabels(
  settings: SiteSettings,
  roles: readonly { id: string; title: string }[],
  ids: readonly string[],
): string[] {
  return unique(
    ids.map((id) => {
      const role = roles.find((candidate) => candidate.id === id) ?? { id, title: id };
      return roleLabel(settings, role, { capital: true });
    }),
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
