import { describe, expect, test } from 'vitest';
import { buildCourseTree } from '../../../src/content/course-tree';
import { loadContent } from '../../../src/content/load';

const { content } = loadContent(process.cwd());

describe('a video step is labelled with its own length', () => {
  // "What a sponsor owns, in two minutes" runs 117 seconds; its narration alone estimated 3 minutes.
  test('a rendered video: its length to the nearest minute', () => {
    const { tree } = buildCourseTree(content);
    expect(tree.steps.get('sponsor-role-video')?.duration).toBe(2);
    for (const { data } of content.videos)
      expect(tree.steps.get(data.id)?.duration).toBe(
        Math.max(1, Math.round(content.videoSeconds!(data.id)! / 60)),
      );
  });

  test.each([
    [29, 1],
    [89, 1],
    [91, 2],
    [150, 3],
  ])('%i seconds reads as %i min', (seconds, minutes) => {
    const { tree } = buildCourseTree({ ...content, videoSeconds: () => seconds });
    expect(tree.steps.get('sponsor-role-video')?.duration).toBe(minutes);
  });

  test('a video not yet rendered: an estimate from its narration', () => {
    const { tree } = buildCourseTree({ ...content, videoSeconds: () => undefined });
    const script = content.videos.find(({ data }) => data.id === 'sponsor-role-video')!.data;
    const words = script.slides.map((slide) => slide.narration).join(' ').split(/\s+/).length;
    expect(tree.steps.get('sponsor-role-video')?.duration).toBe(Math.ceil(words / 150));
  });
});
