import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBooks, removeDownloads } from '../../../../src/book/build/editions';
import { demoSite, SITE } from './fixture';

const site = demoSite();
const cacheDir = mkdtempSync(join(tmpdir(), 'sideline-book-cache-'));
afterAll(() => {
  site.remove();
  rmSync(cacheDir, { recursive: true, force: true });
});
const build = () =>
  buildBooks({ contentRoot: site.contentRoot, distDir: site.distDir, cacheDir, siteUrl: SITE });
const coursePage = () => readFileSync(join(site.distDir, 'courses/demo/index.html'), 'utf8');

describe('making the books', () => {
  it('writes the EPUB and both PDFs into dist/books/, and their sizes into the course page', async () => {
    const [book] = await build();
    expect(book).toMatchObject({ courseId: 'demo', made: true });
    expect(book!.files.map((file) => file.name)).toEqual([
      'demo.epub',
      'demo.pdf',
      'demo-us-letter.pdf',
    ]);
    for (const file of book!.files) {
      expect(readFileSync(join(site.distDir, 'books', file.name)).byteLength).toBe(file.bytes);
    }
    const [, a4, letter] = book!.files;
    expect(a4!.pages).toBeGreaterThanOrEqual(5);
    expect(letter!.pages).toBeGreaterThanOrEqual(a4!.pages!);
    expect(coursePage()).toContain(`<span data-book-size="demo.pdf">(A4, ${a4!.pages} pages, `);
    expect(coursePage()).toMatch(/<span data-book-size="demo.epub">\(EPUB, \d+ KB\)<\/span>/);
    const manifest = JSON.parse(readFileSync(join(cacheDir, 'manifest.json'), 'utf8')) as {
      books: Record<string, { hash: string }>;
    };
    expect(manifest.books['demo']?.hash).toMatch(/^[0-9a-f]{16}$/);
  }, 60_000);

  it('copies an unchanged book from the cache, and makes a changed one again', async () => {
    rmSync(join(site.distDir, 'books'), { recursive: true });
    const [unchanged] = await build();
    expect(unchanged).toMatchObject({ made: false, seconds: 0 });
    expect(existsSync(join(site.distDir, 'books/demo.epub'))).toBe(true);

    const page = join(site.distDir, 'courses/demo/second-lesson/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('In short', 'In a few words'));
    const [changed] = await build();
    expect(changed).toMatchObject({ made: true });
  }, 60_000);

  it('without books, the course page offers no download links', () => {
    expect(removeDownloads(site.distDir)).toBe(1);
    expect(coursePage()).not.toContain('data-book-downloads');
    expect(coursePage()).toContain('<h1>A small demo course</h1>');
  });
});
