// Build cost at scale: Sideline against bare Astro + MDX, built side by side in the same run from the
// same generated lessons (about 650 words each), at 1,000 and 5,000 lessons (LESSONS=1000,5000). The
// ratio is the figure to compare: this machine is shared, so seconds alone say little. Prints build
// time, the ratio, peak memory (RSS of the build's whole process tree: Pagefind runs as a process of
// its own), CPU seconds, and the HTML size of one lesson page. A build that takes longer than
// BUILD_TIMEOUT seconds (600 by default) is stopped and reported as not finished, with how far it got.
// Everything is generated into temporary folders, never committed.
import { spawn } from 'node:child_process';
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

/** Resident memory of a process and all its descendants, in KB, from /proc (Linux); 0 elsewhere. */
function treeRssKb(pid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map();
  const rss = new Map();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const visit = (id) => {
    total += rss.get(id) ?? 0;
    (children.get(id) ?? []).forEach(visit);
  };
  visit(pid);
  return total;
}

/**
 * Builds `root` into root/dist in a child process; seconds, CPU seconds and peak RSS of the process
 * tree (sampled every 250 ms), or why it did not finish and the last thing it logged.
 */
async function build(root, env) {
  const out = join(root, 'dist');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '-e',
      `import('astro').then(({ build }) => build({ root: process.cwd(), outDir: ${JSON.stringify(out)}, logLevel: 'info' })).then(() => { const u = process.resourceUsage(); console.log('CPU_S=' + (u.userCPUTime + u.systemCPUTime) / 1e6 + ' RSS_KB=' + u.maxRSS); })`,
    ],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout = (stdout + chunk).slice(-200_000)));
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20_000)));
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid))), 250);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, TIMEOUT);
  const status = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(sampler);
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const cpu = /CPU_S=([\d.]+)/.exec(stdout)?.[1];
  if (status !== 0 || !cpu) {
    const lastLine = stdout.trim().split('\n').at(-1) ?? '';
    const why = timedOut ? `stopped after ${TIMEOUT / 1000} s; last logged: ${lastLine}` : 'failed';
    if (!timedOut) console.error(stdout.slice(-2000), stderr.slice(-4000));
    return { ok: false, why, seconds, rssMb: peakKb / 1024 };
  }
  const pages = readdirSync(out, { recursive: true }).map(String);
  const ownKb = Number(/RSS_KB=(\d+)/.exec(stdout)?.[1] ?? 0);
  return {
    ok: true,
    seconds,
    cpu: Number(cpu),
    rssMb: peakKb / 1024,
    ownMb: ownKb / 1024,
    out,
    pages,
  };
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
    const b = await build(bare, {});
    const s = await build(sideline, {
      SIDELINE_CONTENT_ROOT: sideline,
      SIDELINE_SKIP_VIDEO_CHECK: '1',
      SIDELINE_SKIP_BOOKS: '1',
    });
    const line = (name, r) =>
      r.ok
        ? `${name.padEnd(12)} ${r.seconds.toFixed(1).padStart(6)} s (${r.cpu.toFixed(1)} CPU s in the build process), peak RSS ${r.rssMb.toFixed(0)} MB (build process alone ${r.ownMb.toFixed(0)} MB), ${r.pages.filter((p) => p.endsWith('.html')).length} pages`
        : `${name.padEnd(12)} did not finish (${r.why}, ${r.seconds.toFixed(0)} s, peak RSS ${r.rssMb.toFixed(0)} MB)`;
    console.log(line('bare Astro', b));
    console.log(line('Sideline', s));
    if (b.ok && s.ok) {
      console.log(`ratio        ${(s.seconds / b.seconds).toFixed(2)}× bare Astro (goal ≤ 1.5×)`);
      // CPU time moves less than wall time when other work shares the machine (Pagefind's own not counted).
      console.log(`CPU ratio    ${(s.cpu / b.cpu).toFixed(2)}× bare Astro, build process only`);
      console.log(`lesson page  Sideline ${lessonPage(s.out, s.pages)}`);
      console.log(`             bare     ${lessonPage(b.out, b.pages)}`);
    }
  } finally {
    rmSync(bare, { recursive: true, force: true });
    rmSync(sideline, { recursive: true, force: true });
  }
}
