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
import { comparable } from './glossary';

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
 * only its introduction, so its opening situation is indexed as a record instead (build/records.ts), and
 * quizzes are left out: their options and feedback would turn up as answers.
 */
export function stepSearchAttributes(
  step: Pick<StepNode, 'kind'>,
  place: { course: string; module: string; roles: readonly string[] },
): Record<string, string> {
  if (step.kind !== 'lesson' && step.kind !== 'video') return {};
  return pagefindAttributes({ kind: STEP_KIND_LABEL[step.kind], ...place });
}

/** A glossary term or a role: the name the site uses, and the names other organisations use for it. */
export interface NamedThing {
  id: string;
  name: string;
  otherNames: readonly string[];
}

/**
 * The other names of the terms and roles a page's title names: "What you own as a sponsor" is also
 * about the SRO. Whole words, ignoring case, a bracketed note and a plural "s" ("Setting tolerances").
 */
export function otherNamesInTitle(title: string, things: readonly NamedThing[]): string[] {
  const words = ` ${comparable(title)} `;
  return unique(
    things
      .filter((thing) => {
        const name = comparableName(thing.name);
        return name !== '' && words.includes(` ${name} `);
      })
      .flatMap((thing) => thing.otherNames),
  );
}

/**
 * A name as titles are compared with it, bracketed note dropped. Every step page asks for every term's
 * and role's name; a name's form depends on its text alone, so each is worked out once.
 */
function comparableName(name: string): string {
  let form = comparableNames.get(name);
  if (form === undefined) {
    form = comparable(name.replace(/\([^)]*\)/g, ' '));
    comparableNames.set(name, form);
  }
  return form;
}

const comparableNames = new Map<string, string>();

/** Every name of the glossary terms a lesson uses (`<Term id="sro">`), whichever one it wrote. */
export function namesOfTerms(
  termIds: readonly string[],
  glossary: readonly NamedThing[],
): string[] {
  return unique(
    termIds.flatMap((id) => {
      const term = glossary.find((candidate) => candidate.id === id);
      return term ? [term.name, ...term.otherNames] : [];
    }),
  );
}

/**
 * Attributes for an empty element that adds names to what search indexes, and nothing to what the
 * reader sees: Pagefind indexes the attribute's text at the weight given (a title's words weigh 10,
 * body text 1), and an excerpt shows it only when it is what matched.
 */
export function indexedNamesAttributes(
  label: string,
  names: readonly string[],
  weight: number,
): Record<string, string> {
  if (!names.length) return {};
  return {
    'data-pagefind-index-attrs': 'data-names',
    'data-names': `${label}: ${names.join('; ')}.`,
    'data-pagefind-weight': String(weight),
  };
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
