/**
 * The books, checked by outside tools on what the build made (the site is built once for the browser
 * tests, books included): epubcheck on every EPUB, poppler (pdfinfo, pdffonts, pdftohtml, pdftotext)
 * on every PDF. Then, in the browser: the course page links to each file with its size, the files
 * download with the right type, and the service worker serves the EPUB and the A4 PDF with the
 * network off.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForOfflineCopy } from './offline-ready';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectNoAxeViolations } from './axe';
import { builtPages } from './site-pages';
import { formatSize } from '../../src/site/file-size';

const dist = resolve(process.env['SIDELINE_DIST'] ?? 'dist');
const EPUBCHECK = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';
const courses = builtPages()
  .filter((path) => /^\/courses\/[^/]+\/$/.test(path))
  .map((path) => path.split('/')[2]!);

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error)
    throw new Error(
      `${command} could not run (${result.error.message}): see .ci/run for what to install.`,
    );
  return `${result.stdout}${result.stderr}`;
}

const decode = (text: string) =>
  text
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the course page says: its modules and steps in order, and what each book link states. */
function coursePage(course: string) {
  const html = readFileSync(join(dist, 'courses', course, 'index.html'), 'utf8');
  const modules = [...html.matchAll(/<h3 id="module-[^"]+">\s*(Module \d+: [^<]+?)\s*<\/h3>/g)].map(
    (m) => decode(m[1]!),
  );
  const steps = [
    ...html.matchAll(
      /<a href="\/courses\/[^/]+\/[^/]+\/" aria-describedby="status-[^"]+">([^<]+)<\/a>/g,
    ),
  ].map((m) => decode(m[1]!));
  const stated = (name: string) =>
    /<span data-book-size="[^"]+">\(([^)]*)\)<\/span>/.exec(
      html.slice(html.indexOf(`data-book-size="${name}"`) - 20),
    )?.[1] ?? '';
  return { modules, steps, stated };
}

/** The top level of a PDF's outline (bookmarks), from pdftohtml -xml: each item's title and page. */
function outlineTop(xml: string): { page: number; title: string }[] {
  const items: { page: number; title: string }[] = [];
  let depth = 0;
  for (const [tag, page, title] of xml.matchAll(
    /<\/?outline>|<item page="(\d+)">([^<]*)<\/item>/g,
  )) {
    if (tag === '<outline>') depth += 1;
    else if (tag === '</outline>') depth -= 1;
    else if (depth === 1) items.push({ page: Number(page), title: flat(decode(title!)) });
  }
  return items;
}

test.describe('every course is a valid EPUB and an accessible PDF', () => {
  test('the build made an EPUB and two PDFs for every course', () => {
    expect(courses.length).toBeGreaterThanOrEqual(3);
    for (const course of courses)
      for (const name of [`${course}.epub`, `${course}.pdf`, `${course}-us-letter.pdf`])
        expect(statSync(join(dist, 'books', name)).size, name).toBeGreaterThan(10_000);
  });

  for (const course of courses) {
    test(`${course}: epubcheck finds nothing; the PDFs are tagged, outlined, embedded and complete`, () => {
      test.setTimeout(180_000); // epubcheck takes about 10 to 25 s a book on a CI machine
      const page = coursePage(course);
      expect(page.steps.length).toBeGreaterThan(10);

      const epub = join(dist, 'books', `${course}.epub`);
      const report = run('java', ['-jar', EPUBCHECK, epub]);
      expect(report, `epubcheck ${epub}`).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
      expect(report).toContain('No errors or warnings detected.');

      for (const [name, size] of [
        [`${course}.pdf`, 'A4'],
        [`${course}-us-letter.pdf`, 'letter'],
      ] as const) {
        const pdf = join(dist, 'books', name);
        const info = run('pdfinfo', [pdf]);
        expect(info, name).toMatch(/^Tagged:\s+yes$/m);
        expect(info, name).toMatch(new RegExp(`^Page size:.*\\(${size}\\)$`, 'm'));
        expect(info, name).toMatch(/^Title:\s+\S/m);
        const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
        expect(pages, name).toBeGreaterThan(40);
        // The course page states the page count the PDF really has.
        expect(page.stated(name), name).toContain(`, ${pages} pages, `);

        // Every font embedded (a row of pdffonts: name type encoding emb sub uni object id).
        const fonts = run('pdffonts', [pdf])
          .split('\n')
          .slice(2)
          .filter((line) => line.trim());
        expect(fonts.length, name).toBeGreaterThan(0);
        for (const font of fonts)
          expect(font, `${name}: ${font}`).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);

        // An outline (bookmarks) with every module in order, and a contents page whose printed page
        // numbers are where its links go.
        const xml = run('pdftohtml', ['-xml', '-i', '-stdout', pdf]);
        const moduleItems = outlineTop(xml).filter((item) => item.title.startsWith('Module '));
        expect(
          moduleItems.map((item) => item.title),
          `${name} outline`,
        ).toEqual(page.modules);
        const contents = [...xml.matchAll(/<a href="[^"#]*#(\d+)">([^<]*?) · (\d+)<\/a>/g)];
        expect(contents.length, `${name} contents`).toBeGreaterThanOrEqual(
          page.steps.length + page.modules.length,
        );
        for (const [, target, title, printed] of contents)
          expect(`${title}: ${target}`).toBe(`${title}: ${printed}`);

        // Every step's title in the text, in course order, after the contents.
        const firstChapter = moduleItems[0]!.page;
        let text = flat(run('pdftotext', ['-f', String(firstChapter), pdf, '-']));
        for (const title of page.steps) {
          const at = text.indexOf(flat(title));
          expect(at, `${name}: "${title}" in order`).toBeGreaterThanOrEqual(0);
          text = text.slice(at + title.length);
        }
      }
    });
  }
});

test.describe('downloading the books', () => {
  function bookLinks(page: Page) {
    const books = page.getByRole('region', { name: 'Read it as a book' });
    return {
      epub: books.getByRole('link', { name: /^Download as eBook \(EPUB, \d+ KB\)$/ }),
      a4: books.getByRole('link', { name: /^Download as PDF \(A4, \d+ pages, [\d.]+ (KB|MB)\)$/ }),
      letter: books.getByRole('link', {
        name: /^Download as PDF \(US Letter, \d+ pages, [\d.]+ (KB|MB)\)$/,
      }),
    };
  }

  test('the course page links to the EPUB and the PDFs with their sizes, and each downloads whole', async ({
    page,
    request,
  }) => {
    await page.goto('/courses/sponsor-induction/');
    const links = bookLinks(page);
    const expected = {
      epub: { type: 'application/epub+zip', start: 'PK\u0003\u0004' },
      a4: { type: 'application/pdf', start: '%PDF-' },
      letter: { type: 'application/pdf', start: '%PDF-' },
    };
    for (const [format, link] of Object.entries(links) as [
      keyof typeof expected,
      (typeof links)['epub'],
    ][]) {
      await expect(link).toBeVisible();
      const href = (await link.getAttribute('href'))!;
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toBe(expected[format].type);
      const body = await response.body();
      expect(body.byteLength, href).toBe(statSync(join(dist, href)).size);
      expect(body.subarray(0, expected[format].start.length).toString('latin1'), href).toBe(
        expected[format].start,
      );
      if (format === 'epub')
        expect(body.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
      // The size stated is the file's own, by the site's one rule for sizes.
      await expect(link).toContainText(`${formatSize(body.byteLength)})`);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), links.epub.click()]);
    expect(download.suggestedFilename()).toBe('sponsor-induction.epub');
    expect(statSync(await download.path()).size).toBe(
      statSync(join(dist, 'books/sponsor-induction.epub')).size,
    );
    await expectNoAxeViolations(page, 'with the book downloads');
  });

  test.describe('offline', () => {
    test.use({ serviceWorkers: 'allow' });

    // Chromium fetches a download in the browser process, past Playwright's offline switch (a click
    // still downloads with the network "off"), so offline is checked as the page asks the worker.
    test('after one visit, the worker holds the EPUB and the A4 PDF and serves them with the network off', async ({
      page,
      context,
    }) => {
      test.setTimeout(180_000); // installs the whole site first
      await page.goto('/courses/delivery-lead-essentials/');
      await waitForOfflineCopy(page);
      await context.setOffline(true);
      await page.reload();
      const links = bookLinks(page);
      await expect(links.epub).toBeVisible();
      const fetched = (href: string) =>
        page.evaluate(async (url) => {
          try {
            const response = await fetch(url);
            return `${response.status} ${response.headers.get('content-type')} ${(await response.arrayBuffer()).byteLength}`;
          } catch {
            return 'failed';
          }
        }, href);
      for (const link of [links.epub, links.a4]) {
        const href = (await link.getAttribute('href'))!;
        const type = href.endsWith('.epub') ? 'application/epub+zip' : 'application/pdf';
        expect(await fetched(href), href).toBe(`200 ${type} ${statSync(join(dist, href)).size}`);
      }
      // The US Letter edition is not precached (src/offline/integration.ts): offline, it cannot come.
      expect(await fetched((await links.letter.getAttribute('href'))!)).toBe('failed');
    });
  });
});
