/**
 * The video pipeline end to end on a tiny two-slide script: real Chromium, espeak-ng and ffmpeg.
 * Skipped, with a warning that names what is missing, only where those programs are not installed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseSpace, parseVtt } from '../../../../src/video/captions';
import type { VideoMeta, VideoTranscript } from '../../../../src/video/assets';
import { checkVideos } from '../../../../src/video/build/checks';
import { scriptSha256 } from '../../../../src/video/build/meta';
import { renderVideo } from '../../../../src/video/tool/render-video';
import { readScript } from '../../../../src/video/tool/script';
import { parseSilences, spokenText, synthesise } from '../../../../src/video/tool/speech';
import { measureSeconds, missingTools, probe } from '../../../../src/video/tool/tools';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = join(root, 'tests/fixtures/videos/two-slides.yaml');
const { missing, chromium: chromiumPath } = await missingTools();
if (missing.length) console.warn(`Skipping the video pipeline test:\n  ${missing.join('\n  ')}`);

const work = mkdtempSync(join(tmpdir(), 'sideline-pipeline-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the video pipeline', () => {
  // Chromium, two encoders and speech synthesis: about 20 s on an idle two-core machine, far more on a busy one.
  it.skipIf(missing.length > 0)(
    'renders a two-slide script into a video that plays, with captions in time with it',
    async () => {
      const { chromium } = await import('@playwright/test');
      const browser = await chromium.launch({
        ...(chromiumPath ? { executablePath: chromiumPath } : {}),
        args: ['--no-sandbox', '--disable-gpu'],
      });
      const source = readScript(root, fixture);
      const outDir = join(work, 'public/videos', source.script.id);
      try {
        await renderVideo(source, {
          browser,
          tokensCss: readFileSync(join(root, 'src/styles/tokens.css'), 'utf8'),
          roleNames: { sponsor: 'Sponsor', 'delivery-lead': 'Delivery lead' },
          siteName: 'Sideline',
          outDir,
        });
      } finally {
        await browser.close();
      }

      // The narration clips on their own, measured the same way.
      const clipSeconds = await Promise.all(
        source.script.slides.map(async (slide, i) => {
          const wav = join(work, `clip-${i}.wav`);
          await synthesise(slide.narration, wav, join(work, `clip-${i}.txt`));
          return measureSeconds(wav);
        }),
      );
      const speech = clipSeconds.reduce((a, b) => a + b, 0);

      const mp4 = {
        ...(await probe(join(outDir, 'video.mp4'))),
        duration: await measureSeconds(join(outDir, 'video.mp4')),
      };
      expect(mp4.streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264']);
      expect(mp4.streams.find((s) => s.codec_type === 'video')).toMatchObject({
        width: 1280,
        height: 720,
      });
      // The clips back to back, plus a short pause before and after each slide's narration.
      expect(mp4.duration).toBeGreaterThan(speech + 1);
      expect(mp4.duration).toBeLessThan(speech + 4.5);

      const webm = await probe(join(outDir, 'video.webm'));
      expect(webm.streams.map((s) => s.codec_name).sort()).toEqual(['opus', 'vp9']);
      expect(Math.abs((webm.duration ?? 0) - mp4.duration)).toBeLessThan(0.1);

      const poster = await probe(join(outDir, 'poster.webp'));
      expect(poster.streams[0]).toMatchObject({ codec_name: 'webp', width: 1280, height: 720 });

      const cues = parseVtt(readFileSync(join(outDir, 'captions.vtt'), 'utf8'));
      expect(cues.length).toBeGreaterThanOrEqual(2);
      cues.forEach((cue, i) => {
        expect(cue.end).toBeGreaterThan(cue.start);
        if (i > 0) expect(cue.start).toBeGreaterThanOrEqual(cues[i - 1]!.end);
      });
      expect(cues[0]!.start).toBeGreaterThan(0);
      expect(cues[cues.length - 1]!.end).toBeLessThanOrEqual(mp4.duration);
      // The second slide's captions start after the first slide's narration could have ended.
      const secondSlideFirstCue = cues.find((cue) => cue.text === 'That is all for now.');
      expect(secondSlideFirstCue!.start).toBeGreaterThan(clipSeconds[0]!);
      // Every word of the narration is captioned, in order.
      expect(cues.map((cue) => cue.text).join(' ')).toBe(
        source.script.slides.map((s) => normaliseSpace(s.narration)).join(' '),
      );

      const transcript = JSON.parse(
        readFileSync(join(outDir, 'transcript.json'), 'utf8'),
      ) as VideoTranscript;
      expect(transcript.cues).toEqual(cues);
      expect(transcript.slides.map((s) => s.heading)).toEqual(['Who decides', 'That is all']);

      const meta = JSON.parse(readFileSync(join(outDir, 'meta.json'), 'utf8')) as VideoMeta;
      expect(meta.scriptSha256).toBe(scriptSha256(readFileSync(fixture, 'utf8')));
      expect(meta.sizes['video.mp4']).toBeGreaterThan(1000);

      // What the build checks is satisfied by what the pipeline writes.
      expect(
        checkVideos([{ file: 'two-slides.yaml', data: source.script, text: source.text }], work),
      ).toEqual([]);
    },
    240_000,
  );
});

describe('pauses in the narration', () => {
  it("reads ffmpeg's silencedetect log", () => {
    const log = `[silencedetect @ 0x5631] silence_start: -0.0001
[silencedetect @ 0x5631] silence_end: 0.21 | silence_duration: 0.21
size=N/A time=00:00:00.09 bitrate=N/A speed=N/A    [silencedetect @ 0x5631] silence_start: 2.04884
[silencedetect @ 0x5631] silence_end: 2.45361 | silence_duration: 0.404762
[silencedetect @ 0x5631] silence_start: 19.1756`;
    expect(parseSilences(log)).toEqual([
      { start: 0, end: 0.21 },
      { start: 2.04884, end: 2.45361 },
    ]);
  });
});

describe('narration as spoken', () => {
  it('says abbreviations, percentages and amounts in words, and leaves plain prose alone', () => {
    expect(spokenText('Cut costs, e.g. travel, by 10% & save £2m.')).toBe(
      'Cut costs, for example, travel, by 10 per cent and save 2 million pounds.',
    );
    expect(spokenText('A busy sponsor\n  rings the PMO.')).toBe('A busy sponsor rings the PMO.');
  });
});
