/**
 * The demo course of tests/fixtures/content/good/ with built lesson pages from tests/fixtures/books/,
 * in a temporary folder: the good pages, or with the broken chapter laid over them.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCourseTree } from '../../../../src/content/course-tree';
import { loadContent } from '../../../../src/content/load';
import { assembleBook } from '../../../../src/book/build/model';

const fixtures = join(import.meta.dirname, '../../../fixtures');
export const SITE = 'https://sideline.example/';

export interface DemoSite {
  contentRoot: string;
  distDir: string;
  remove: () => void;
}

export function demoSite(variant: 'good' | 'broken' = 'good'): DemoSite {
  const folder = mkdtempSync(join(tmpdir(), 'sideline-book-test-'));
  const contentRoot = join(folder, 'site');
  const distDir = join(folder, 'dist');
  cpSync(join(fixtures, 'content/good'), contentRoot, { recursive: true });
  cpSync(join(fixtures, 'books/good/dist'), distDir, { recursive: true });
  if (variant === 'broken')
    cpSync(join(fixtures, 'books/broken/dist'), distDir, { recursive: true });
  return { contentRoot, distDir, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export function demoBook(site: DemoSite) {
  const { content } = loadContent(site.contentRoot);
  const { tree } = buildCourseTree(content);
  return assembleBook({
    content,
    tree,
    course: tree.courses[0]!,
    siteUrl: SITE,
    readPage: (href) => {
      const file = join(site.distDir, href, 'index.html');
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
  });
}
