// Build time and peak memory for a generated course of 1,000 lessons (about 650 words each),
// generated into a temporary folder, never committed.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LESSONS = Number(process.env.LESSONS ?? 1000);
const PER_MODULE = 20;
const root = mkdtempSync(join(tmpdir(), 'sideline-scale-'));
const out = join(root, 'dist');
cpSync('content', join(root, 'content'), { recursive: true });
// Learning paths point at the real courses, which the generated site does not have.
rmSync(join(root, 'content', 'paths'), { recursive: true, force: true });
// The build runs in its own copy of the project so its caches never meet another build's.
symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(name, join(root, name), { recursive: true });
}
const course = join(root, 'courses', 'scale');
mkdirSync(course, { recursive: true });
writeFileSync(
  join(course, 'course.yaml'),
  'id: scale\ntitle: A generated course\naudience: [sponsor]\nsummary: Generated for the build benchmark.\noutcomes: [Build quickly]\n',
);
const words =
  'The sponsor owns the business case and answers for the benefits while the delivery lead runs the plan within agreed tolerances and escalates early when a breach is forecast'.split(
    ' ',
  );
const paragraph = (seed) =>
  Array.from({ length: 65 }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ') + '.';
for (let m = 0; m < LESSONS / PER_MODULE; m++) {
  const dir = join(course, `${String(m + 1).padStart(2, '0')}-module-${m}`);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'module.yaml'),
    `id: scale-module-${m}\ntitle: Module ${m + 1}\nsummary: A generated module.\nobjectives: [Read it]\n`,
  );
  for (let l = 0; l < PER_MODULE; l++) {
    const body = Array.from({ length: 10 }, (_, p) => paragraph(m + l + p)).join('\n\n');
    writeFileSync(
      join(dir, `${String(l + 1).padStart(2, '0')}-lesson.mdx`),
      `---\nid: scale-${m}-${l}\ntitle: Lesson ${l + 1} of module ${m + 1}\nsummary: A generated lesson.\nduration: 5\nobjectives: [Read a generated lesson]\n---\n\n${body}\n\n<Term id="tolerance">Tolerances</Term> matter.\n\n<KeyPoints>\n\n- One point.\n\n</KeyPoints>\n`,
    );
  }
}

const started = performance.now();
const build = spawnSync(
  process.execPath,
  [
    '-e',
    `import('astro').then(({ build }) => build({ root: process.cwd(), outDir: ${JSON.stringify(out)}, logLevel: 'error' })).then(() => console.log('RSS_KB=' + process.resourceUsage().maxRSS))`,
  ],
  {
    cwd: root,
    env: { ...process.env, SIDELINE_CONTENT_ROOT: root, SIDELINE_SKIP_VIDEO_CHECK: '1' },
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
