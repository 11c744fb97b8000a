/**
 * One stylesheet per page type. Astro links each page's CSS as several files (the layout's, each
 * feature's, each component's), and every one of them blocks the first paint; a lesson page linked
 * seven. Once the site is built this merges the stylesheets each page links into one file per distinct
 * set and kind of step (pages of a type, e.g. every lesson, share the file, so the browser fetches it
 * once),
 * drops the rules no page of that set can use (build/prune.ts), and links that file instead.
 * Stylesheets no page links any more are deleted, so the service worker does not precache them: this
 * is listed before serviceWorker() in astro.config.mjs. External files, not inline <style>: Astro's
 * CSP meta tag hashes only what Astro inlines itself.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classesInHtml, classIsUsable, pruneCss } from './build/prune';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const ASSETS = '/_astro/';

interface Page {
  file: string;
  html: string;
  links: string[];
  hrefs: string[];
}

export interface PageStylesheetStats {
  pages: number;
  sets: number;
  bytesBefore: number;
  bytesAfter: number;
  rulesDropped: number;
  filesDeleted: number;
}

export function pageStylesheets(): AstroIntegration {
  return {
    name: 'sideline-page-stylesheets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const stats = mergePageStylesheets(fileURLToPath(dir));
        logger.info(
          `${stats.pages} pages now link ${stats.sets} stylesheets ` +
            `(${(stats.bytesBefore / 1024).toFixed(0)} KB of CSS → ${(stats.bytesAfter / 1024).toFixed(0)} KB, ` +
            `${stats.rulesDropped} rules no page of a set uses dropped, ${stats.filesDeleted} files deleted).`,
        );
      },
    },
  };
}

export function mergePageStylesheets(dist: string): PageStylesheetStats {
  const pages = htmlFiles(dist).map((file): Page => {
    const html = readFileSync(file, 'utf8');
    const links = [...html.matchAll(STYLESHEET_LINK)]
      .map((match) => match[0])
      // Only the site's own, unconditional stylesheets; a print-only or external one stays as it is.
      .filter((tag) => !/\bmedia=/.test(tag) && hrefOf(tag)?.startsWith(ASSETS));
    return { file, html, links, hrefs: links.map((tag) => hrefOf(tag)!) };
  });

  const sets = new Map<string, Page[]>();
  for (const page of pages) {
    if (page.hrefs.length === 0) continue;
    // Step pages all link the same files; each kind of step (lesson, quiz, …) gets its own.
    const kind = /\bdata-step-kind="([\w-]+)"/.exec(page.html)?.[1] ?? '';
    const key = `${kind} ${page.hrefs.join(' ')}`;
    sets.set(key, [...(sets.get(key) ?? []), page]);
  }

  const js = new ScriptReader(dist);
  const stats: PageStylesheetStats = {
    pages: 0,
    sets: sets.size,
    bytesBefore: 0,
    bytesAfter: 0,
    rulesDropped: 0,
    filesDeleted: 0,
  };
  const linked = new Set<string>();
  for (const members of sets.values()) {
    const css = members[0]!.hrefs.map((href) => readFileSync(join(dist, href), 'utf8')).join('\n');
    const htmlClasses = new Set(members.flatMap((page) => [...classesInHtml(page.html)]));
    const scripts = [
      ...[...new Set(members.flatMap((page) => js.loadedBy(page.html)))].map((url) => js.read(url)),
      ...members.flatMap(({ html }) => inlineScripts(html)),
    ].join('\n');
    const pruned = pruneCss(css, (name) => classIsUsable(name, htmlClasses, scripts));
    const href = `${ASSETS}page.${createHash('sha256').update(pruned.css).digest('hex').slice(0, 10)}.css`;
    writeFileSync(join(dist, href), pruned.css);
    linked.add(href);
    stats.bytesBefore += Buffer.byteLength(css);
    stats.bytesAfter += Buffer.byteLength(pruned.css);
    stats.rulesDropped += pruned.rulesDropped;
    for (const page of members) {
      const [first, ...rest] = page.links;
      let html = page.html.replace(first!, `<link rel="stylesheet" href="${href}">`);
      for (const tag of rest) html = html.replace(tag, '');
      writeFileSync(page.file, html);
      stats.pages += 1;
    }
  }

  const merged = new Set(pages.flatMap((page) => page.hrefs));
  stats.filesDeleted = deleteUnlinked(dist, [...merged], linked);
  return stats;
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

function hrefOf(tag: string): string | undefined {
  return /\bhref="([^"]+)"/.exec(tag)?.[1];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The stylesheets merged away, unless some file of the site still names them (a script, a book). */
function deleteUnlinked(dist: string, merged: string[], linked: Set<string>): number {
  const candidates = new Set(merged.filter((href) => !linked.has(href)));
  if (candidates.size === 0) return 0;
  const texts = readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && /\.(html|js|mjs|css|json|webmanifest|xhtml|opf)$/.test(entry.name),
  );
  for (const entry of texts) {
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const href of candidates) {
      const name = href.slice(ASSETS.length);
      if (text.includes(name)) candidates.delete(href);
    }
  }
  for (const href of candidates) rmSync(join(dist, href));
  return candidates.size;
}

/**
 * The JavaScript a page can run: its scripts, modulepreloads and islands (component and renderer),
 * and every module those import, statically or dynamically, for the class names it may render.
 */
class ScriptReader {
  private readonly code = new Map<string, string>();
  private readonly imports = new Map<string, string[]>();

  constructor(private readonly dist: string) {}

  read(url: string): string {
    let code = this.code.get(url);
    if (code === undefined) {
      const file = join(this.dist, url);
      code = existsSync(file) ? readFileSync(file, 'utf8') : '';
      this.code.set(url, code);
    }
    return code;
  }

  loadedBy(html: string): string[] {
    const start = new Set<string>();
    for (const match of html.matchAll(
      /(?:<script[^>]+src|<link[^>]+rel="modulepreload"[^>]*href|component-url|renderer-url)="([^"]+\.js)"/g,
    )) {
      start.add(match[1]!);
    }
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      queue.push(...this.importsOf(url));
    }
    return [...seen];
  }

  private importsOf(url: string): string[] {
    let found = this.imports.get(url);
    if (!found) {
      const code = this.read(url);
      const resolve = (spec: string) => new URL(spec, `http://site${url}`).pathname;
      found = [
        ...[
          ...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]((?:\.{1,2})?\/[^"'`]+\.js)["'`]/g),
        ].map((match) => resolve(match[1]!)),
        // Vite's list of a dynamic import's chunks, from the site's root.
        ...[...code.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g)].map((match) => `/${match[1]}`),
      ];
      this.imports.set(url, found);
    }
    return found;
  }
}
