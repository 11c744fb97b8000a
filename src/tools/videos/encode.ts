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
  await run('ffmpeg', [
    '-hide_banner', '-y', ...inputs,
    '-filter_complex', `${chains.join(';')};${joined}`,
    '-map', '[out]', '-ac', '1', '-ar', String(sampleRate), '-c:a', 'pcm_s16le', out,
  ]);
}

/** The slides as one picture stream: each image held for its slide's length, at 25 fps. */
function slideInputs(images: readonly string[], timings: readonly SlideTiming[]): string[] {
  return images.flatMap((image, i) => ['-loop', '1', '-framerate', String(FPS), '-t', String(timings[i]?.duration ?? 0), '-i', image]);
}

function slideFilter(count: number): string {
  const labels = Array.from({ length: count }, (_, i) => `[${i}:v]`).join('');
  return `${labels}concat=n=${count}:v=1:a=0,format=yuv420p[v]`;
}

export async function encodeMp4(images: readonly string[], timings: readonly SlideTiming[], narration: string, out: string): Promise<void> {
  await run('ffmpeg', [
    '-hide_banner', '-y', ...slideInputs(images, timings), '-i', narration,
    '-filter_complex', slideFilter(images.length),
    '-map', '[v]', '-map', `${images.length}:a`,
    '-c:v', 'libx264', '-preset', 'medium', '-tune', 'stillimage', '-crf', '23', '-r', String(FPS),
    // A key frame at least every 10 s keeps seeking quick; slide changes get their own.
    '-g', String(FPS * 10),
    '-c:a', 'aac', '-b:a', '40k', '-ac', '1',
    '-movflags', '+faststart', out,
  ]);
}

export async function encodeWebm(images: readonly string[], timings: readonly SlideTiming[], narration: string, out: string): Promise<void> {
  await run('ffmpeg', [
    '-hide_banner', '-y', ...slideInputs(images, timings), '-i', narration,
    '-filter_complex', slideFilter(images.length),
    '-map', '[v]', '-map', `${images.length}:a`,
    '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '42', '-deadline', 'good', '-cpu-used', '4', '-row-mt', '1',
    '-r', String(FPS), '-g', String(FPS * 10),
    '-c:a', 'libopus', '-b:a', '24k', '-ac', '1', '-ar', '48000', out,
  ]);
}

export async function makePoster(image: string, out: string): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-y', '-i', image, '-frames:v', '1', '-q:v', '5', out]);
}
