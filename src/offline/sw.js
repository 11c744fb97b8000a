/* Sideline's service worker. The precache list is injected at build from workbox-build's manifest
 * (every page, script, style, caption and search-index file, each with a revision), so a new build
 * replaces exactly what changed. Videos are large: they are cached per course only when the learner
 * asks ("Download for offline"). */
const MANIFEST = self.__SIDELINE_MANIFEST;
const VERSION = self.__SIDELINE_VERSION;
const PRECACHE = `sideline-precache-${VERSION}`;
const VIDEOS = 'sideline-videos';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      // Add in small batches: one failed file must not leave the whole site uncached.
      for (let i = 0; i < MANIFEST.length; i += 20) {
        await Promise.all(
          MANIFEST.slice(i, i + 20).map(async ({ url }) => {
            try {
              const response = await fetch(url, { cache: 'reload' });
              if (response.ok) await cache.put(url, response);
            } catch {
              /* offline during install: the next visit fills the gap */
            }
          }),
        );
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith('sideline-precache-') && name !== PRECACHE)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

const fromCache = (request) =>
  caches
    .match(request, { ignoreSearch: true, ignoreVary: true })
    .then(
      (hit) =>
        hit ??
        (request.mode === 'navigate' ? caches.match('/404.html', { ignoreVary: true }) : undefined),
    );

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  if (url.pathname.startsWith('/videos/') && /\.(mp4|webm)$/.test(url.pathname)) {
    event.respondWith(videoResponse(request));
    return;
  }
  if (request.mode === 'navigate') {
    // Pages: the network first, so an update is seen at once; the cache when offline or slow.
    event.respondWith(
      (async () => {
        try {
          const response = await Promise.race([
            fetch(request),
            new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), 4000)),
          ]);
          return response;
        } catch {
          return (await fromCache(request)) ?? Response.error();
        }
      })(),
    );
    return;
  }
  // Scripts, styles and data have hashed or revisioned names: the cache first.
  event.respondWith(fromCache(request).then((hit) => hit ?? fetch(request)));
});

/** Videos from the video cache when the learner downloaded them, with Range support for seeking. */
async function videoResponse(request) {
  const cache = await caches.open(VIDEOS);
  const cached = await cache.match(request.url, { ignoreVary: true, ignoreSearch: true });
  if (!cached) return fetch(request);
  const range = request.headers.get('range');
  if (!range) return cached;
  const body = await cached.arrayBuffer();
  const [, startText, endText] = /bytes=(\d*)-(\d*)/.exec(range) ?? [];
  const start = Number(startText || 0);
  const end = endText ? Number(endText) : body.byteLength - 1;
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: {
      'Content-Type': cached.headers.get('Content-Type') ?? 'video/mp4',
      'Content-Range': `bytes ${start}-${end}/${body.byteLength}`,
      'Content-Length': String(end - start + 1),
      'Accept-Ranges': 'bytes',
    },
  });
}

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  if (data.type !== 'cache-videos' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((url) => typeof url === 'string' && url.startsWith('/videos/'));
  event.waitUntil(
    (async () => {
      let ok = true;
      const cache = await caches.open(VIDEOS);
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
