/**
 * The addresses the service worker deals in, shared by the build (integration.ts) and the worker
 * (sw.ts). Pure, so it runs in Node, in the worker and in unit tests.
 */

/** The cache the learner's "Download for offline" videos go into (src/video/assets.ts names it too). */
export const VIDEO_CACHE = 'sideline-videos';

/** The cache prefix workbox names its caches with: `sideline-precache-v2-<scope>`. */
export const CACHE_PREFIX = 'sideline';

/**
 * The caches of the hand-written worker before workbox: one whole copy of the site per build,
 * `sideline-precache-<12 hex>`. A returning learner's browser deletes them once, on activation.
 */
export const LEGACY_PRECACHE = /^sideline-precache-[0-9a-f]{12}$/;

/**
 * The address a built file is requested by. Pages are built as `x/index.html` but linked as `x/`
 * (trailingSlash: 'always'), so the precache keys them by the directory address: a navigation to
 * `/courses/foo/` then finds its page with a plain lookup, query or not.
 * `url` is relative to dist/, as workbox-build lists it.
 */
export function requestPath(url: string): string {
  return '/' + url.replace(/(^|\/)index\.html$/, '$1');
}

/** Videos are never precached: they come from the learner's own downloads, or the network. */
export function isVideoPath(pathname: string): boolean {
  return pathname.startsWith('/videos/') && /\.(mp4|webm)$/.test(pathname);
}

/**
 * The addresses a `{ type: 'cache-videos', urls }` message asks for (src/video/offline.ts), or
 * undefined for any other message. Only site videos: a page cannot make the worker fetch elsewhere.
 */
export function videosToCache(data: unknown): string[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, urls } = data as { type?: unknown; urls?: unknown };
  if (type !== 'cache-videos' || !Array.isArray(urls)) return undefined;
  return urls.filter((url): url is string => typeof url === 'string' && url.startsWith('/videos/'));
}
