/**
 * The print edition: the whole book as one HTML document with the print stylesheet, paginated by
 * paged.js (running heads, page numbers and the contents page's page numbers, which Chromium alone
 * cannot do) and printed by Chromium as a tagged PDF with an outline from the headings.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { esc } from './html';
import type { Book, ContentsEntry } from './model';

export type Paper = 'A4' | 'Letter';

export interface PdfOptions {
  css: string;
  printCss: string;
  paper: Paper;
  /** The built site, where images the lessons show are read from. */
  distDir: string;
}

let polyfill: string | undefined;

function pagedPolyfill(): string {
  // The package exports no path to its polyfill file: find it beside the package's own entry.
  const entry = createRequire(import.meta.url).resolve('pagedjs');
  polyfill ??= readFileSync(join(dirname(entry), '..', 'dist', 'paged.polyfill.js'), 'utf8');
  return polyfill;
}

/** The book as one HTML page for print: title page, contents with page numbers, then every part. */
export function printDocument(book: Book, options: PdfOptions): string {
  const list = (items: readonly ContentsEntry[]): string =>
    `<ol>${items
      .map(
        (entry) =>
          `<li><a href="#${esc(entry.id)}">${esc(entry.title)}</a>${entry.children.length ? list(entry.children) : ''}</li>`,
      )
      .join('')}</ol>`;
  const [title, ...rest] = book.parts;
  const contents = `<nav class="toc" role="doc-toc" id="contents"><h1>Contents</h1>${list(book.contents)}</nav>`;
  const images = (html: string) =>
    html.replace(
      /(<img\b[^>]*\bsrc=")\/([^"]*)"/g,
      (_, start: string, path: string) =>
        `${start}${pathToFileURL(join(options.distDir, path)).href}"`,
    );
  return (
    `<!doctype html><html lang="${book.language}"><head><meta charset="utf-8">` +
    `<title>${esc(book.title)}</title>` +
    `<style>${options.css}\n${options.printCss}\n@page { size: ${options.paper}; }</style>` +
    `<script>window.PagedConfig = { auto: false };</script>` +
    `</head><body>${images((title?.html ?? '') + contents + rest.map((part) => part.html).join(''))}</body></html>`
  );
}

/** Prints one edition; returns the PDF and its number of pages. */
export async function renderPdf(
  browser: Browser,
  book: Book,
  options: PdfOptions,
): Promise<{ bytes: Uint8Array; pages: number }> {
  // A file page, so images from the build load; it is removed as soon as it is printed.
  const folder = mkdtempSync(join(tmpdir(), 'sideline-book-'));
  const file = join(folder, `${book.courseId}.html`);
  writeFileSync(file, printDocument(book, options));
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: pagedPolyfill() });
    const pages = await page.evaluate(async () => {
      const paged = (
        window as unknown as { PagedPolyfill: { preview: () => Promise<{ total: number }> } }
      ).PagedPolyfill;
      return (await paged.preview()).total;
    });
    const bytes = await page.pdf({
      tagged: true,
      outline: true,
      preferCSSPageSize: true,
      printBackground: true,
    });
    return { bytes: new Uint8Array(bytes), pages };
  } finally {
    await page.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
