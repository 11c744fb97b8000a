/**
 * The programs the video pipeline runs (ffmpeg, ffprobe, espeak-ng, Chromium): finding them, saying
 * plainly how to install one that is missing, and running them without a shell.
 */
import { execFile } from 'node:child_process';
import { findChromium } from '../../content/chromium.ts';

/** A program the pipeline cannot run without; the message says how to install it. */
export class MissingToolError extends Error {
  readonly missing: string[];
  constructor(missing: string[]) {
    super(missing.join('\n'));
    this.name = 'MissingToolError';
    this.missing = missing;
  }
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { maxBuffer: 64 * 1024 * 1024, ...options },
      (error, stdout, stderr) => {
        if (error) {
          // The last lines of ffmpeg's log say what went wrong; the rest is its banner and settings.
          const tail = String(stderr).trim().split('\n').slice(-8).join('\n');
          reject(new Error(`${command} failed (${error.code ?? error.message}):\n${tail}`));
        } else {
          resolve({ stdout: String(stdout), stderr: String(stderr) });
        }
      },
    );
  });
}

async function installed(command: string, versionFlag: string): Promise<boolean> {
  try {
    await run(command, [versionFlag]);
    return true;
  } catch {
    return false;
  }
}

/** What is missing, one line each, with the command that installs it; empty when all is there. */
export async function missingTools(): Promise<{ missing: string[]; chromium?: string }> {
  const [ffmpeg, ffprobe, espeak, chromium] = await Promise.all([
    installed('ffmpeg', '-version'),
    installed('ffprobe', '-version'),
    installed('espeak-ng', '--version'),
    findChromium(),
  ]);
  const missing: string[] = [];
  if (!ffmpeg || !ffprobe) missing.push('ffmpeg is not installed: run sudo apt-get install ffmpeg');
  if (!espeak) missing.push('espeak-ng is not installed: run sudo apt-get install espeak-ng');
  if (!chromium) {
    missing.push(
      'Chromium is not installed: run sudo apt-get install chromium (or set CHROME_PATH to a Chrome or Chromium binary)',
    );
  }
  return chromium ? { missing, chromium } : { missing };
}

export async function requireTools(): Promise<{ chromium: string }> {
  const { missing, chromium } = await missingTools();
  if (missing.length || !chromium) throw new MissingToolError(missing);
  return { chromium };
}

export interface ProbedStream {
  codec_type: string;
  codec_name: string;
  sample_rate?: string;
  width?: number;
  height?: number;
}

/** The streams of a media file, and its length in seconds (undefined for a still image). */
export async function probe(
  file: string,
): Promise<{ duration: number | undefined; streams: ProbedStream[] }> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration:stream=codec_type,codec_name,sample_rate,width,height',
    '-of',
    'json',
    file,
  ]);
  const parsed = JSON.parse(stdout) as { format?: { duration?: string }; streams?: ProbedStream[] };
  const duration = Number(parsed.format?.duration);
  return {
    duration: Number.isFinite(duration) ? duration : undefined,
    streams: parsed.streams ?? [],
  };
}

/** The length of an audio or video file in seconds, as ffprobe measures it. */
export async function measureSeconds(file: string): Promise<number> {
  const { duration } = await probe(file);
  if (duration === undefined) throw new Error(`ffprobe could not measure the length of ${file}`);
  return duration;
}
