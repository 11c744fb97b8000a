/**
 * ffmpeg steps: the narration track (each slide's clip padded to the slide's length), the two video
 * encodings and the poster. Still slides compress to almost nothing between key frames, so the
 * settings spend little on video and keep speech clear at a low audio rate.
 */
import { run } from './tools.ts';

export const FPS = 25;

export interface SlideTiming {
  /** Seconds of silence before the narration starts. */
  lead: number;
  /** Seconds the slide is on screen: a whole number of frames. */
  duration: number;
}

/** One narration track: each clip delayed by its lead and padded (in samples, so exactly) to its slide. */
export async function buildNarration(
  clips: readonly string[],
  timings: readonly SlideTiming[],
  sampleRate: number,
  out: string,
): Promise<void> {
  const inputs = clips.flatMap((clip) => ['-i', clip]);
  const chains = timings.map(({ lead, duration }, i) => {
    const samples = Math.round(duration * sampleRate);
    return `[${i}:a]adelay=${Math.round(lead * 1000)}:all=1,apad=whole_len=${samples},atrim=end_sample=${samples}[a${i}]`;
  });
  const joined = `${timings.map((_, i) => `[a${i}]`).join('')}concat=n=${timings.length}:v=0:a=1[out]`;
  // prettier-ignore
  await run('ffmpeg', [
    '-hide_banner', '-y', ...inputs,
    '-filter_complex', `${chains.join(';')};${joined}`,
    '-map', '[out]', '-ac', '1', '-ar', String(sampleRate), '-c:a', 'pcm_s16le', out,
  ]);
}

/**
 * The slides as one picture stream at 25 fps: each image is read once and its frame repeated for the
 * slide's length (reading the PNG again for every frame costs more than encoding it).
 */
function slideInputs(images: readonly string[]): string[] {
  return images.flatMap((image) => ['-i', image]);
}

function slideFilter(timings: readonly SlideTiming[]): string {
  const held = timings.map(
    ({ duration }, i) =>
      `[${i}:v]format=yuv420p,fps=${FPS},tpad=stop_mode=clone:stop_duration=${(duration - 1 / FPS).toFixed(3)}[s${i}]`,
  );
  const labels = timings.map((_, i) => `[s${i}]`).join('');
  return `${held.join(';')};${labels}concat=n=${timings.length}:v=1:a=0[v]`;
}

/**
 * A key frame at least every 20 s, and one at every slide change: a new slide drawn as a change to
 * the last one keeps a ghost of it for seconds at these low bit rates, and a learner who jumps to a
 * slide from the transcript lands on a clean frame at once. Between key frames a still picture costs
 * almost nothing, so the file stays small.
 */
const KEYFRAME_EVERY = String(FPS * 20);

function slideKeyframes(timings: readonly SlideTiming[]): string[] {
  let start = 0;
  const times = timings.map(({ duration }) => {
    const at = start;
    start += duration;
    return at.toFixed(3);
  });
  return ['-force_key_frames', times.join(',')];
}

export async function encodeMp4(
  images: readonly string[],
  timings: readonly SlideTiming[],
  narration: string,
  out: string,
): Promise<void> {
  // prettier-ignore
  await run('ffmpeg', [
    '-hide_banner', '-y', ...slideInputs(images), '-i', narration,
    '-filter_complex', slideFilter(timings),
    '-map', '[v]', '-map', `${images.length}:a`,
    '-c:v', 'libx264', '-preset', 'medium', '-tune', 'stillimage', '-crf', '23', '-r', String(FPS),
    '-g', KEYFRAME_EVERY, ...slideKeyframes(timings),
    // Synthetic speech at 22 kHz: 32 kbit/s mono keeps it clear.
    '-c:a', 'aac', '-b:a', '32k', '-ac', '1',
    '-movflags', '+faststart', out,
  ]);
}

export async function encodeWebm(
  images: readonly string[],
  timings: readonly SlideTiming[],
  narration: string,
  out: string,
): Promise<void> {
  // prettier-ignore
  await run('ffmpeg', [
    '-hide_banner', '-y', ...slideInputs(images), '-i', narration,
    '-filter_complex', slideFilter(timings),
    '-map', '[v]', '-map', `${images.length}:a`,
    // The realtime setting encodes several times faster than "good" and costs little on still slides.
    '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '40', '-deadline', 'realtime', '-cpu-used', '8', '-row-mt', '1',
    '-r', String(FPS), '-g', KEYFRAME_EVERY, ...slideKeyframes(timings),
    '-c:a', 'libopus', '-b:a', '24k', '-ac', '1', '-ar', '48000', out,
  ]);
}

/** Lossless WebP: flat slides compress to a third of a JPEG of the same sharpness. */
export async function makePoster(image: string, out: string): Promise<void> {
  await run('ffmpeg', [
    '-hide_banner',
    '-y',
    '-i',
    image,
    '-frames:v',
    '1',
    '-c:v',
    'libwebp',
    '-lossless',
    '1',
    '-compression_level',
    '6',
    out,
  ]);
}
