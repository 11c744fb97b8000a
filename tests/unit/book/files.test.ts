import { describe, expect, it } from 'vitest';
import { bookFiles, formatSize, sizeText } from '../../../src/book/files';

describe('the book files a course offers', () => {
  it('names the EPUB and the two PDFs after the course', () => {
    expect(bookFiles('demo').map((file) => `${file.href} ${file.type}`)).toEqual([
      '/books/demo.epub application/epub+zip',
      '/books/demo.pdf application/pdf',
      '/books/demo-us-letter.pdf application/pdf',
    ]);
  });

  it('says sizes as people read them, and a PDF’s pages', () => {
    expect(formatSize(300)).toBe('1 KB');
    expect(formatSize(85_442)).toBe('83 KB');
    expect(formatSize(1_636_874)).toBe('1.6 MB');
    const [epub, a4] = bookFiles('demo');
    expect(sizeText(epub!, 85_442)).toBe('(EPUB, 83 KB)');
    expect(sizeText(a4!, 1_636_874, 110)).toBe('(A4, 110 pages, 1.6 MB)');
  });
});
