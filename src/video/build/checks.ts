/**
 * The build's check on rendered videos: every video.yaml has its video in public/videos/<id>/, made
 * from the script as it is now, with captions that have cues in them. The videos are committed so the
 * site builds without ffmpeg; this check is what stops a changed script shipping with its old video.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VideoScript } from '../schema';
import type { ContentProblem } from '../../content/friendly-errors';
import { parseVtt } from '../captions.ts';
import { REQUIRED_VIDEO_FILES, VIDEO_FILES, videoFolder, type VideoFileKind } from '../assets.ts';
import { scriptSha256 } from './meta.ts';

export interface VideoScriptFile {
  /** Path of the video.yaml, relative to the project root. */
  file: string;
  data: Pick<VideoScript, 'id'>;
  /** The video.yaml text as read from disk. */
  text: string;
}

const FILE_NAMES: Record<VideoFileKind, string> = {
  mp4: 'MP4 video',
  webm: 'WebM video',
  poster: 'poster image',
  captions: 'captions',
  transcript: 'transcript',
  meta: 'render details',
};

export function checkVideos(videos: readonly VideoScriptFile[], root: string): ContentProblem[] {
  return videos.flatMap((video) => checkVideo(video, root));
}

function checkVideo({ file, data, text }: VideoScriptFile, root: string): ContentProblem[] {
  const folder = videoFolder(data.id);
  const renderAgain = `Run npm run videos to render it again, then commit the files in ${folder}/.`;
  if (!existsSync(join(root, folder))) {
    return [
      {
        file,
        problem: `The video "${data.id}" has not been rendered yet: there is no ${folder}/ folder.`,
        fix: `Run npm run videos to render it, then commit the files in ${folder}/.`,
      },
    ];
  }

  const problems: ContentProblem[] = [];
  const recorded = readRecordedHash(join(root, folder, VIDEO_FILES.meta));
  if (recorded === undefined) {
    problems.push({
      file,
      problem: `${folder}/${VIDEO_FILES.meta} is missing or cannot be read, so the build cannot tell whether the video matches this script.`,
      fix: renderAgain,
    });
  } else if (recorded !== scriptSha256(text)) {
    problems.push({
      file,
      problem: `The script has changed since its video was rendered, so the video, captions and transcript in ${folder}/ no longer match it.`,
      fix: renderAgain,
    });
  }

  const missing = REQUIRED_VIDEO_FILES.filter(
    (kind) => !existsSync(join(root, folder, VIDEO_FILES[kind])),
  );
  if (missing.length) {
    const list = missing.map((kind) => `${FILE_NAMES[kind]} (${VIDEO_FILES[kind]})`);
    problems.push({
      file,
      problem: `The video is missing its ${joinAnd(list)} in ${folder}/.`,
      fix: renderAgain,
    });
  }

  const captionsPath = join(root, folder, VIDEO_FILES.captions);
  if (!missing.includes('captions') && parseVtt(readFileSync(captionsPath, 'utf8')).length === 0) {
    problems.push({
      file,
      problem: `The captions file ${folder}/${VIDEO_FILES.captions} has no captions in it.`,
      fix: renderAgain,
    });
  }
  return problems;
}

function readRecordedHash(path: string): string | undefined {
  try {
    const meta: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const hash = (meta as { scriptSha256?: unknown } | null)?.scriptSha256;
    return typeof hash === 'string' ? hash : undefined;
  } catch {
    return undefined;
  }
}

function joinAnd(items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
