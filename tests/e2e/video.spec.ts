import { expect, test, type Locator } from '@playwright/test';
import { waitForOfflineCopy } from './offline-ready';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe';

const videoPage = '/courses/sponsor-induction/sponsor-role-video/';

test('the video plays, with captions on and a transcript that seeks by keyboard', async ({
  page,
}) => {
  await page.goto(videoPage);
  const video = page.locator('video');
  await expect(video).toBeVisible();
  await expect(page.getByRole('button', { name: /Captions/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.textTracks[0]?.mode))
    .toBe('showing');

  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(2);
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 })
    .toBeGreaterThan(0.5);
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.textTracks[0]?.cues?.length ?? 0))
    .toBeGreaterThan(3);

  // A transcript line seeks the video; focus stays on the line.
  const line = page.getByRole('button', { name: /^0:13/ });
  await line.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => Math.floor(v.currentTime)))
    .toBeGreaterThanOrEqual(13);
  await expect(line).toBeFocused();

  await expectNoAxeViolations(page, 'video playing, transcript open');
});

test('skipping to the end does not record the video as watched', async ({ page }) => {
  await page.goto(videoPage);
  const video = page.locator('video');
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
    v.currentTime = Math.max(0, v.duration - 1);
  });
  await page.waitForTimeout(2500);
  await page.goto('/courses/sponsor-induction/');
  await expect(page.locator('[data-step-status="sponsor-role-video"]')).not.toHaveText('Completed');
});

/** Four times as fast keeps each playback tick well inside what counts as watching, not skipping. */
async function playFast(video: Locator) {
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    v.playbackRate = 4;
    await v.play();
  });
}

test('watching the whole video marks it done, says so, and the course page shows it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(videoPage);
  const video = page.locator('video');
  await playFast(video);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'You have watched this video: it is marked as done.' }),
  ).toBeVisible({ timeout: 90_000 });
  await page.goto('/courses/sponsor-induction/');
  await expect(page.locator('[data-step-status="sponsor-role-video"]')).toHaveText('Completed');
});

test('reading the transcript instead of watching marks the video done, by keyboard, recorded as read', async ({
  page,
}) => {
  await page.goto(videoPage);
  const read = page.getByRole('button', { name: 'I have read the transcript: mark as done' });
  await read.scrollIntoViewIfNeeded();
  await read.focus();
  await page.keyboard.press('Enter');
  const done = page
    .getByRole('status')
    .filter({ hasText: 'Marked as done: you read the transcript.' });
  await expect(done).toBeFocused();
  await expect(read).toBeHidden();
  await expectNoAxeViolations(page, 'video marked done by its transcript');

  // Recorded as read, not as watched: a PMO or an LRS can tell the two apart.
  const recorded = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('sideline-learning-record');
        open.onsuccess = () => {
          const all = open.result.transaction('statements').objectStore('statements').getAll();
          all.onsuccess = () =>
            resolve((all.result as { statement: unknown }[]).map((row) => row.statement));
          all.onerror = () => reject(new Error(String(all.error)));
        };
      }),
  );
  expect(recorded).toEqual([
    expect.objectContaining({
      verb: expect.objectContaining({ display: { 'en-GB': 'completed' } }),
      result: {
        completion: true,
        extensions: { 'https://sideline.example/activities/ext/completed-by': 'transcript' },
      },
    }),
  ]);
  await page.goto('/courses/sponsor-induction/');
  await expect(page.locator('[data-step-status="sponsor-role-video"]')).toHaveText('Completed');
});

test('a video left part-way resumes where the learner stopped, and can start over', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(videoPage);
  const video = page.locator('video');
  await playFast(video);
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 })
    .toBeGreaterThan(20);
  const stoppedAt = await video.evaluate((v: HTMLVideoElement) => {
    v.pause();
    return Math.floor(v.currentTime);
  });
  await page.waitForTimeout(500);
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: /^Resuming from 0:\d\d$/ }),
  ).toBeVisible();
  const resumedAt = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  expect(resumedAt).toBeGreaterThanOrEqual(stoppedAt - 1);
  expect(resumedAt).toBeLessThan(stoppedAt + 3);

  await page.getByRole('button', { name: 'Start from the beginning' }).click();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeLessThan(1);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('offline, a video not saved says so and points to its transcript; a downloaded one plays, its byte ranges cut from the saved copy', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000); // installs the whole site first
    await page.goto(videoPage);
    await waitForOfflineCopy(page);
    // Not downloaded yet: offline, the page says so and points to the transcript, not a dead player.
    await context.setOffline(true);
    await page.reload();
    await page.locator('video').scrollIntoViewIfNeeded();
    await expect(page.getByRole('alert')).toHaveText(
      /^You are offline and this video is not saved on this device, so it cannot play\. The transcript has every word/,
    );
    await expect(
      page.getByRole('button', { name: 'I have read the transcript: mark as done' }),
    ).toBeVisible();
    await context.setOffline(false);
    await page.reload();
    await page.getByRole('button', { name: /^Download .* for offline use/ }).click();
    await expect(page.getByText(/^Saved for offline use/)).toBeVisible({ timeout: 60_000 });
    const saved = await page.evaluate(async () =>
      (await (await caches.open('sideline-videos')).keys()).map((r) => new URL(r.url).pathname),
    );
    const src = saved.find((path) => path.startsWith('/videos/sponsor-role-video/'))!;
    expect(src).toMatch(/\.(mp4|webm)$/);
    const file = readFileSync(join(process.env['SIDELINE_DIST'] ?? 'dist', src));

    await context.setOffline(true);
    await page.reload();
    // What the player asks for: the start, a suffix (`bytes=-N`, the end of the file), an open end;
    // the query the player adds to switch to the saved copy (src/video/offline.ts) is ignored.
    const ranged = (range: string) =>
      page.evaluate(
        async ([url, range]) => {
          const response = await fetch(url, { headers: { Range: range } });
          const body = new Uint8Array(await response.arrayBuffer());
          return {
            status: response.status,
            contentRange: response.headers.get('content-range'),
            bytes: Array.from(body.slice(0, 8)).concat(Array.from(body.slice(-8))),
            length: body.length,
          };
        },
        [`${src}?saved=1`, range] as const,
      );
    const expected = (start: number, end: number) => ({
      status: 206,
      contentRange: `bytes ${start}-${end}/${file.length}`,
      bytes: [...file.subarray(start, start + 8), ...file.subarray(end + 1 - 8, end + 1)],
      length: end - start + 1,
    });
    expect(await ranged('bytes=0-99')).toEqual(expected(0, 99));
    expect(await ranged('bytes=-100')).toEqual(expected(file.length - 100, file.length - 1));
    expect(await ranged('bytes=1000-')).toEqual(expected(1000, file.length - 1));

    const video = page.locator('video');
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 })
      .toBeGreaterThan(0.5);
  });
});

test('the poster is asked for first and not a byte of the video file before the learner presses play', async ({
  page,
}) => {
  const fileRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/videos\/[^/]+\/video\.(webm|mp4)/.test(request.url())) fileRequests.push(request.url());
  });
  await page.goto(videoPage);
  await expect(page.locator('link[rel="preload"][as="image"]')).toHaveAttribute(
    'fetchpriority',
    'high',
  );
  const video = page.locator('video');
  await video.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has(video)')).not.toHaveAttribute('ssr');
  await page.waitForTimeout(1500);
  expect(fileRequests).toEqual([]);

  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => fileRequests.length).toBeGreaterThan(0);
});
