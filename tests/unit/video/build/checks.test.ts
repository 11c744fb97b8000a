import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/content/friendly-errors';
import { checkVideos } from '../../../../src/video/build/checks';
import { scriptSha256 } from '../../../../src/video/build/meta';

const file = 'courses/sponsor-induction/01-what-you-own/video.yaml';
const text = 'id: sponsor-role-video\ntitle: What a sponsor owns\n';
const script = { file, data: { id: 'sponsor-role-video' }, text };
const VTT = 'WEBVTT\n\n1\n00:00:00.500 --> 00:00:02.000\nHello.\n';

let root: string;
const folder = () => join(root, 'public/videos/sponsor-role-video');

/** A rendered video as the pipeline leaves it; `change` alters or removes files afterwards. */
function rendered(change: Record<string, string | null> = {}) {
  mkdirSync(folder(), { recursive: true });
  const files: Record<string, string | null> = {
    'video.mp4': 'mp4',
    'video.webm': 'webm',
    'poster.webp': 'webp',
    'captions.vtt': VTT,
    'transcript.json': '{}',
    'meta.json': JSON.stringify({ id: 'sponsor-role-video', scriptSha256: scriptSha256(text) }),
    ...change,
  };
  for (const [name, content] of Object.entries(files)) {
    if (content !== null) writeFileSync(join(folder(), name), content);
  }
}

const messages = () => checkVideos([script], root).map(formatProblem);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sideline-video-check-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('checkVideos', () => {
  it('passes a video rendered from the script as it is', () => {
    rendered();
    expect(messages()).toEqual([]);
  });

  it('passes a script checked out with Windows line endings', () => {
    rendered();
    expect(checkVideos([{ ...script, text: text.replaceAll('\n', '\r\n') }], root)).toEqual([]);
  });

  it('reports a script that was never rendered', () => {
    expect(messages()).toEqual([
      `${file}
  Problem: The video "sponsor-role-video" has not been rendered yet: there is no public/videos/sponsor-role-video/ folder.
  Fix: Run npm run videos to render it, then commit the files in public/videos/sponsor-role-video/.`,
    ]);
  });

  it('reports a script that changed after its video was rendered', () => {
    rendered({
      'meta.json': JSON.stringify({
        scriptSha256: scriptSha256('id: sponsor-role-video\ntitle: Older\n'),
      }),
    });
    expect(messages()).toEqual([
      `${file}
  Problem: The script has changed since its video was rendered, so the video, captions and transcript in public/videos/sponsor-role-video/ no longer match it.
  Fix: Run npm run videos to render it again, then commit the files in public/videos/sponsor-role-video/.`,
    ]);
  });

  it('reports missing or unreadable render details', () => {
    rendered({ 'meta.json': '{ not json' });
    expect(messages()).toEqual([
      `${file}
  Problem: public/videos/sponsor-role-video/meta.json is missing or cannot be read, so the build cannot tell whether the video matches this script.
  Fix: Run npm run videos to render it again, then commit the files in public/videos/sponsor-role-video/.`,
    ]);
  });

  it('names every missing file in one problem', () => {
    rendered({ 'captions.vtt': null, 'video.webm': null, 'transcript.json': null });
    expect(messages()).toEqual([
      `${file}
  Problem: The video is missing its WebM video (video.webm), captions (captions.vtt) and transcript (transcript.json) in public/videos/sponsor-role-video/.
  Fix: Run npm run videos to render it again, then commit the files in public/videos/sponsor-role-video/.`,
    ]);
  });

  it('reports captions with no cues in them', () => {
    rendered({ 'captions.vtt': 'WEBVTT\n\n' });
    expect(messages()).toEqual([
      `${file}
  Problem: The captions file public/videos/sponsor-role-video/captions.vtt has no captions in it.
  Fix: Run npm run videos to render it again, then commit the files in public/videos/sponsor-role-video/.`,
    ]);
  });

  it('reports every problem of a video at once, and checks each video', () => {
    rendered({ 'meta.json': JSON.stringify({ scriptSha256: 'old' }), 'video.mp4': null });
    const other = {
      file: 'courses/x/video.yaml',
      data: { id: 'other-video' },
      text: 'id: other-video\n',
    };
    const problems = checkVideos([script, other], root);
    expect(problems.map((p) => [p.file, p.problem.slice(0, 40)])).toEqual([
      [file, 'The script has changed since its video w'],
      [file, 'The video is missing its MP4 video (vide'],
      ['courses/x/video.yaml', 'The video "other-video" has not been ren'],
    ]);
  });
});
