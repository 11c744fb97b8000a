/**
 * Where a root-absolute URL of the built site points in the package, and how a file reaches it by a
 * relative URL. LMSs serve a package under a URL of their own, and many serve plain files only (no
 * folder index), so a page is always named by its index.html.
 */

/** A file of the built site, by its path without a leading slash (`courses/x/index.html`). */
export type SitePath = string;

/** Whether a URL is root-absolute (`/courses/…`), the kind that breaks under an LMS's own URL. */
export function isRootAbsolute(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

export interface SplitUrl {
  path: string;
  /** The query and fragment, kept as they are (`?a=1#top`). */
  rest: string;
}

export function splitUrl(url: string): SplitUrl {
  const at = url.search(/[?#]/);
  return at === -1 ? { path: url, rest: '' } : { path: url.slice(0, at), rest: url.slice(at) };
}

/** The file a root-absolute path names: a folder (`/courses/x/`) is its index.html. */
export function fileOfPath(path: string): SitePath {
  const decoded = decodeURIComponent(path).replace(/^\/+/, '');
  if (decoded === '' || decoded.endsWith('/')) return `${decoded}index.html`;
  return decoded;
}

/** Whether a site path is a page (an HTML file) rather than an asset it loads. */
export const isPage = (file: SitePath) => file.endsWith('.html');

/** The relative URL from one file of the package to another (`../other/index.html`). */
export function relativeUrl(from: SitePath, to: SitePath): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let shared = 0;
  while (
    shared < fromParts.length &&
    shared < toParts.length - 1 &&
    fromParts[shared] === toParts[shared]
  )
    shared += 1;
  const up = fromParts.length - shared;
  const relative = [...Array<string>(up).fill('..'), ...toParts.slice(shared)].join('/');
  return encodeURI(relative);
}

/** A file's folder depth as a prefix back to the package root: `courses/x/index.html` → `../../`. */
export function rootPrefix(file: SitePath): string {
  return '../'.repeat(file.split('/').length - 1);
}

/** The site path a relative URL names from a file (`./a.js` from `_astro/b.js` → `_astro/a.js`). */
export function resolveRelative(from: SitePath, url: string): SitePath {
  const parts = from.split('/').slice(0, -1);
  for (const part of splitUrl(url).path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
