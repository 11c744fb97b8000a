import { describe, expect, it } from 'vitest';
import { bookFiles, sizeText } from '../../../src/book/files';

describe('the book files a course offers', () => {
  it('names the EPUB and the two PDFs after the course', () => {
    expect(bookFiles('demo').map((file) => `${file.href} ${file.type}`)).toEqual([
      '/books/demo.epub application/epub+zip',
      '/books/demo.pdf application/pdf',
      '/books/demo-us-letter.pdf application/pdf',
    ]);
  });

  it('says a file’s kind, size and a PDF’s pages', () => {
    const [epub, a4] = bookFiles('demo');
    expect(sizeText(epub!, 85_442)).toBe('(EPUB, 85 KB)');
    expect(sizeText(a4!, 1_636_874, 110)).toBe('(A4, 110 pages, 1.6 MB)');
  });
});
