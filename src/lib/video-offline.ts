/**
 * "Download for offline": the messages the player and the service worker exchange, and what the
 * button says. Pure; the island posts and listens.
 *
 * Page → worker (navigator.serviceWorker.controller.postMessage):
 *   { type: 'cache-videos', urls: string[] }   site-relative addresses under /videos/
 * Worker → page (the same client, event.source.postMessage):
 *   { type: 'videos-cached', ok: boolean, urls: string[] }   ok is false if any address failed
 */
import { playableSource, type CourseVideo } from './video-assets.ts';

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

/** "1.4 MB", "350 KB": how people see file sizes. */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** The button's words: "Download this course's 4 videos for offline use (5.2 MB)". */
export function downloadLabel(plan: DownloadPlan): string {
  const count = plan.urls.length;
  const what = count === 1 ? 'this video' : `this course's ${count} videos`;
  return `Download ${what} for offline use${plan.bytes !== undefined ? ` (${formatSize(plan.bytes)})` : ''}`;
}
