/**
 * "Download for offline": the messages the player and the service worker exchange, and what the
 * button says. Pure; the island posts and listens.
 *
 * Page → worker (navigator.serviceWorker.controller.postMessage):
 *   { type: 'cache-videos', urls: string[] }   site-relative addresses under /videos/
 * Worker → page (the same client, event.source.postMessage):
 *   { type: 'videos-cached', ok: boolean, urls: string[] }   ok is false if any address failed
 */
import { playableSource, type CourseVideo } from './assets.ts';
import { formatSize } from '../site/file-size.ts';

export interface CacheVideosMessage {
  type: 'cache-videos';
  urls: string[];
}

export interface VideosCachedMessage {
  type: 'videos-cached';
  ok: boolean;
  urls: string[];
}

export function cacheVideosMessage(urls: readonly string[]): CacheVideosMessage {
  return { type: 'cache-videos', urls: [...urls] };
}

/** The worker's answer to this request (same addresses, in any order), or undefined for anything else. */
export function answerTo(data: unknown, urls: readonly string[]): VideosCachedMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Partial<VideosCachedMessage>;
  if (
    message.type !== 'videos-cached' ||
    typeof message.ok !== 'boolean' ||
    !Array.isArray(message.urls)
  )
    return undefined;
  const answered = new Set(message.urls);
  if (answered.size !== new Set(urls).size || !urls.every((url) => answered.has(url)))
    return undefined;
  return {
    type: 'videos-cached',
    ok: message.ok,
    urls: message.urls.filter((url) => typeof url === 'string'),
  };
}

export interface DownloadPlan {
  urls: string[];
  /** Total bytes, when every video's size is known. */
  bytes?: number;
}

/** One file per video: the one this browser plays. */
export function downloadPlan(
  videos: readonly CourseVideo[],
  canPlayType: (type: string) => string,
): DownloadPlan {
  const urls = videos.map((video) => playableSource(video.src, canPlayType));
  let bytes = 0;
  for (const [index, video] of videos.entries()) {
    if (!video.bytes) return { urls };
    bytes += urls[index] === video.src.webm ? video.bytes.webm : video.bytes.mp4;
  }
  return { urls, bytes };
}

/** The button's words: "Download this course's 4 videos for offline use (5.2 MB)". */
export function downloadLabel(plan: DownloadPlan): string {
  const count = plan.urls.length;
  const what = count === 1 ? 'this video' : `this course's ${count} videos`;
  return `Download ${what} for offline use${plan.bytes !== undefined ? ` (${formatSize(plan.bytes)})` : ''}`;
}

/**
 * Once the file being played is saved for offline use, the service worker answers its next range
 * requests from the cache. Chromium refuses to mix those with the network answers it already holds for
 * that address ("data source error" on the next seek), even after load(). So the element switches to
 * the same file under a new address (the worker ignores the query) and carries on from the same point.
 * Returns whether it switched; `done` runs once the new address is playing from the old position.
 */
export function playSavedCopy(
  element: HTMLVideoElement,
  savedUrls: readonly string[],
  done: () => void,
): boolean {
  const current = element.currentSrc ? new URL(element.currentSrc) : undefined;
  if (!current || !savedUrls.includes(current.pathname) || current.searchParams.has('saved'))
    return false;
  const at = element.currentTime;
  const playing = !element.paused;
  element.addEventListener(
    'loadedmetadata',
    () => {
      // A seek made while the file reloaded wins over the point it was saved at.
      if (element.currentTime < 0.5) element.currentTime = at;
      done();
      if (playing) void element.play().catch(() => {});
    },
    { once: true },
  );
  current.searchParams.set('saved', '1');
  // Setting src reloads the element and takes precedence over its <source> children.
  element.src = `${current.pathname}${current.search}`;
  return true;
}
