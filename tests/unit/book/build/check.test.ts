import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBook } from '../../../../src/book/build/check';
import { buildBooks } from '../../../../src/book/build/editions';
import { closeParser } from '../../../../src/book/build/html';
import type { Book } from '../../../../src/book/build/model';
import { demoBook, demoSite, SITE } from './fixture';

const broken = demoSite('broken');
const cacheDir = mkdtempSync(join(tmpdir(), 'sideline-book-cache-'));
afterAll(async () => {
  broken.remove();
  rmSync(cacheDir, { recursive: true, force: true });
  await closeParser();
});

describe("the book's own check", () => {
  it('stops the books on a chapter with an image without alt text and a table without headers', async () => {
    await expect(
      buildBooks({
        contentRoot: broken.contentRoot,
        distDir: broken.distDir,
        cacheDir,
        siteUrl: SITE,
      }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Sideline found 2 problems in the course content:

      courses/demo/01-basics/01-first-lesson.mdx → image 1 (/images/board.png)
        Problem: The image has no alt text, so a reader who cannot see it, in the book or on the page, does not know what it shows.
        Fix: Add alt text that says what the image shows: ![what it shows](image.png) in Markdown, or alt="…" on an <img>. If it is only decoration, write alt="".

      courses/demo/01-basics/01-first-lesson.mdx → table 1
        Problem: The table has no header cells, so a screen reader cannot say which column or row a cell belongs to.
        Fix: Give the table a header row: in Markdown, the first row above the | --- | line; in HTML, <th> cells in a <thead>.]
    `);
  });

  it('finds a link inside the book that leads nowhere, an empty link and a form', () => {
    const good = demoSite();
    const { book } = demoBook(good);
    good.remove();
    const planted: Book = {
      ...book,
      parts: book.parts.map((part) =>
        part.id === 'demo-basics'
          ? {
              ...part,
              html: part.html.replace(
                '<h2>The second lesson</h2>',
                '<h2>The second lesson</h2><p><a href="#nowhere">see this</a> <a href="/x/"></a></p><form><input name="q"></form>',
              ),
            }
          : part,
      ),
    };
    expect(
      checkBook(planted).map(({ file, field, problem }) => `${file} → ${field}: ${problem}`),
    ).toEqual([
      'courses/demo/01-basics/02-second-lesson.mdx → link "see this": The link points to "#nowhere", which is not in the book.',
      'courses/demo/01-basics/02-second-lesson.mdx → link 1 (/x/): The link has no words, so a reader does not know where it goes.',
      'courses/demo/01-basics/02-second-lesson.mdx → <form> 1: A <form> cannot be printed or read in an eBook, so the book would have a gap here.',
      'courses/demo/01-basics/02-second-lesson.mdx → <input> 1: A <input> cannot be printed or read in an eBook, so the book would have a gap here.',
    ]);
  });
});
