import { describe, expect, test } from 'vitest';
import {
  LEGACY_PRECACHE,
  isVideoPath,
  requestPath,
  videosToCache,
} from '../../../src/offline/urls';

describe('requestPath', () => {
  test('a page is requested by its directory address, the home page by /', () => {
    expect(requestPath('index.html')).toBe('/');
    expect(requestPath('courses/sponsor-induction/index.html')).toBe('/courses/sponsor-induction/');
  });

  test('any other file keeps its name', () => {
    expect(requestPath('404.html')).toBe('/404.html');
    expect(requestPath('_astro/page.Bx1.js')).toBe('/_astro/page.Bx1.js');
    expect(requestPath('notes/myindex.html')).toBe('/notes/myindex.html');
  });
});

test('videos are the mp4 and webm files under /videos/, not their captions or posters', () => {
  expect(isVideoPath('/videos/tolerances-video/video.mp4')).toBe(true);
  expect(isVideoPath('/videos/tolerances-video/video.webm')).toBe(true);
  expect(isVideoPath('/videos/tolerances-video/captions.vtt')).toBe(false);
  expect(isVideoPath('/videos/tolerances-video/poster.webp')).toBe(false);
  expect(isVideoPath('/books/video.mp4')).toBe(false);
});

describe('videosToCache', () => {
  test('reads the addresses of a cache-videos message, keeping only site videos', () => {
    expect(
      videosToCache({
        type: 'cache-videos',
        urls: ['/videos/a/video.webm', 'https://elsewhere.example/x.mp4', 7, '/books/a.pdf'],
      }),
    ).toEqual(['/videos/a/video.webm']);
  });

  test('ignores any other message', () => {
    expect(videosToCache(undefined)).toBeUndefined();
    expect(videosToCache('cache-videos')).toBeUndefined();
    expect(videosToCache({ type: 'videos-cached', urls: [] })).toBeUndefined();
    expect(videosToCache({ type: 'cache-videos', urls: '/videos/a/video.webm' })).toBeUndefined();
  });
});

test('only the caches of the worker before workbox count as legacy, not workbox’s own', () => {
  expect(LEGACY_PRECACHE.test('sideline-precache-a668c246b4fc')).toBe(true);
  expect(LEGACY_PRECACHE.test('sideline-precache-v2-http://localhost:4399/')).toBe(false);
  expect(LEGACY_PRECACHE.test('sideline-videos')).toBe(false);
});
