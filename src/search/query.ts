/**
 * What a search is, as the address bar carries it (/search/?q=tolerance&course=…&role=…): the header
 * box and the search page are plain GET forms, so a search is a link that can be shared, bookmarked and
 * reached with the back button. Also the filters Pagefind is given and the sentence the page announces.
 * No imports: the search page's script uses this in the browser.
 */

export interface SearchState {
  q: string;
  /** Course titles ticked (a result may be in any of them). */
  courses: string[];
  /** Role names ticked (a result may be for any of them). */
  roles: string[];
}

export interface KnownFilters {
  courses: readonly string[];
  roles: readonly string[];
}

/** The search in an address's query string; filter values the site does not have are dropped. */
export function readSearchState(search: string, known: KnownFilters): SearchState {
  const params = new URLSearchParams(search);
  const keep = (name: string, allowed: readonly string[]) => [
    ...new Set(params.getAll(name).filter((value) => allowed.includes(value))),
  ];
  return {
    q: (params.get('q') ?? '').trim(),
    courses: keep('course', known.courses),
    roles: keep('role', known.roles),
  };
}

/** The query string for a search, the same shape the form submits: "?q=…&course=…", or "" for none. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  state.courses.forEach((course) => params.append('course', course));
  state.roles.forEach((role) => params.append('role', role));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type PagefindFilterValue = { any: string[] } | { none: string[] };

/**
 * Pagefind filters: within a group any ticked value matches (a course OR another), across groups all
 * must (a course AND a role). A glossary term already shown above the results is left out of them.
 */
export function pagefindFilters(
  state: SearchState,
  shownTermIds: readonly string[] = [],
): Record<string, PagefindFilterValue> {
  const filters: Record<string, PagefindFilterValue> = {};
  if (state.courses.length) filters['course'] = { any: [...state.courses] };
  if (state.roles.length) filters['role'] = { any: [...state.roles] };
  if (shownTermIds.length) filters['term'] = { none: [...shownTermIds] };
  return filters;
}

export interface ResultCount {
  query: string;
  count: number;
  filtered: boolean;
  /** Glossary terms shown above the results. */
  terms: readonly string[];
}

/** The sentence the live region announces once results are on the page. */
export function resultCountMessage({ query, count, filtered, terms }: ResultCount): string {
  const found =
    count === 0
      ? `No results for ${query}${filtered ? ' with these filters' : ''}.`
      : `${count} ${count === 1 ? 'result' : 'results'} for ${query}${filtered ? ' with these filters' : ''}.`;
  const glossary = terms.length ? ` The glossary defines ${listOf(terms)}.` : '';
  const hint =
    count === 0 && !terms.length
      ? filtered
        ? ' Try removing a filter.'
        : ' Check the spelling or try another word.'
      : '';
  return found + glossary + hint;
}

function listOf(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
