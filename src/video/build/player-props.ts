/**
 * Build time: what a step page hands the VideoPlayer island, read from the rendered files in
 * public/videos/<id>/. The transcript goes in as props so it is in the page's HTML, readable and
 * searchable before (and without) any JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  VIDEO_FILES,
  videoFolder,
  videoUrl,
  type CourseVideo,
  type PlayerVideo,
  type VideoMeta,
  type VideoTranscript,
} from '../assets.ts';

export function playerVideo(root: string, video: { id: string; title: string }): PlayerVideo {
  const transcript = readJson<VideoTranscript>(root, video.id, VIDEO_FILES.transcript);
  return {
    id: video.id,
    title: video.title,
    src: { mp4: videoUrl(video.id, 'mp4'), webm: videoUrl(video.id, 'webm') },
    poster: videoUrl(video.id, 'poster'),
    duration: transcript.duration,
    captions: videoUrl(video.id, 'captions'),
    transcript: {
      cues: transcript.cues,
      slides: transcript.slides.map(({ heading, start }) => ({ heading, start })),
    },
  };
}

/** A course's videos for "Download for offline", in course order; sizes from each meta.json. */
export function courseVideos(root: string, ids: readonly string[]): CourseVideo[] {
  return ids.map((id) => {
    const src = { mp4: videoUrl(id, 'mp4'), webm: videoUrl(id, 'webm') };
    try {
      const { sizes } = readJson<VideoMeta>(root, id, VIDEO_FILES.meta);
      const mp4 = sizes[VIDEO_FILES.mp4];
      const webm = sizes[VIDEO_FILES.webm];
      return mp4 !== undefined && webm !== undefined
        ? { id, src, bytes: { mp4, webm } }
        : { id, src };
    } catch {
      return { id, src };
    }
  });
}

/** A rendered video's length in seconds, from its meta.json; undefined until it has been rendered. */
export function renderedSeconds(root: string, id: string): number | undefined {
  try {
    const { duration } = readJson<VideoMeta>(root, id, VIDEO_FILES.meta);
    return Number.isFinite(duration) && duration > 0 ? duration : undefined;
  } catch {
    return undefined;
  }
}

function readJson<T>(root: string, id: string, name: string): T {
  return JSON.parse(readFileSync(join(root, videoFolder(id), name), 'utf8')) as T;
}
