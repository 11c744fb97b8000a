/**
 * What a built script loads, and the one root-absolute URL Vite writes into scripts: its preload
 * helper prefixes each chunk with "/" before it adds a modulepreload link. Chunks import each other by
 * relative URLs already ("./open.js"), which work under any base path. Any other root-absolute string
 * naming a file of the site is reported: a script resolves URLs against the page, not itself, so no
 * one rewrite fits every page that loads it.
 */
import type { RewrittenFile } from './styles';
import { fileOfPath, resolveRelative, type SitePath } from './urls';

const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g;
/** Vite's list of a dynamic import's dependencies, by their path from the site root. */
const PRELOAD_DEPENDENCY = /["'`](_astro\/[^"'`]+)["'`]/g;
/** Vite's preload helper: `function(e){return"/"+e}`, minified with any quote. */
const PRELOAD_BASE = /function\((\w+)\)\{return(["'`])\/\2\+\1\}/;

export interface RewrittenScript extends RewrittenFile {
  /** Root-absolute strings left in the script, for the pipeline to report. */
  rootAbsolute: string[];
}

export function rewriteScript(
  js: string,
  file: SitePath,
  siteHas: (file: SitePath) => boolean,
): RewrittenScript {
  const loads: SitePath[] = [];
  for (const [, specifier] of js.matchAll(RELATIVE_IMPORT))
    loads.push(resolveRelative(file, specifier!));
  for (const [, path] of js.matchAll(PRELOAD_DEPENDENCY)) loads.push(path!);
  // Chunks live in _astro/, so "../" + "_astro/x.js" from the helper's own URL is the chunk's.
  const text = js.replace(
    PRELOAD_BASE,
    (_whole, name: string) =>
      `function(${name}){return new URL("${'../'.repeat(file.split('/').length - 1)}"+${name},import.meta.url).href}`,
  );
  const rootAbsolute = [...text.matchAll(/["'`](\/[\w./-]+)["'`]/g)]
    .map(([, url]) => url!)
    .filter((url) => siteHas(fileOfPath(url)));
  return { text, loads, rootAbsolute };
}
