/**
 * The part of Pagefind's browser API the search page uses (the npm package types only its Node API),
 * and loading it: /pagefind/pagefind.js is written by the build, not bundled, so it is imported at run
 * time by address. Pagefind compiles WebAssembly, which is why the search page (and only it) allows
 * 'wasm-unsafe-eval' in its Content-Security-Policy.
 */
import type { PagefindFilterValue } from './query';

export interface PagefindResultData {
  url: string;
  /** Page text around the matches, the matched words in <mark>; NOT escaped (see search-excerpt.ts). */
  excerpt: string;
  meta: Partial<Record<'title' | 'kind' | 'course' | 'module', string>>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, PagefindFilterValue> },
  ): Promise<PagefindSearch | null>;
  preload(term: string): Promise<void>;
}

const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/** Words of page text in each excerpt: about two lines. */
const EXCERPT_WORDS = 28;

export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as Pagefind;
  await pagefind.options({ excerptLength: EXCERPT_WORDS });
  return pagefind;
}
