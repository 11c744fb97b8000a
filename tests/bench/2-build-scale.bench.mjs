// Build cost at scale: Sideline against bare Astro + MDX, built side by side in the same run from the
// same generated lessons (about 650 words each), at 1,000 and 5,000 lessons (LESSONS=1000,5000). The
// ratio is the figure to compare: this machine is shared, so seconds alone say little. Prints build
// time, the ratio, peak memory (RSS) and the HTML size of one lesson page. A build that takes longer
// than BUILD_TIMEOUT seconds (600 by default) is stopped and reported as not finished.
// Everything is generated into temporary folders, never committed.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCourse } from './generate-course.mjs';

const SIZES = (process.env.LESSONS ?? '1000,5000').split(',').map(Number);
const TIMEOUT = Number(process.env.BUILD_TIMEOUT ?? 600) * 1000;
const here = process.cwd();

/** Sideline in its own copy of the project, so its caches never meet another build's. */
function sidelineProject(lessons) {
  const root = mkdtempSync(join(tmpdir(), 'sideline-scale-'));
  symlinkSync(join(here, 'node_modules'), join(root, 'node_modules'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(name, join(root, name), { recursive: true });
  }
  generateCourse(root, lessons, 'build benchmark');
  return root;
}

/**
 * Bare Astro + MDX on the same lesson files: a glob content collection over courses/, one page per
 * lesson with a title and the lesson's content, and the two author components the lessons use.
 */
function bareProject(lessons) {
  const root = mkdtempSync(join(tmpdir(), 'sideline-bare-'));
  symlinkSync(join(here, 'node_modules'), join(root, 'node_modules'));
  generateCourse(root, lessons, 'build benchmark');
  const write = (path, text) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', '{ "type": "module", "private": true }\n');
  write(
    'astro.config.mjs',
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], cacheDir: './.cache/astro' };\n`,
  );
  write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { lessons: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './courses' }) }) };\n`,
  );
  write('src/components/Term.astro', '<abbr><slot /></abbr>\n');
  write('src/components/KeyPoints.astro', '<aside><slot /></aside>\n');
  write(
    'src/pages/[...slug].astro',
    `---
import { getCollection, render } from 'astro:content';
import Term from '../components/Term.astro';
import KeyPoints from '../components/KeyPoints.astro';
export async function getStaticPaths() {
  return (await getCollection('lessons')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content components={{ Term, KeyPoints }} /></main></body></html>
`,
  );
  return root;
}

/** Builds `root` into root/dist in a child process; seconds and peak RSS, or why it did not finish. */
function build(root, env) {
  const out = join(root, 'dist');
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '-e',
      `import('astro').then(({ build }) => build({ root: process.cwd(), outDir: ${JSON.stringify(out)}, logLevel: 'error' })).then(() => console.log('RSS_KB=' + process.resourceUsage().maxRSS))`,
    ],
    {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: TIMEOUT,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const rss = /RSS_KB=(\d+)/.exec(run.stdout ?? '')?.[1];
  if (run.status !== 0 || !rss) {
    const why = run.error?.code === 'ETIMEDOUT' ? `stopped after ${TIMEOUT / 1000} s` : 'failed';
    if (why === 'failed')
      console.error((run.stdout ?? '').slice(-2000), (run.stderr ?? '').slice(-4000));
    return { ok: false, why, seconds };
  }
  const pages = readdirSync(out, { recursive: true }).map(String);
  return { ok: true, seconds, rssMb: Number(rss) / 1024, out, pages };
}

/** The first generated lesson's page, found by its text, with its size and gzip size. */
function lessonPage(out, pages) {
  const html = pages
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(out, file))
    .find((path) => /lesson-1|scale-0-0|01-lesson/.test(path) && statSync(path).isFile());
  if (!html) return 'not found';
  const bytes = readFileSync(html);
  return `${(bytes.length / 1024).toFixed(0)} KB (${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzip), ${html.slice(out.length + 1)}`;
}

for (const lessons of SIZES) {
  console.log(`\n--- ${lessons} generated lessons ---`);
  const bare = bareProject(lessons);
  const sideline = sidelineProject(lessons);
  try {
    const b = build(bare, {});
    const s = build(sideline, {
      SIDELINE_CONTENT_ROOT: sideline,
      SIDELINE_SKIP_VIDEO_CHECK: '1',
      SIDELINE_SKIP_BOOKS: '1',
    });
    const line = (name, r) =>
      r.ok
        ? `${name.padEnd(12)} ${r.seconds.toFixed(1).padStart(6)} s, peak RSS ${r.rssMb.toFixed(0)} MB, ${r.pages.filter((p) => p.endsWith('.html')).length} pages`
        : `${name.padEnd(12)} did not finish (${r.why}, ${r.seconds.toFixed(0)} s)`;
    console.log(line('bare Astro', b));
    console.log(line('Sideline', s));
    if (b.ok && s.ok) {
      console.log(`ratio        ${(s.seconds / b.seconds).toFixed(2)}× bare Astro (goal ≤ 1.5×)`);
      console.log(`lesson page  Sideline ${lessonPage(s.out, s.pages)}`);
      console.log(`             bare     ${lessonPage(b.out, b.pages)}`);
    }
  } finally {
    rmSync(bare, { recursive: true, force: true });
    rmSync(sideline, { recursive: true, force: true });
  }
}
