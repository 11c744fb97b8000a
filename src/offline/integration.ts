/**
 * Writes dist/sw.js after the build: src/offline/sw.ts bundled by esbuild, with workbox-build's list
 * of the files to precache in place of `self.__WB_MANIFEST`. Each entry carries its own revision (a
 * hash of the file), so a new build makes a returning learner's browser fetch only what changed.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// getManifest alone: workbox-build's index also loads its worker generator (Rollup, Babel), 0.4 s of
// CPU at the start of every build for nothing this integration uses.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { requestPath } from './urls.ts';

export interface ServiceWorkerReport {
  /** How many files the worker precaches. */
  count: number;
  /** Their total size, in bytes. */
  size: number;
  warnings: string[];
}

/** What the worker precaches from `distDir`: each file's request address and revision. */
export function precacheList(distDir: string) {
  return getManifest({
    globDirectory: distDir,
    globPatterns: [
      '**/*.{html,js,css,svg,webmanifest,json,vtt,jpg,png,webp,wasm,pagefind,pf_meta,pf_fragment,pf_index,pf_filter,epub,pdf,docx,odt}',
    ],
    // Videos are cached per course on request; the worker must not precache itself.
    // Books: the EPUB and the A4 PDF are precached; the US Letter PDF (1.6 MB each) is online only.
    globIgnores: [
      'videos/**/*.mp4',
      'videos/**/*.webm',
      'sw.js',
      'images/screenshot.png',
      'books/*-us-letter.pdf',
    ],
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    // Pages are requested as `x/`, not `x/index.html`.
    manifestTransforms: [
      (entries) => ({
        manifest: entries.map((entry) => ({ ...entry, url: requestPath(entry.url) })),
        warnings: [],
      }),
    ],
  });
}

/**
 * Lists the files in `distDir` and (re)writes `distDir/sw.js`. Exported so a test can rewrite the
 * worker for a changed copy of a build without building the site again.
 */
export async function writeServiceWorker(distDir: string): Promise<ServiceWorkerReport> {
  const { manifestEntries, count, size, warnings } = await precacheList(distDir);
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./sw.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    define: {
      'self.__WB_MANIFEST': JSON.stringify(manifestEntries),
      // Workbox's logging and development checks are dropped from the production worker.
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no service worker');
  writeFileSync(join(distDir, 'sw.js'), output.text);
  return { count, size, warnings };
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'sideline-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        warnings.forEach((warning) => logger.warn(warning));
        logger.info(`Service worker: ${count} files (${(size / 1024).toFixed(0)} KB) precached.`);
      },
    },
  };
}
