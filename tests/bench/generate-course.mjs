// A generated course of many lessons (about 650 words each) for the scale benchmarks, written into a
// content root (courses/ + content/) in a temporary folder, never committed. Not a benchmark itself:
// run.mjs runs only *.bench.mjs files.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PER_MODULE = 20;
const WORDS =
  'The sponsor owns the business case and answers for the benefits while the delivery lead runs the plan within agreed tolerances and escalates early when a breach is forecast'.split(
    ' ',
  );

/**
 * 65 words picked pseudo-randomly (mulberry32) from a seed unique to each paragraph of each lesson:
 * the content checks refuse lessons that share a run of 12 words (src/content/passages.ts), as they
 * should, so generated lessons must not repeat each other.
 */
const paragraph = (seed) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: 65 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ') + '.';
};

/**
 * Writes content/ (the site's glossary, roles, pages and settings, without what names the real
 * courses' steps) and courses/scale/ with `lessons` lessons, 20 to a module, under `root`.
 */
export function generateCourse(root, lessons, purpose) {
  cpSync('content', join(root, 'content'), {
    recursive: true,
    // Learning paths, templates and the pages that link to lessons name the real courses' steps.
    filter: (source) =>
      !/[/\\](paths|templates)[/\\].+/.test(source) && !/ten-minutes\.mdx$/.test(source),
  });
  const course = join(root, 'courses', 'scale');
  mkdirSync(course, { recursive: true });
  writeFileSync(
    join(course, 'course.yaml'),
    `id: scale\ntitle: A generated course\naudience: [sponsor]\nsummary: Generated for the ${purpose}.\noutcomes: [Work at scale]\n`,
  );
  for (let m = 0; m < lessons / PER_MODULE; m++) {
    const dir = join(course, `${String(m + 1).padStart(2, '0')}-module-${m}`);
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'module.yaml'),
      `id: scale-module-${m}\ntitle: Module ${m + 1}\nsummary: A generated module.\nobjectives: [Read it]\n`,
    );
    for (let l = 0; l < PER_MODULE; l++) {
      const body = Array.from({ length: 10 }, (_, p) =>
        paragraph((m * PER_MODULE + l) * 16 + p + 1),
      ).join('\n\n');
      writeFileSync(
        join(dir, `${String(l + 1).padStart(2, '0')}-lesson.mdx`),
        `---\nid: scale-${m}-${l}\ntitle: Lesson ${l + 1} of module ${m + 1}\nsummary: A generated lesson.\nduration: 5\nobjectives: [Read a generated lesson]\n---\n\n${body}\n\n<Term id="tolerance">Tolerances</Term> matter.\n\n<KeyPoints>\n\n- One point.\n\n</KeyPoints>\n`,
      );
    }
  }
}
