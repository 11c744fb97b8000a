/**
 * The player's markup as the server renders it (no DOM here): what a screen-reader user and a
 * keyboard user meet before any script runs. Playing, seeking and resuming are browser tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import VideoPlayer from '../../../src/video/components/VideoPlayer';
import {
  answerTo,
  cacheVideosMessage,
  downloadLabel,
  downloadPlan,
} from '../../../src/video/offline';
import { playableSource } from '../../../src/video/assets';
import { courseVideos, playerVideo } from '../../../src/video/build/player-props';

const video = {
  id: 'tolerances-video',
  title: 'Tolerances and exceptions, in two minutes',
  src: { mp4: '/videos/tolerances-video/video.mp4', webm: '/videos/tolerances-video/video.webm' },
  poster: '/videos/tolerances-video/poster.webp',
  duration: 12,
  captions: '/videos/tolerances-video/captions.vtt',
  transcript: {
    cues: [
      { start: 0.5, end: 4, text: 'A tolerance is the room your delivery lead has.' },
      { start: 4, end: 8, text: 'Inside that room, they get on with it.' },
      { start: 9, end: 12, text: 'This is called management by exception.' },
    ],
    slides: [
      { heading: 'Room to act without asking', start: 0 },
      { heading: 'Managing by exception', start: 8.5 },
    ],
  },
};

const html = renderToStaticMarkup(
  createElement(VideoPlayer, {
    video,
    revision: 'abc',
    courseId: 'sponsor-induction',
    courseTitle: 'Sponsor induction',
  }),
);

describe('the video player, before script runs', () => {
  it('offers both files, with English captions on by default', () => {
    expect(html).toContain(
      '<source src="/videos/tolerances-video/video.webm" type="video/webm; codecs=&quot;vp9, opus&quot;"/>',
    );
    expect(html).toContain('<source src="/videos/tolerances-video/video.mp4"');
    expect(html).toContain(
      '<track default="" kind="captions" srcLang="en" label="English" src="/videos/tolerances-video/captions.vtt"/>',
    );
    expect(html).toMatch(
      /<video [^>]*controls=""[^>]*aria-label="Tolerances and exceptions, in two minutes"/,
    );
  });

  it('fetches none of the file before the learner presses play, and shows the poster meanwhile', () => {
    expect(html).toMatch(
      /<video [^>]*preload="none"[^>]*poster="\/videos\/tolerances-video\/poster.webp"/,
    );
  });

  it('has a captions switch that says it is on, and a labelled speed choice', () => {
    expect(html).toMatch(
      /<button type="button" class="video-button video-captions-toggle" aria-pressed="true">Captions /,
    );
    const speed = /<label for="([^"]+)">Speed<\/label><select id="([^"]+)"/.exec(html);
    expect(speed?.[1]).toBe(speed?.[2]);
    expect([...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '0.75',
      '1',
      '1.25',
      '1.5',
      '2',
    ]);
  });

  it('shows the transcript under a heading, grouped by slide, each line a button with its time', () => {
    expect(html).toMatch(
      /<h2 [^>]*><button type="button" class="video-transcript-toggle" aria-expanded="true"[^>]*>Transcript<\/button><\/h2>/,
    );
    expect(
      [...html.matchAll(/<h3 class="video-transcript-heading">([^<]+)<\/h3>/g)].map((m) => m[1]),
    ).toEqual(['Room to act without asking', 'Managing by exception']);
    const lines = [
      ...html.matchAll(/<button type="button" class="video-cue"[^>]*>(.*?)<\/button>/g),
    ].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(lines).toEqual([
      '0:00 A tolerance is the room your delivery lead has.',
      '0:04 Inside that room, they get on with it.',
      '0:09 This is called management by exception.',
    ]);
    // Nothing is marked as playing before playback starts.
    expect(html).not.toContain('aria-current');
  });

  it('offers this video for offline use when the course list is not given', () => {
    expect(html).toContain('>Download this video for offline use</button>');
  });
});

describe('download for offline', () => {
  const videos = [
    {
      id: 'a',
      src: { mp4: '/videos/a/video.mp4', webm: '/videos/a/video.webm' },
      bytes: { mp4: 1_200_000, webm: 900_000 },
    },
    {
      id: 'b',
      src: { mp4: '/videos/b/video.mp4', webm: '/videos/b/video.webm' },
      bytes: { mp4: 1_000_000, webm: 800_000 },
    },
  ];
  const playsWebm = (type: string) => (type.startsWith('video/webm') ? 'probably' : 'maybe');
  const playsMp4Only = (type: string) => (type.startsWith('video/mp4') ? 'probably' : '');

  it('downloads the file this browser plays, and says how much', () => {
    expect(downloadPlan(videos, playsWebm)).toEqual({
      urls: ['/videos/a/video.webm', '/videos/b/video.webm'],
      bytes: 1_700_000,
    });
    expect(downloadPlan(videos, playsMp4Only)).toEqual({
      urls: ['/videos/a/video.mp4', '/videos/b/video.mp4'],
      bytes: 2_200_000,
    });
    expect(downloadLabel(downloadPlan(videos, playsWebm))).toBe(
      "Download this course's 2 videos for offline use (1.7 MB)",
    );
    expect(playableSource(videos[0]!.src, () => '')).toBe('/videos/a/video.mp4');
  });

  it('leaves the size out when it is not known', () => {
    const plan = downloadPlan([{ id: 'a', src: videos[0]!.src }], playsWebm);
    expect(downloadLabel(plan)).toBe('Download this video for offline use');
  });

  it('asks the service worker in the agreed shape and knows its answer to that request only', () => {
    const urls = ['/videos/a/video.webm', '/videos/b/video.webm'];
    expect(cacheVideosMessage(urls)).toEqual({ type: 'cache-videos', urls });
    expect(answerTo({ type: 'videos-cached', ok: true, urls: [...urls].reverse() }, urls)).toEqual({
      type: 'videos-cached',
      ok: true,
      urls: [...urls].reverse(),
    });
    expect(answerTo({ type: 'videos-cached', ok: false, urls }, urls)?.ok).toBe(false);
    expect(
      answerTo({ type: 'videos-cached', ok: true, urls: ['/videos/a/video.webm'] }, urls),
    ).toBeUndefined();
    expect(answerTo({ type: 'something-else', ok: true, urls }, urls)).toBeUndefined();
    expect(answerTo('videos-cached', urls)).toBeUndefined();
  });
});

describe('the props a step page hands the player', () => {
  it('reads the transcript and file sizes the pipeline wrote', () => {
    const root = mkdtempSync(join(tmpdir(), 'sideline-video-props-'));
    try {
      const folder = join(root, 'public/videos/tolerances-video');
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, 'transcript.json'),
        JSON.stringify({
          id: 'tolerances-video',
          title: 'Tolerances',
          duration: 12,
          slides: [{ heading: 'Room to act without asking', start: 0, end: 8.5 }],
          cues: video.transcript.cues,
        }),
      );
      writeFileSync(
        join(folder, 'meta.json'),
        JSON.stringify({ sizes: { 'video.mp4': 1_100_000, 'video.webm': 850_000 } }),
      );
      expect(playerVideo(root, { id: 'tolerances-video', title: video.title })).toEqual({
        ...video,
        transcript: {
          cues: video.transcript.cues,
          slides: [{ heading: 'Room to act without asking', start: 0 }],
        },
      });
      expect(courseVideos(root, ['tolerances-video', 'not-rendered-video'])).toEqual([
        { id: 'tolerances-video', src: video.src, bytes: { mp4: 1_100_000, webm: 850_000 } },
        {
          id: 'not-rendered-video',
          src: {
            mp4: '/videos/not-rendered-video/video.mp4',
            webm: '/videos/not-rendered-video/video.webm',
          },
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
