/**
 * The search page's behaviour, bound to the form that src/pages/search.astro renders. The form works as
 * a plain GET form; this script runs the search in the page from the address (?q=…&course=…&role=…),
 * again as the learner types or ticks a filter, keeps the address in step, and announces the count.
 */
import { glossaryItem, resultItem } from './dom';
import { GLOSSARY_INDEX_PATH, matchGlossaryTerms, type GlossaryIndexEntry } from './glossary';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind';
import {
  pagefindFilters,
  readSearchState,
  resultCountMessage,
  searchQueryString,
  type SearchState,
} from './query';

/** Results shown at once; "Show more results" adds as many again. */
const PAGE_SIZE = 10;
/** Wait this long after the last key press before searching, so a word is searched once. */
const TYPING_PAUSE_MS = 300;

const UNAVAILABLE =
  'Search could not start. If you are offline, search works once this site has been opened with a connection; otherwise try reloading the page.';

export function startSearchPage(doc: Document = document): void {
  const form = required<HTMLFormElement>(doc, 'search-form');
  const input = required<HTMLInputElement>(doc, 'search-query');
  const status = required<HTMLElement>(doc, 'search-status');
  const glossary = required<HTMLElement>(doc, 'search-glossary');
  const glossaryTerms = required<HTMLElement>(doc, 'search-glossary-terms');
  const resultsSection = required<HTMLElement>(doc, 'search-results-section');
  const results = required<HTMLOListElement>(doc, 'search-results');
  const more = required<HTMLButtonElement>(doc, 'search-more');
  const boxes = (name: string) => [
    ...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`),
  ];
  const known = {
    courses: boxes('course').map((box) => box.value),
    roles: boxes('role').map((box) => box.value),
  };

  let pagefind: Promise<Pagefind> | undefined;
  let terms: Promise<GlossaryIndexEntry[]> | undefined;
  // Each search gets a number; an answer that arrives after a newer search started is dropped.
  let latest = 0;
  let remaining: PagefindResult[] = [];
  let typing: ReturnType<typeof setTimeout> | undefined;

  const formState = (): SearchState => ({
    q: input.value.trim(),
    courses: boxes('course')
      .filter((box) => box.checked)
      .map((box) => box.value),
    roles: boxes('role')
      .filter((box) => box.checked)
      .map((box) => box.value),
  });

  const run = async (state: SearchState) => {
    const ticket = ++latest;
    clearTimeout(typing);
    history.replaceState(history.state, '', `${location.pathname}${searchQueryString(state)}`);
    if (!state.q) {
      show([], [], 0);
      status.textContent = '';
      return;
    }
    try {
      pagefind ??= loadPagefind().catch((error: unknown) => {
        pagefind = undefined;
        throw error;
      });
      terms ??= loadGlossary();
      const [engine, glossaryEntries] = await Promise.all([pagefind, terms]);
      const named = matchGlossaryTerms(state.q, glossaryEntries);
      const search = await engine.search(state.q, {
        filters: pagefindFilters(
          state,
          named.map((term) => term.id),
        ),
      });
      if (ticket !== latest || !search) return;
      const first = await Promise.all(
        search.results.slice(0, PAGE_SIZE).map((result) => result.data()),
      );
      if (ticket !== latest) return;
      remaining = search.results.slice(PAGE_SIZE);
      show(named, first, search.results.length);
      status.textContent = resultCountMessage({
        query: state.q,
        count: search.results.length,
        filtered: state.courses.length + state.roles.length > 0,
        terms: named.map((term) => term.term),
      });
    } catch {
      if (ticket === latest) status.textContent = UNAVAILABLE;
    }
  };

  const show = (
    named: GlossaryIndexEntry[],
    first: Awaited<ReturnType<PagefindResult['data']>>[],
    count: number,
  ) => {
    glossaryTerms.replaceChildren(...named.map((entry) => glossaryItem(doc, entry)));
    glossary.hidden = named.length === 0;
    results.replaceChildren(...first.map((result) => resultItem(doc, result)));
    resultsSection.hidden = count === 0;
    more.hidden = remaining.length === 0;
  };

  const showMore = async () => {
    const ticket = latest;
    const next = remaining.slice(0, PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (ticket !== latest) return;
    remaining = remaining.slice(PAGE_SIZE);
    const items = data.map((result) => resultItem(doc, result));
    results.append(...items);
    more.hidden = remaining.length === 0;
    // Keyboard and screen-reader users carry on reading from the first new result.
    items[0]?.querySelector('a')?.focus();
  };

  more.addEventListener('click', () => void showMore());

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(formState());
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox')
      void run(formState());
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(formState()), TYPING_PAUSE_MS);
  });

  const initial = readSearchState(location.search, known);
  input.value = initial.q;
  boxes('course').forEach((box) => (box.checked = initial.courses.includes(box.value)));
  boxes('role').forEach((box) => (box.checked = initial.roles.includes(box.value)));
  if (initial.q) void run(initial);
}

async function loadGlossary(): Promise<GlossaryIndexEntry[]> {
  try {
    const response = await fetch(GLOSSARY_INDEX_PATH);
    return response.ok ? ((await response.json()) as GlossaryIndexEntry[]) : [];
  } catch {
    // Search still works without the glossary list; it only loses the definition shown first.
    return [];
  }
}

function required<T extends HTMLElement>(doc: Document, id: string): T {
  const node = doc.getElementById(id);
  if (!node) throw new Error(`The search page has no #${id}.`);
  return node as T;
}
