/**
 * `npm run books`: builds the site with its books and prints what each book came to. The books are
 * made from the lesson pages the build renders, so the site is built too; a book whose inputs have
 * not changed since the last build is copied from the cache (.cache/books/), not made again.
 *
 *   npm run books              make the books whose content changed, and say so
 *   npm run books -- --force   make every book again
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSize } from '../../site/file-size.ts';

interface Report {
  seconds: number;
  books: {
    courseId: string;
    made: boolean;
    seconds: number;
    files: { name: string; bytes: number; pages?: number }[];
  }[];
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'sideline-books-'));
const reportFile = join(folder, 'report.json');
const env: NodeJS.ProcessEnv = { ...process.env, SIDELINE_BOOKS_REPORT: reportFile };
delete env['SIDELINE_SKIP_BOOKS'];
if (process.argv.includes('--force')) env['SIDELINE_BOOKS_FORCE'] = '1';

const started = performance.now();
const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
const total = (performance.now() - started) / 1000;
if (build.status !== 0) {
  rmSync(folder, { recursive: true, force: true });
  process.exit(build.status ?? 1);
}

const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
rmSync(folder, { recursive: true, force: true });
const rows = report.books.flatMap((book) =>
  book.files.map((file) => [
    book.courseId,
    file.name,
    formatSize(file.bytes),
    file.pages ? String(file.pages) : '',
    book.made ? `made in ${book.seconds.toFixed(1)} s` : 'unchanged',
  ]),
);
const header = ['course', 'file', 'size', 'pages', 'this build'];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]!.length)),
);
const line = (cells: string[]) =>
  cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
rows.forEach((row) => console.log(line(row)));
console.log(
  `\nBooks: ${report.seconds.toFixed(1)} s of a ${total.toFixed(1)} s build; files in dist/books/, cache in .cache/books/.`,
);
