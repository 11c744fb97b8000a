// Search index size and indexing time: for the real site, and for a generated course of 1,000 lessons
// (about 650 words each, generated as in 2-build-scale.bench.mjs into a temporary folder, never
// committed). Each site is built into a temporary folder; the search integration writes its figures to
// the file named by SIDELINE_SEARCH_STATS (src/lib/search-index-integration.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const LESSONS = Number(process.env.LESSONS ?? 1000);
const PER_MODULE = 20;

/** Builds the site (content from contentRoot, or the project's own) and returns the search figures. */
function buildAndIndex(label, contentRoot) {
  const work = mkdtempSync(join(tmpdir(), 'sideline-search-bench-'));
  const out = join(work, 'dist');
  const statsFile = join(work, 'search-stats.json');
  const env = { ...process.env, SIDELINE_SEARCH_STATS: statsFile };
  delete env.SIDELINE_CONTENT_ROOT;
  // The generated course has no videos to check (as in 2-build-scale.bench.mjs).
  if (contentRoot)
    Object.assign(env, { SIDELINE_CONTENT_ROOT: contentRoot, SIDELINE_SKIP_VIDEO_CHECK: '1' });
  const started = performance.now();
  const build = spawnSync(
    process.execPath,
    [
      '-e',
      `import('astro').then(({ build }) => build({ root: process.cwd(), outDir: ${JSON.stringify(out)}, logLevel: 'error' }))`,
    ],
    { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout.slice(-2000), build.stderr.slice(-4000));
    process.exit(1);
  }
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  rmSync(work, { recursive: true, force: true });
  console.log(`\n${label}`);
  console.log(`  pages indexed:          ${stats.pages}`);
  console.log(`  records added:          ${stats.records} (scenario situations, glossary terms)`);
  console.log(
    `  index size:             ${(stats.bytes / 1024).toFixed(0)} KB in ${stats.files} files (dist/pagefind + glossary-index.json)`,
  );
  console.log(
    `  indexing time:          ${stats.seconds.toFixed(2)} s (whole build ${buildSeconds.toFixed(1)} s)`,
  );
  const { content, pages, records, write } = stats.phases;
  console.log(
    `    reading content ${content.toFixed(2)} s, indexing pages ${pages.toFixed(2)} s, adding records ${records.toFixed(2)} s, writing ${write.toFixed(2)} s`,
  );
}

function generateCourse() {
  const root = mkdtempSync(join(tmpdir(), 'sideline-search-scale-'));
  // Site content (glossary, roles, settings) but not the learning paths: they name the real courses' steps.
  cpSync('content', join(root, 'content'), {
    recursive: true,
    filter: (source) => !/[/\\]paths[/\\].+/.test(source),
  });
  const course = join(root, 'courses', 'scale');
  mkdirSync(course, { recursive: true });
  writeFileSync(
    join(course, 'course.yaml'),
    'id: scale\ntitle: A generated course\naudience: [sponsor]\nsummary: Generated for the search benchmark.\noutcomes: [Find things quickly]\n',
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
  return root;
}

buildAndIndex('The real site (courses/ and content/)');
const root = generateCourse();
try {
  buildAndIndex(`A generated course of ${LESSONS} lessons`, root);
} finally {
  rmSync(root, { recursive: true, force: true });
}
