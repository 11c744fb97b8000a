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

const paragraph = (seed) =>
  Array.from({ length: 65 }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(' ') + '.';

/**
 * Writes content/ (the site's glossary, roles and settings, without the learning paths: they name the
 * real courses' steps) and courses/scale/ with `lessons` lessons, 20 to a module, under `root`.
 */
export function generateCourse(root, lessons, purpose) {
  cpSync('content', join(root, 'content'), {
    recursive: true,
    filter: (source) => !/[/\\]paths[/\\].+/.test(source),
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
      const body = Array.from({ length: 10 }, (_, p) => paragraph(m + l + p)).join('\n\n');
      writeFileSync(
        join(dir, `${String(l + 1).padStart(2, '0')}-lesson.mdx`),
        `---\nid: scale-${m}-${l}\ntitle: Lesson ${l + 1} of module ${m + 1}\nsummary: A generated lesson.\nduration: 5\nobjectives: [Read a generated lesson]\n---\n\n${body}\n\n<Term id="tolerance">Tolerances</Term> matter.\n\n<KeyPoints>\n\n- One point.\n\n</KeyPoints>\n`,
      );
    }
  }
}
