/**
 * Makes every course's books (EPUB and PDF) once the site is built, from the lesson pages just
 * written, and puts them in dist/books/. Listed before the service worker in astro.config.mjs, so
 * the worker precaches them with the rest of the site. SIDELINE_SKIP_BOOKS=1 skips them while you
 * write (the course pages then offer no download); `npm run books` shows what each build made.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBooks, removeDownloads } from './build/editions';
import { formatSize } from '../site/file-size';

export function bookEditions(): AstroIntegration {
  let projectRoot = process.cwd();
  let contentRoot = process.cwd();
  let siteUrl = 'https://sideline.example/';
  return {
    name: 'sideline-books',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        contentRoot = process.env['SIDELINE_CONTENT_ROOT'] ?? projectRoot;
        if (config.site) siteUrl = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        if (process.env['SIDELINE_SKIP_BOOKS']) {
          const pages = removeDownloads(distDir);
          logger.warn(
            `Books skipped (SIDELINE_SKIP_BOOKS is set): ${pages} course pages have no download links in this build.`,
          );
          return;
        }
        const started = performance.now();
        const figures = await buildBooks({
          contentRoot,
          distDir,
          cacheDir: process.env['SIDELINE_BOOKS_CACHE'] ?? join(projectRoot, '.cache', 'books'),
          siteUrl,
          force: Boolean(process.env['SIDELINE_BOOKS_FORCE']),
          log: (message) => logger.info(message),
        });
        const seconds = (performance.now() - started) / 1000;
        for (const book of figures) {
          const files = book.files
            .map(
              (file) =>
                `${file.name} ${formatSize(file.bytes)}${file.pages ? ` (${file.pages} pages)` : ''}`,
            )
            .join(', ');
          logger.info(`${book.made ? 'Made' : 'Unchanged'}: ${files}.`);
        }
        logger.info(
          `Books: ${figures.filter((book) => book.made).length} of ${figures.length} courses made again, in ${seconds.toFixed(1)} s.`,
        );
        // `npm run books` prints these figures as a table.
        const report = process.env['SIDELINE_BOOKS_REPORT'];
        if (report) writeFileSync(report, JSON.stringify({ seconds, books: figures }, null, 2));
      },
    },
  };
}
