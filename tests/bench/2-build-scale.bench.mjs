// Build time and peak memory for a generated course of 1,000 lessons (about 650 words each),
// generated into a temporary folder, never committed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCourse } from './generate-course.mjs';

const LESSONS = Number(process.env.LESSONS ?? 1000);
const root = mkdtempSync(join(tmpdir(), 'sideline-scale-'));
const out = join(root, 'dist');
// The build runs in its own copy of the project so its caches never meet another build's.
symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(name, join(root, name), { recursive: true });
}
generateCourse(root, LESSONS, 'build benchmark');

const started = performance.now();
const build = spawnSync(
  process.execPath,
  [
    '-e',
    `import('astro').then(({ build }) => build({ root: process.cwd(), outDir: ${JSON.stringify(out)}, logLevel: 'error' })).then(() => console.log('RSS_KB=' + process.resourceUsage().maxRSS))`,
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      SIDELINE_CONTENT_ROOT: root,
      SIDELINE_SKIP_VIDEO_CHECK: '1',
      SIDELINE_SKIP_BOOKS: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
const seconds = (performance.now() - started) / 1000;
const rss = /RSS_KB=(\d+)/.exec(build.stdout)?.[1];
if (build.status !== 0 || !rss) {
  console.error(build.stdout.slice(-2000), build.stderr.slice(-4000));
  process.exit(1);
}
const pages = readdirSync(out, { recursive: true }).filter((file) =>
  String(file).endsWith('.html'),
).length;
console.log(`lessons generated:  ${LESSONS}`);
console.log(`pages built:        ${pages}`);
console.log(`build time:         ${seconds.toFixed(1)} s`);
console.log(`peak memory (RSS):  ${(Number(rss) / 1024).toFixed(0)} MB`);
rmSync(root, { recursive: true, force: true });
