/**
 * Sideline's service worker, bundled by integration.ts into dist/sw.js with the precache list in
 * place of `self.__WB_MANIFEST`: every page, script, style, caption, search-index file and book,
 * each with its own revision. Workbox keeps one precache across builds and, when a new worker
 * installs, fetches only the entries whose revision changed, so a deploy costs a returning learner
 * what changed rather than the whole site.
 *
 * Pages: the network first (an update is seen at once), the precache after 4 s or offline, the
 * not-found page for an address the site does not have. Everything else precached: the cache
 * first (names or revisions change with content). Videos: the learner's downloads, with ranges.
 */
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  getCacheKeyForURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { RangeRequestsPlugin } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { CACHE_PREFIX, LEGACY_PRECACHE, VIDEO_CACHE, isVideoPath, videosToCache } from './urls.ts';

// The worker's global scope, as far as this file uses it. The project's TypeScript has the DOM
// library, whose `self` is a Window; the WebWorker library cannot be loaded beside it.
interface WaitingEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerMessageEvent extends WaitingEvent {
  data: unknown;
  source: { postMessage(message: unknown): void } | null;
}
declare const self: {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: WaitingEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
};

setCacheNameDetails({ prefix: CACHE_PREFIX });

// A new worker takes over at once (and the first visit's page is controlled without a reload), as
// the worker before workbox did; pages are network-first, so nothing shown is older than the build.
self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();
cleanupOutdatedCaches();
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => LEGACY_PRECACHE.test(name)).map((name) => caches.delete(name)),
        ),
      ),
  );
});

/** A page's precache key, by its address without the query (`/search/?q=…` is `/search/`). */
function precacheKey(url: string): string | undefined {
  const { origin, pathname } = new URL(url);
  return getCacheKeyForURL(origin + pathname);
}

// Pages read from the precache under its revisioned keys and never write to it: the precache
// changes only when a new worker installs, so its revision bookkeeping stays true.
const fromPrecache: WorkboxPlugin = {
  cacheKeyWillBeUsed: ({ request }) => Promise.resolve(precacheKey(request.url) ?? request),
  cacheWillUpdate: () => Promise.resolve(null),
  // Offline (or no answer) and not a page of the site: the not-found page.
  handlerDidError: () => matchPrecache('/404.html'),
};

// Registered before precacheAndRoute: the first matching route wins, and pages must not be cache-first.
registerRoute(
  new NavigationRoute(
    new NetworkFirst({
      cacheName: cacheNames.precache,
      networkTimeoutSeconds: 4,
      plugins: [fromPrecache],
    }),
  ),
);

// Videos: the copy the learner downloaded, cut to the range the player asks for (`bytes=-N` too);
// otherwise the network, and nothing is cached behind the learner's back.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && isVideoPath(url.pathname),
  new CacheFirst({
    cacheName: VIDEO_CACHE,
    // The player adds `?saved=1` to switch to the saved copy (src/video/offline.ts).
    matchOptions: { ignoreSearch: true, ignoreVary: true },
    plugins: [
      // Workbox declares the plugin's hook optional, which exactOptionalPropertyTypes refuses.
      new RangeRequestsPlugin() as WorkboxPlugin,
      { cacheWillUpdate: () => Promise.resolve(null) },
    ],
  }),
);

// Everything else in the manifest, cache-first. Any query is ignored, as before workbox.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

// "Download for offline" (src/video/offline.ts): { type: 'cache-videos', urls } in,
// { type: 'videos-cached', ok, urls } back to the page that asked.
self.addEventListener('message', (event) => {
  const urls = videosToCache(event.data);
  if (!urls) return;
  event.waitUntil(
    (async () => {
      let ok = true;
      const cache = await caches.open(VIDEO_CACHE);
      for (const url of urls) {
        try {
          const response = await fetch(url);
          if (!response.ok) throw new Error(String(response.status));
          await cache.put(url, response);
        } catch {
          ok = false;
        }
      }
      event.source?.postMessage({ type: 'videos-cached', ok, urls });
    })(),
  );
});
