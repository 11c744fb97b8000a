/**
 * Renders one script into public/videos/<id>/: slides screenshotted in Chromium, narration spoken by
 * espeak-ng and measured with ffprobe, captions and transcript timed from those measurements, then the
 * MP4, WebM and poster. Work happens in a temporary folder; the outputs are copied over only when all
 * of them exist, and meta.json (the script's fingerprint) is written last, so a failed render never
 * leaves a video that looks up to date.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { formatVtt, snapToPauses, splitIntoCueTexts, timeCues, type Cue } from '../captions.ts';
import { VIDEO_FILES, type VideoMeta, type VideoTranscript } from '../assets.ts';
import { scriptSha256 } from '../build/meta.ts';
import {
  buildNarration,
  encodeMp4,
  encodeWebm,
  FPS,
  makePoster,
  type SlideTiming,
} from './encode.ts';
import type { ScriptFile } from './script.ts';
import { fitSlide, SLIDE_HEIGHT, SLIDE_WIDTH, slideHtml } from './slide-html.ts';
import { findPauses, synthesise, VOICE, WORDS_PER_MINUTE } from './speech.ts';
import { measureSeconds, probe } from './tools.ts';

/** Bump when a change to the pipeline should be visible in meta.json. */
export const PIPELINE_VERSION = 1;
/** A breath before each slide's narration, and time to read the slide after it. */
const LEAD_SECONDS = 0.5;
const TAIL_SECONDS = 0.8;
const LAST_TAIL_SECONDS = 1.5;

export interface RenderSettings {
  browser: Browser;
  /** Text of src/styles/tokens.css. */
  tokensCss: string;
  roleNames: Record<string, string>;
  siteName: string;
  /** The folder to write into: normally public/videos/<id>. */
  outDir: string;
  log?: (line: string) => void;
}

export interface RenderResult {
  id: string;
  duration: number;
  sizes: Record<string, number>;
  seconds: number;
}

export async function renderVideo(
  source: ScriptFile,
  settings: RenderSettings,
): Promise<RenderResult> {
  const started = performance.now();
  const { script } = source;
  const say = settings.log ?? (() => {});
  let stepStarted = performance.now();
  const log = (line: string) => {
    const now = performance.now();
    say(`${line} (${((now - stepStarted) / 1000).toFixed(1)} s)`);
    stepStarted = now;
  };
  const work = mkdtempSync(join(tmpdir(), `sideline-video-${script.id}-`));
  try {
    const images = await drawSlides(source, settings, work);
    log(`  drew ${script.slides.length} slides`);

    const clips = script.slides.map((_, i) => join(work, `narration-${i + 1}.wav`));
    await Promise.all(
      script.slides.map((slide, i) =>
        synthesise(slide.narration, clips[i] ?? '', join(work, `narration-${i + 1}.txt`)),
      ),
    );
    const measured = await Promise.all(
      clips.map(async (clip) => {
        const { streams } = await probe(clip);
        return {
          duration: await measureSeconds(clip),
          sampleRate: Number(streams[0]?.sample_rate),
          pauses: await findPauses(clip),
        };
      }),
    );
    log('  spoke and measured the narration');
    const sampleRate = measured[0]?.sampleRate || 22050;

    const timings: SlideTiming[] = measured.map(({ duration }, i) => ({
      lead: LEAD_SECONDS,
      duration: wholeFrames(
        LEAD_SECONDS + duration + (i === measured.length - 1 ? LAST_TAIL_SECONDS : TAIL_SECONDS),
      ),
    }));
    const starts = timings.map((_, i) =>
      timings.slice(0, i).reduce((sum, t) => sum + t.duration, 0),
    );
    const total = roundMs(timings.reduce((sum, t) => sum + t.duration, 0));

    // Each slide's cues share its clip by characters, then meet the pauses actually heard.
    const cues: Cue[] = script.slides.flatMap((slide, i) => {
      const clipStart = (starts[i] ?? 0) + LEAD_SECONDS;
      const timed = timeCues(
        splitIntoCueTexts(slide.narration),
        clipStart,
        measured[i]?.duration ?? 0,
      );
      return snapToPauses(timed, measured[i]?.pauses ?? [], clipStart);
    });
    const transcript: VideoTranscript = {
      id: script.id,
      title: script.title,
      duration: total,
      slides: script.slides.map((slide, i) => ({
        heading: slide.heading,
        start: roundMs(starts[i] ?? 0),
        end: roundMs((starts[i] ?? 0) + (timings[i]?.duration ?? 0)),
      })),
      cues,
    };

    const narration = join(work, 'narration.wav');
    await buildNarration(clips, timings, sampleRate, narration);
    const files = {
      mp4: join(work, VIDEO_FILES.mp4),
      webm: join(work, VIDEO_FILES.webm),
      poster: join(work, VIDEO_FILES.poster),
      captions: join(work, VIDEO_FILES.captions),
      transcript: join(work, VIDEO_FILES.transcript),
    };
    // x264 and VP9 each keep a core busy; running them side by side roughly halves the wait.
    await Promise.all([
      encodeMp4(images, timings, narration, files.mp4),
      encodeWebm(images, timings, narration, files.webm),
      makePoster(images[0] ?? '', files.poster),
    ]);
    log('  encoded the MP4, the WebM and the poster');
    writeFileSync(files.captions, formatVtt(cues));
    writeFileSync(files.transcript, `${JSON.stringify(transcript, null, 2)}\n`);

    const duration = await measureSeconds(files.mp4);
    const sizes = Object.fromEntries(
      Object.values(files).map((path) => [path.slice(work.length + 1), statSync(path).size]),
    );
    mkdirSync(settings.outDir, { recursive: true });
    for (const path of Object.values(files))
      copyFileSync(path, join(settings.outDir, path.slice(work.length + 1)));

    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const meta: VideoMeta = {
      id: script.id,
      scriptSha256: scriptSha256(source.text),
      script: source.file,
      duration: roundMs(duration),
      sizes,
      renderSeconds: seconds,
      renderedWith: { pipeline: PIPELINE_VERSION, voice: VOICE, wordsPerMinute: WORDS_PER_MINUTE },
    };
    writeFileSync(join(settings.outDir, VIDEO_FILES.meta), `${JSON.stringify(meta, null, 2)}\n`);
    return { id: script.id, duration: meta.duration, sizes, seconds };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function drawSlides(
  source: ScriptFile,
  settings: RenderSettings,
  work: string,
): Promise<string[]> {
  const page = await settings.browser.newPage({
    viewport: { width: SLIDE_WIDTH, height: SLIDE_HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  try {
    const images: string[] = [];
    for (const [index, slide] of source.script.slides.entries()) {
      const html = slideHtml({
        tokensCss: settings.tokensCss,
        videoTitle: source.script.title,
        slide,
        index,
        count: source.script.slides.length,
        roleNames: settings.roleNames,
        siteName: settings.siteName,
      });
      await page.setContent(html, { waitUntil: 'load' });
      const fit = await page.evaluate(fitSlide);
      if (fit < 1)
        settings.log?.(
          `  slide ${index + 1} is crowded: its text was drawn at ${Math.round(fit * 100)}% size`,
        );
      const path = join(work, `slide-${index + 1}.png`);
      await page.screenshot({ path, type: 'png' });
      images.push(path);
    }
    return images;
  } finally {
    await page.close();
  }
}

function wholeFrames(seconds: number): number {
  return Math.ceil(seconds * FPS) / FPS;
}

function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
