import { describe, expect, it } from 'vitest';
import { revisionInPage } from '../../../src/lms/course';

describe('revisionInPage', () => {
  it.each([
    [
      'a lesson page',
      '<sideline-mark-done data-lesson-id="l" data-revision="d6b0610551abdf01">',
      'd6b0610551abdf01',
    ],
    [
      "an island's props",
      '<astro-island props="{&quot;revision&quot;:[0,&quot;ac50f1742f7688bd&quot;]}">',
      'ac50f1742f7688bd',
    ],
    ['a page without one', '<main></main>', undefined],
  ])('reads %s', (_case, html, revision) => {
    expect(revisionInPage(html)).toBe(revision);
  });
});
