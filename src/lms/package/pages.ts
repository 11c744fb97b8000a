/**
 * One page of the built site made to work inside a package, under whatever URL the LMS serves it:
 * every root-absolute URL becomes relative to the page (attributes, and the hrefs and media URLs in
 * an island's props, which its script puts into this same page); links to pages the package does not
 * hold open the public site in a new window when its address is known, or become plain text; the
 * public site's own chrome (navigation, search, footer, web app manifest) and the service worker's
 * registration are left out: inside an LMS the LMS is the record, and the site's storage is a cache.
 * Inline scripts are never edited, so the page's Content-Security-Policy hashes still hold.
 */
import { Window } from 'happy-dom';
import { fileOfPath, isPage, isRootAbsolute, relativeUrl, splitUrl, type SitePath } from './urls';

/** Attributes holding one URL, on any element (astro-island's hydration scripts among them). */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'poster',
  'component-url',
  'renderer-url',
  'before-hydration-url',
  // The course outline a step page's navigation fetches (record/components/course-record-element.ts).
  'data-course-src',
];
/** The public site's chrome: it leads to pages a package does not hold, or speaks for the site. */
const PUBLIC_SITE_CHROME = [
  '.site-header__nav',
  '.site-search',
  '.site-header__compact',
  '.site-footer',
  'link[rel="manifest"]',
];

export interface PackageScope {
  /** Whether the package holds this page (or file a link downloads). */
  holds(file: SitePath): boolean;
  /** The public site's address (`https://learn.example/`), for links to pages outside the package. */
  publicSite?: string | undefined;
}

export interface RewrittenPage {
  html: string;
  /** Pages of the package this one links to. */
  links: SitePath[];
  /** Files this page loads (scripts, styles, images, media, data), which the package must hold. */
  loads: SitePath[];
}

export async function rewritePage(
  html: string,
  file: SitePath,
  scope: PackageScope,
): Promise<RewrittenPage> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const links: SitePath[] = [];
    const loads: SitePath[] = [];

    for (const element of document.querySelectorAll(PUBLIC_SITE_CHROME.join(','))) element.remove();
    for (const script of document.querySelectorAll('script:not([src])')) {
      if (/serviceWorker\.register\(/.test(script.textContent)) script.remove();
    }

    /** A link (a navigation) to another page: kept if the package holds it. */
    const linkTo = (url: string): string | undefined => {
      const { path, rest } = splitUrl(url);
      const target = fileOfPath(path);
      if (!scope.holds(target)) return undefined;
      if (isPage(target)) links.push(target);
      else loads.push(target);
      return target === file && rest.startsWith('#') ? rest : relativeUrl(file, target) + rest;
    };
    const load = (url: string): string => {
      const { path, rest } = splitUrl(url);
      const target = fileOfPath(path);
      loads.push(target);
      return relativeUrl(file, target) + rest;
    };

    for (const anchor of document.querySelectorAll('a[href], area[href]')) {
      const href = anchor.getAttribute('href')!;
      if (!isRootAbsolute(href)) continue;
      const inside = linkTo(href);
      if (inside !== undefined) anchor.setAttribute('href', inside);
      else if (scope.publicSite) {
        anchor.setAttribute('href', new URL(href.slice(1), scope.publicSite).href);
        anchor.setAttribute('target', '_blank');
        anchor.setAttribute('rel', 'noopener');
      } else anchor.replaceWith(...anchor.childNodes);
    }
    for (const form of document.querySelectorAll('form[action]')) {
      const action = form.getAttribute('action')!;
      if (!isRootAbsolute(action)) continue;
      const inside = linkTo(action);
      if (inside !== undefined) form.setAttribute('action', inside);
      else form.remove();
    }
    for (const element of document.querySelectorAll('*')) {
      for (const name of URL_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value && isRootAbsolute(value)) element.setAttribute(name, load(value));
      }
      const srcset = element.getAttribute('srcset');
      if (srcset) element.setAttribute('srcset', rewriteSrcset(srcset, load));
    }
    // An island's props and a custom element's data are JSON: their hrefs become links of this page.
    for (const element of document.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        const value = element.getAttribute(name)!;
        if (!/^[[{]/.test(value)) continue;
        element.setAttribute(
          name,
          value.replace(/"(\/(?!\/)[^"]*)"/g, (whole, url: string) => {
            const target = fileOfPath(splitUrl(url).path);
            if (isPage(target)) {
              const inside = linkTo(url);
              return inside === undefined ? whole : JSON.stringify(inside);
            }
            return JSON.stringify(load(url));
          }),
        );
      }
    }
    const doctype = html.trimStart().toLowerCase().startsWith('<!doctype') ? '<!DOCTYPE html>' : '';
    return { html: doctype + document.documentElement.outerHTML, links, loads };
  } finally {
    await window.happyDOM.close();
  }
}

function rewriteSrcset(srcset: string, load: (url: string) => string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [isRootAbsolute(url) ? load(url) : url, ...descriptors].join(' ');
    })
    .join(', ');
}
