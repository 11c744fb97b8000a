/**
 * Makes every course's books after the site is built: assembles each book from the checked content
 * and the built lesson pages, checks it, and writes its EPUB and its PDFs (A4 and US Letter) into
 * a cache with a small manifest. A book whose inputs (the book's own text, its stylesheets and the
 * code that makes it) hash the same as last time is copied from the cache, not made again. The
 * files then go into dist/books/, and each course page gets the size of each file.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserType } from '@playwright/test';
import { findChromium } from '../../content/chromium';
import { ContentError, type ContentProblem } from '../../content/friendly-errors';
import { contentOf } from '../../content/integration';
import { bookFiles, sizeText, type BookFile } from '../files';
import { checkBook } from './check';
import { packageEpub } from './epub';
import { closeParser } from './html';
import { assembleBook, type Book } from './model';
import { renderPdf, type Paper } from './pdf';

export interface BuildBooksOptions {
  /** Where courses/ and content/ are. */
  contentRoot: string;
  /** The built site. */
  distDir: string;
  /** Where books and their manifest are kept between builds. */
  cacheDir: string;
  siteUrl: string;
  /** Make every book again, even if its inputs have not changed. */
  force?: boolean;
  log?: (message: string) => void;
}

export interface BookFigures {
  courseId: string;
  title: string;
  /** Made again in this build (false: copied from the cache). */
  made: boolean;
  /** Seconds spent making it (0 when it came from the cache). */
  seconds: number;
  files: { name: string; bytes: number; pages?: number | undefined }[];
}

interface Manifest {
  version: 1;
  books: Record<
    string,
    { hash: string; made: string; seconds: number; files: BookFigures['files'] }
  >;
}

const here = dirname(fileURLToPath(import.meta.url));
const PAPER: Record<'a4' | 'letter', Paper> = { a4: 'A4', letter: 'Letter' };

export async function buildBooks(options: BuildBooksOptions): Promise<BookFigures[]> {
  const { contentRoot, distDir, cacheDir, siteUrl } = options;
  const log = options.log ?? (() => {});
  // In a build, what the content check read a moment before; from `npm run books`, read now.
  const loaded = contentOf(contentRoot);
  if (loaded.problems.length) throw new ContentError(loaded.problems);
  const { tree } = loaded;

  const readPage = (href: string) => {
    const file = join(distDir, href, 'index.html');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const imageExists = (src: string) => existsSync(join(distDir, src));

  // Every book is assembled and checked before any is packaged: an author gets all problems at once.
  const problems: ContentProblem[] = [];
  const books: Book[] = [];
  try {
    for (const course of tree.courses) {
      const assembled = assembleBook({
        content: loaded.content,
        tree,
        course,
        siteUrl,
        readPage,
      });
      problems.push(...assembled.problems, ...checkBook(assembled.book, { imageExists }));
      books.push(assembled.book);
    }
  } finally {
    await closeParser();
  }
  if (problems.length) throw new ContentError(problems);

  const css = readFileSync(join(here, 'book.css'), 'utf8');
  const printCss = readFileSync(join(here, 'print.css'), 'utf8');
  const maker = makerVersion();
  mkdirSync(cacheDir, { recursive: true });
  const manifestFile = join(cacheDir, 'manifest.json');
  const manifest = readManifest(manifestFile);

  let browser: Browser | undefined;
  const figures: BookFigures[] = [];
  try {
    for (const book of books) {
      const files = bookFiles(book.courseId);
      const hash = createHash('sha256')
        .update(JSON.stringify({ book, css, printCss, maker }))
        .digest('hex')
        .slice(0, 16);
      const known = manifest.books[book.courseId];
      const cached =
        !options.force &&
        known?.hash === hash &&
        files.every((file) => existsSync(join(cacheDir, file.name)));
      if (cached) {
        figures.push({
          courseId: book.courseId,
          title: book.title,
          made: false,
          seconds: 0,
          files: known.files,
        });
        continue;
      }
      const started = performance.now();
      const made: BookFigures['files'] = [];
      for (const file of files) {
        let bytes: Uint8Array;
        let pages: number | undefined;
        if (file.format === 'epub') {
          bytes = packageEpub(book, {
            css,
            modified: new Date(),
            readImage: (src) => {
              const path = join(distDir, src);
              return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
            },
          });
        } else {
          browser ??= await launchBrowser();
          ({ bytes, pages } = await renderPdf(browser, book, {
            css,
            printCss,
            paper: PAPER[file.format],
            distDir,
          }));
        }
        writeAtomically(join(cacheDir, file.name), bytes);
        made.push({ name: file.name, bytes: bytes.byteLength, pages });
      }
      const seconds = (performance.now() - started) / 1000;
      manifest.books[book.courseId] = {
        hash,
        made: new Date().toISOString(),
        seconds,
        files: made,
      };
      writeAtomically(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      figures.push({
        courseId: book.courseId,
        title: book.title,
        made: true,
        seconds,
        files: made,
      });
      log(`Made the books of "${book.courseId}" in ${seconds.toFixed(1)} s.`);
    }
  } finally {
    await browser?.close();
  }

  const outDir = join(distDir, 'books');
  mkdirSync(outDir, { recursive: true });
  for (const figure of figures) {
    for (const file of figure.files)
      copyFileSync(join(cacheDir, file.name), join(outDir, file.name));
    fillSizes(distDir, figure.courseId, figure.files);
  }
  return figures;
}

async function launchBrowser(): Promise<Browser> {
  const executablePath = await findChromium();
  if (!executablePath) {
    throw new Error(
      'The PDF books need Chromium, and none was found. Install it (sudo apt-get install chromium), ' +
        'set CHROME_PATH to a Chrome or Chromium binary, or build without books: SIDELINE_SKIP_BOOKS=1 npm run build.',
    );
  }
  // Loaded when first needed, by Node itself: the Astro config's module runner is closed by then.
  const { chromium } = createRequire(import.meta.url)('@playwright/test') as {
    chromium: BrowserType;
  };
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

/**
 * What the books are made with: this folder's code and stylesheets, and the versions of the
 * packages that make them. A change to any of them makes every book again.
 */
function makerVersion(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(here).sort())
    hash.update(name).update(readFileSync(join(here, name)));
  for (const name of ['fflate', 'pagedjs', '@playwright/test', 'happy-dom'])
    hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex').slice(0, 16);
}

/** A package's version, from the package.json above its entry (not every package exports it). */
function packageVersion(name: string): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(name));
    while (dir !== dirname(dir)) {
      const file = join(dir, 'package.json');
      if (existsSync(file)) {
        const data = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (data.name === name) return data.version ?? '?';
      }
      dir = dirname(dir);
    }
  } catch {
    /* not installed */
  }
  return '?';
}

function readManifest(file: string): Manifest {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (data.version === 1 && typeof data.books === 'object') return data;
  } catch {
    /* no manifest yet, or a broken one: every book is made */
  }
  return { version: 1, books: {} };
}

function writeAtomically(path: string, data: Uint8Array | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** Puts each file's size (and a PDF's pages) into the download links on the course page. */
export function fillSizes(distDir: string, courseId: string, files: BookFigures['files']): void {
  const page = join(distDir, 'courses', courseId, 'index.html');
  if (!existsSync(page)) return;
  const byName = new Map(files.map((file) => [file.name, file]));
  const known = new Map<string, BookFile>(bookFiles(courseId).map((file) => [file.name, file]));
  const html = readFileSync(page, 'utf8').replace(
    /<span data-book-size="([^"]+)"([^>]*)>[^<]*<\/span>/g,
    (whole, name: string, rest: string) => {
      const file = byName.get(name);
      const kind = known.get(name);
      return file && kind
        ? `<span data-book-size="${name}"${rest}>${sizeText(kind, file.bytes, file.pages)}</span>`
        : whole;
    },
  );
  writeFileSync(page, html);
}

/** Without books (SIDELINE_SKIP_BOOKS=1), the course pages offer no download rather than a dead link. */
export function removeDownloads(distDir: string): number {
  const courses = join(distDir, 'courses');
  if (!existsSync(courses)) return 0;
  let removed = 0;
  for (const entry of readdirSync(courses, { withFileTypes: true })) {
    const page = join(courses, entry.name, 'index.html');
    if (!entry.isDirectory() || !existsSync(page)) continue;
    const html = readFileSync(page, 'utf8');
    const without = html.replace(
      /<section[^>]*\bdata-book-downloads\b[^>]*>[\s\S]*?<\/section>/g,
      '',
    );
    if (without !== html) {
      writeFileSync(page, without);
      removed += 1;
    }
  }
  return removed;
}
