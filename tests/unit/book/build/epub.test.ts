import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { packageEpub } from '../../../../src/book/build/epub';
import { closeParser } from '../../../../src/book/build/html';
import { demoBook, demoSite } from './fixture';

const site = demoSite();
afterAll(async () => {
  site.remove();
  await closeParser();
});

describe('the EPUB package', () => {
  const { book } = demoBook(site);
  const bytes = packageEpub(book, {
    css: 'body { line-height: 1.5; }',
    modified: new Date('2026-12-01T10:00:00.123Z'),
    readImage: () => undefined,
  });
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);

  it('starts with the mimetype, stored uncompressed and without extra fields', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // a local file header
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint16(28, true)).toBe(0); // no extra field
    expect(strFromU8(bytes.slice(30, 38))).toBe('mimetype');
    expect(text('mimetype')).toBe('application/epub+zip');
    expect(Object.keys(files)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'EPUB/package.opf',
      'EPUB/nav.xhtml',
      'EPUB/book.css',
      'EPUB/title-page.xhtml',
      'EPUB/demo-basics.xhtml',
      'EPUB/answers.xhtml',
      'EPUB/glossary.xhtml',
      'EPUB/roles.xhtml',
    ]);
  });

  it('describes the book and its accessibility in the package document', () => {
    const opf = text('EPUB/package.opf');
    expect(opf).toContain('<dc:language>en-GB</dc:language>');
    expect(opf).toContain(`<dc:identifier id="book-id">${book.identifier}</dc:identifier>`);
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-01T10:00:00Z</meta>');
    for (const property of [
      'schema:accessMode">textual',
      'schema:accessModeSufficient">textual',
      'schema:accessibilityFeature">structuralNavigation',
      'schema:accessibilityFeature">tableOfContents',
      'schema:accessibilityHazard">none',
      'schema:accessibilitySummary">',
    ])
      expect(opf).toContain(`<meta property="${property}`);
    expect(opf).toMatch(/<spine><itemref idref="item-title-page-xhtml"\/><itemref idref="nav"\/>/);
  });

  it('writes XHTML: links across files, void elements closed, no scripts, header cells scoped', () => {
    const chapter = text('EPUB/demo-basics.xhtml');
    expect(chapter).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE html>/);
    expect(chapter).toContain('lang="en-GB" xml:lang="en-GB"');
    expect(chapter).toContain(
      '<section class="chapter" role="doc-chapter" id="demo-basics" epub:type="chapter">',
    );
    expect(chapter).toContain('<a class="term" href="glossary.xhtml#term-tolerance">tolerance</a>');
    expect(chapter).toContain('<a href="#second-lesson">the second lesson</a>');
    expect(chapter).toContain('<th scope="row">Decide</th>');
    expect(chapter).not.toMatch(/<script|<(br|img|hr|input)\b(?![^>]*\/>)/);
    const nav = text('EPUB/nav.xhtml');
    expect(nav).toContain('<nav epub:type="toc" role="doc-toc" id="toc"><h1>Contents</h1>');
    expect(nav).toContain('<a href="demo-basics.xhtml#first-lesson">The first lesson</a>');
  });
});
