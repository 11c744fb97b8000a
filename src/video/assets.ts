/**
 * Where a rendered video's files live and what they hold. The video tool writes them, the build check
 * reads them and the player is handed their addresses, so the names are written down once, here.
 * No runtime imports: the video tool (Node, type stripping) imports this file.
 */
import type { Cue } from './captions.ts';

/** Folder under public/ (and the site's address prefix) for rendered videos. */
export const VIDEOS_FOLDER = 'videos';

export const VIDEO_FILES = {
  mp4: 'video.mp4',
  webm: 'video.webm',
  poster: 'poster.webp',
  captions: 'captions.vtt',
  transcript: 'transcript.json',
  meta: 'meta.json',
} as const;

export type VideoFileKind = keyof typeof VIDEO_FILES;

/** The files a video needs before the site can show it (meta.json is checked on its own). */
export const REQUIRED_VIDEO_FILES: readonly VideoFileKind[] = [
  'mp4',
  'webm',
  'poster',
  'captions',
  'transcript',
];

/** public/videos/<id> relative to the project root, with forward slashes (as problems name files). */
export function videoFolder(id: string): string {
  return `public/${VIDEOS_FOLDER}/${id}`;
}

/** The address of one of a video's files on the site. */
export function videoUrl(id: string, kind: VideoFileKind): string {
  return `/${VIDEOS_FOLDER}/${id}/${VIDEO_FILES[kind]}`;
}

/** transcript.json: the cues as captioned, with the slide headings and when each slide starts. */
export interface VideoTranscript {
  id: string;
  title: string;
  /** Seconds. */
  duration: number;
  slides: { heading: string; start: number; end: number }[];
  cues: Cue[];
}

/** meta.json: what the video was rendered from, so the build can tell when a script has changed since. */
export interface VideoMeta {
  id: string;
  /** sha256 (hex) of the video.yaml text, line endings normalised to \n. */
  scriptSha256: string;
  script: string;
  /** Seconds. */
  duration: number;
  /** Bytes, by file name. */
  sizes: Record<string, number>;
  /** Seconds the pipeline took to render this video. */
  renderSeconds: number;
  renderedWith: { pipeline: number; voice: string; wordsPerMinute: number };
}

/** What the player island is given for one video. */
export interface PlayerVideo {
  id: string;
  title: string;
  src: { mp4: string; webm: string };
  poster: string;
  /** Seconds, from transcript.json: the player resumes before the file's own metadata has loaded. */
  duration: number;
  captions: string;
  transcript: {
    cues: Cue[];
    /** Slide headings, to group the transcript; optional. */
    slides?: { heading: string; start: number }[];
  };
}

/**
 * The order the player lists its sources in, so the browser plays the first it can; "Download for
 * offline" caches the same one. WebM (VP9/Opus) first: it is the smaller for these still slides, and
 * browsers that cannot play it (older Safari) fall through to the MP4.
 */
export const SOURCE_ORDER = [
  { kind: 'webm', type: 'video/webm; codecs="vp9, opus"' },
  { kind: 'mp4', type: 'video/mp4; codecs="avc1.64001F, mp4a.40.2"' },
] as const;

/** The address of the file this browser would play, given its canPlayType. */
export function playableSource(
  src: { mp4: string; webm: string },
  canPlayType: (type: string) => string,
): string {
  const source = SOURCE_ORDER.find(({ type }) => canPlayType(type) !== '');
  return src[source?.kind ?? 'mp4'];
}

/** The service worker's cache for videos the learner chose to keep (src/offline/sw.ts). */
export const VIDEO_CACHE = 'sideline-videos';

/** One of a course's videos, as "Download for offline" needs it. */
export interface CourseVideo {
  id: string;
  src: { mp4: string; webm: string };
  /** Bytes of each file, when known, so the button can say how much it will download. */
  bytes?: { mp4: number; webm: number };
}
