/**
 * Writes dist/sw.js after the build: the service worker in src/offline/sw.js with the list of
 * files to precache from workbox-build's getManifest (a maintained way to list and revision the build).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getManifest } from 'workbox-build';

export function serviceWorker(): AstroIntegration {
  return {
    name: 'sideline-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { manifestEntries, size, warnings } = await getManifest({
          globDirectory: distDir,
          globPatterns: [
            '**/*.{html,js,css,svg,webmanifest,json,vtt,jpg,png,webp,wasm,pagefind,pf_meta,pf_fragment,pf_index,pf_filter,epub,pdf}',
          ],
          // Videos are cached per course on request; the worker itself must not precache itself.
          // Books: the EPUB and the A4 PDF are precached; the US Letter PDF (1.6 MB each) is online only.
          globIgnores: [
            'videos/**/*.mp4',
            'videos/**/*.webm',
            'sw.js',
            'images/screenshot.png',
            'books/*-us-letter.pdf',
          ],
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        warnings.forEach((warning) => logger.warn(warning));
        const manifest = manifestEntries.map((entry) => ({
          url: '/' + entry.url.replace(/(^|\/)index\.html$/, '$1'),
          revision: entry.revision,
        }));
        const version = createHash('sha256')
          .update(JSON.stringify(manifest))
          .digest('hex')
          .slice(0, 12);
        const source = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
        writeFileSync(
          `${distDir}/sw.js`,
          `self.__SIDELINE_MANIFEST = ${JSON.stringify(manifest)};\nself.__SIDELINE_VERSION = ${JSON.stringify(version)};\n${source}`,
        );
        logger.info(
          `Service worker: ${manifest.length} files (${(size / 1024).toFixed(0)} KB) precached, version ${version}.`,
        );
      },
    },
  };
}
