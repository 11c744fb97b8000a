/**
 * The glossary as search needs it: a small list written to /glossary-index.json at build, so a search
 * for a term ("tolerances", "SRO") can show its plain-English definition first, above the pages.
 * No imports: the search page's script uses this in the browser.
 */

export interface GlossaryIndexEntry {
  id: string;
  term: string;
  aka: string[];
  definition: string;
  /** The term's entry on the glossary page. */
  href: string;
}

/** Where the build writes the glossary list, and where the search page fetches it from. */
export const GLOSSARY_INDEX_PATH = '/glossary-index.json';

export function glossaryIndex(
  terms: readonly { id: string; term: string; aka: readonly string[]; definition: string }[],
): GlossaryIndexEntry[] {
  return terms.map(({ id, term, aka, definition }) => ({
    id,
    term,
    aka: [...aka],
    definition,
    href: glossaryHref(id),
  }));
}

export function glossaryHref(id: string): string {
  return `/glossary/#${id}`;
}

/**
 * The terms a query names: the term itself or one of its other names, ignoring case, punctuation,
 * a bracketed note ("Executive (PRINCE2)" is also "executive") and a plural "s" ("tolerances").
 * A query that merely contains a term ("tolerance breach") is a search, not a look-up: no match.
 */
export function matchGlossaryTerms(
  query: string,
  entries: readonly GlossaryIndexEntry[],
): GlossaryIndexEntry[] {
  const wanted = comparable(query);
  if (!wanted) return [];
  return entries.filter((entry) => namesOf(entry).some((name) => comparable(name) === wanted));
}

function namesOf(entry: GlossaryIndexEntry): string[] {
  return [entry.term, ...entry.aka].flatMap((name) => {
    const withoutNote = name.replace(/\([^)]*\)/g, ' ');
    return withoutNote === name ? [name] : [name, withoutNote];
  });
}

/** Lower case, letters and digits only, each word without a plural "s" (but "process" stays). */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    )
    .join(' ');
}
