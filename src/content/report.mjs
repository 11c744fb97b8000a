// `npm run content:report`: counts what the curriculum holds and how readable it is, so the figures in
// an issue note come from a command anyone can run. Reading grade is Flesch–Kincaid, computed on the
// lesson text as a learner reads it (components' text kept, markup removed, role names filled in).
import { readdirSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';

// The form figures come from the same TypeScript the build checks with. Node runs it as it is (types
// stripped); this lets its extensionless relative imports resolve as they do in Vite.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.startsWith('.') || /\.[cm]?[jt]sx?$/.test(specifier)) {
      return nextResolve(specifier, context);
    }
    return nextResolve(`${specifier}.ts`, context);
  },
});
const { QUIZ_FORM_LIMITS, quizFormFigures } = await import('../quiz/build/form.ts');
const { BEST_CHOICE_LONGEST_MAX, pathFigures, scenarioFormFigures } = await import(
  '../scenario/checks/form.ts'
);
// Parsed with their schemas, so defaults (a variable's range, a choice's effects) are filled in.
const { scenarioShapeSchema } = await import('../scenario/schema.ts');
const { quizSchema } = await import('../quiz/schema.ts');
const { sharedPassages } = await import('./passages.ts');

const root = process.cwd();
const files = (dir) =>
  readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .map((file) => join(dir, file))
    .sort();

const courseFiles = files('courses');
const lessonFiles = courseFiles.filter((f) => f.endsWith('.mdx'));
const yamlOf = (name) =>
  courseFiles
    .filter((f) => f.endsWith(`/${name}`))
    .map((f) => ({ file: f, data: parse(readFileSync(f, 'utf8')) }));
const courses = yamlOf('course.yaml');
const modules = yamlOf('module.yaml');
const quizzes = yamlOf('quiz.yaml');
const scenarios = yamlOf('scenario.yaml');
const practice = yamlOf('practice.yaml');
const videos = yamlOf('video.yaml');
const glossary = parse(readFileSync('content/glossary.yaml', 'utf8'));
const roles = files('content/roles').filter((f) => f.endsWith('.yaml'));
const labels = parse(readFileSync('content/site.yaml', 'utf8'))?.roleLabels ?? {};

/** The lesson as a learner reads it: prose and component text, without markup. */
function readableText(source) {
  const body = source.replace(/^---[\s\S]*?\n---\n/, '');
  return body
    .replace(
      /<Role id="([^"]+)"([^>]*)\/>/g,
      (_, id, flags) =>
        (flags.includes('plural') ? labels[id]?.plural : labels[id]?.singular) ?? id,
    )
    .replace(/<Raci[\s\S]*?\/>/g, '')
    .replace(/<RoleCard[^>]*\/>/g, '')
    .replace(/<\/?[A-Z][^>]*>/g, '\n')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/^#+\s+(.*)$/gm, '$1.')
    .replace(/^\s*[-*]\s+(.*)$/gm, '$1.')
    .replace(/[*_`>]/g, '')
    .replace(/\.\.+/g, '.');
}

const words = (text) => text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
const sentences = (text) => Math.max(1, (text.match(/[.!?](\s|$)/g) ?? []).length);
function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // numbers read as a word or two
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}
function fleschKincaid(text) {
  const list = words(text);
  const syl = list.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (list.length / sentences(text)) + 11.8 * (syl / list.length) - 15.59;
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const lessons = lessonFiles.map((file) => {
  const source = readFileSync(file, 'utf8');
  const text = readableText(source);
  return {
    file,
    words: words(text).length,
    grade: fleschKincaid(text),
    example: /<Example\b/.test(source),
    reflect: /<Reflect\b/.test(source),
    keyPoints: /<KeyPoints\b/.test(source),
    sources: /\nsources:\s*\n\s*-/.test(source),
  };
});
const questions = quizzes.flatMap((q) => q.data.questions ?? []);
const types = questions.reduce((acc, q) => ({ ...acc, [q.type]: (acc[q.type] ?? 0) + 1 }), {});
const narration = (v) => v.data.slides.reduce((n, s) => n + words(s.narration).length, 0);

const row = (label, value) => console.log(`${label.padEnd(48)}${value}`);
row('courses', courses.length);
row('modules', modules.length);
row('lessons', lessons.length);
row(
  'modules with 2 to 4 lessons',
  `${
    modules.filter((m) => {
      const n = lessonFiles.filter((f) => f.startsWith(m.file.replace('module.yaml', ''))).length;
      return n >= 2 && n <= 4;
    }).length
  } of ${modules.length}`,
);
row(
  'lesson words (min / median / max)',
  `${Math.min(...lessons.map((l) => l.words))} / ${median(lessons.map((l) => l.words))} / ${Math.max(...lessons.map((l) => l.words))}`,
);
row(
  'lessons of 450 to 1,000 words',
  `${lessons.filter((l) => l.words >= 450 && l.words <= 1000).length} of ${lessons.length}`,
);
row(
  'lessons with a worked example',
  `${lessons.filter((l) => l.example).length} of ${lessons.length}`,
);
row(
  'lessons with a reflection prompt',
  `${lessons.filter((l) => l.reflect).length} of ${lessons.length}`,
);
row('lessons with key points', `${lessons.filter((l) => l.keyPoints).length} of ${lessons.length}`);
row('lessons with sources', `${lessons.filter((l) => l.sources).length} of ${lessons.length}`);
row(
  'reading grade, Flesch–Kincaid (median / max)',
  `${median(lessons.map((l) => l.grade)).toFixed(1)} / ${Math.max(...lessons.map((l) => l.grade)).toFixed(1)}`,
);
row('quizzes (modules with a quiz)', `${quizzes.length} of ${modules.length}`);
row(
  'quiz questions',
  `${questions.length} (${Object.entries(types)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')})`,
);
row('smallest quiz', `${Math.min(...quizzes.map((q) => q.data.questions.length))} questions`);
row('scenarios', `${scenarios.length}: ${scenarios.map((s) => s.data.id).join(', ')}`);
row(
  'scenarios per course',
  courses
    .map(
      (c) =>
        `${c.data.id} ${scenarios.filter((s) => s.file.startsWith(c.file.replace('course.yaml', ''))).length}`,
    )
    .join(', '),
);
row(
  'practice tasks per course (rubric points)',
  courses
    .map((c) => {
      const tasks = practice.filter((p) => p.file.startsWith(c.file.replace('course.yaml', '')));
      const points = tasks.map((t) => t.data.rubric.length);
      return `${c.data.id} ${tasks.length} (${Math.min(...points)} to ${Math.max(...points)})`;
    })
    .join(', '),
);
row(
  'videos',
  `${videos.length}: ${videos.map((v) => `${v.data.id} (${narration(v)} words)`).join(', ')}`,
);
const bodies = lessonFiles.map((file) => ({
  file,
  body: readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''),
}));
row('near-duplicate passages (12 shared words)', sharedPassages(bodies).length);
const sources = lessonFiles.flatMap(
  (file) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '')?.sources ?? [],
);
row('lesson sources without a URL', `${sources.filter((source) => !source.url).length} of ${sources.length}`);
row(
  'lesson sources without a year',
  `${sources.filter((source) => !source.year).length} of ${sources.length}`,
);
row('glossary terms', glossary.length);
row('role profiles', roles.length);

// Per course: what issue #14 asks each course to show, in one table.
const templates = files('content/templates')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(f, 'utf8')));
const frontmatter = (file) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') ?? {};
const passages = sharedPassages(bodies);
console.log('\nPer course');
const columns = ['modules', 'lessons', 'words', 'grade', 'questions', 'practice', 'templates', 'dupes', 'no URL', 'no year'];
console.log(`  ${'course'.padEnd(28)}${columns.map((c) => c.padStart(10)).join('')}`);
for (const course of courses) {
  const folder = course.file.split('/')[1];
  const inCourse = (list) => list.filter((entry) => entry.file.split('/')[1] === folder);
  const courseLessons = inCourse(lessons);
  const lessonIds = new Set(courseLessons.map((lesson) => frontmatter(lesson.file).id));
  const courseSources = courseLessons.flatMap((lesson) => frontmatter(lesson.file).sources ?? []);
  const values = [
    inCourse(modules).length,
    courseLessons.length,
    courseLessons.reduce((n, lesson) => n + lesson.words, 0),
    median(courseLessons.map((lesson) => lesson.grade)).toFixed(1),
    inCourse(quizzes).reduce((n, quiz) => n + (quiz.data.questions?.length ?? 0), 0),
    inCourse(practice).length,
    templates.filter((t) => (t.lessons ?? []).some((id) => lessonIds.has(id))).length,
    passages.filter((found) => JSON.stringify(found).includes(`courses/${folder}/`)).length,
    courseSources.filter((source) => !source.url).length,
    courseSources.filter((source) => !source.year).length,
  ];
  console.log(`  ${course.data.id.padEnd(28)}${values.map((v) => String(v).padStart(10)).join('')}`);
}

// Assessment that cannot be passed by its form (limits in courses/README.md; the build fails past them).
const pct = (part, whole) => (whole ? `${Math.round((part / whole) * 100)}%` : 'n/a');
console.log('\nAssessment form, per course (limit in brackets)');
for (const course of courses) {
  const folder = course.file.split('/')[1];
  const inCourse = (list) => list.filter((entry) => entry.file.split('/')[1] === folder);
  const quiz = quizFormFigures(inCourse(quizzes).map((q) => quizSchema.parse(q.data)));
  const scenario = scenarioFormFigures(
    inCourse(scenarios).map((s) => scenarioShapeSchema.parse(s.data)),
  );
  const situational = quiz.quizzes.map((q) => q.situational / q.questions);
  console.log(`  ${course.data.id}`);
  row(
    '    right option longest, single answer',
    `${quiz.single.correctLongest.length} of ${quiz.single.questions} (${pct(quiz.single.correctLongest.length, quiz.single.questions)}; at most ${pct(QUIZ_FORM_LIMITS.correctLongestMax, 1)})`,
  );
  row(
    '    true/false answers that are true',
    `${quiz.trueFalse.true} of ${quiz.trueFalse.questions} (${pct(quiz.trueFalse.true, quiz.trueFalse.questions)}; ${pct(QUIZ_FORM_LIMITS.trueShare.min, 1)} to ${pct(QUIZ_FORM_LIMITS.trueShare.max, 1)})`,
  );
  row(
    '    select-all options that are right',
    `${quiz.selectAll.correct} of ${quiz.selectAll.options} (${pct(quiz.selectAll.correct, quiz.selectAll.options)}; ${pct(QUIZ_FORM_LIMITS.selectAllCorrect.min, 1)} to ${pct(QUIZ_FORM_LIMITS.selectAllCorrect.max, 1)})`,
  );
  row(
    '    situational questions, lowest quiz',
    `${situational.length ? pct(Math.min(...situational), 1) : 'n/a'} (at least ${pct(QUIZ_FORM_LIMITS.situationalMin, 1)})`,
  );
  row(
    '    strong choice longest, scenario decisions',
    `${scenario.bestLongest.length} of ${scenario.decisions} (${pct(scenario.bestLongest.length, scenario.decisions)}; at most ${pct(BEST_CHOICE_LONGEST_MAX, 1)})`,
  );
}
console.log('\nScenarios: paths, and paths to the best ending that include a weak choice (must be 0)');
for (const { data: raw } of scenarios) {
  const data = scenarioShapeSchema.parse(raw);
  const paths = pathFigures(data);
  const branches = !scenarioFormFigures([data]).linear.length;
  row(
    `  ${data.id}`,
    `${paths.paths} paths, ${paths.toBest} to the best ending, ${paths.toBestWithWeak} of them with a weak choice; ${branches ? 'branches' : 'linear'}`,
  );
}
row(
  'linear scenarios (every choice, same next step)',
  `${scenarioFormFigures(scenarios.map((s) => scenarioShapeSchema.parse(s.data))).linear.length} of ${scenarios.length} (at most 3)`,
);

if (process.argv.includes('--lessons')) {
  for (const l of lessons)
    console.log(
      `${l.file.padEnd(100)} ${String(l.words).padStart(5)} words  grade ${l.grade.toFixed(1)}`,
    );
}
