// Prints one example page of each type from dist/ (or the folder given), as JSON, for the JS-weight
// benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(process.cwd(), process.argv[2] ?? 'dist');
const pages = readdirSync(dist, { recursive: true })
  .filter((file) => String(file).endsWith('index.html'))
  .map((file) => '/' + String(file).replace(/index\.html$/, ''));
const kindOf = (path) =>
  /data-step-kind="(\w+)"/.exec(readFileSync(join(dist, path, 'index.html'), 'utf8'))?.[1];
const steps = pages.filter((p) => /^\/courses\/[^/]+\/[^/]+\/$/.test(p));
const firstOf = (kind) => steps.find((p) => kindOf(p) === kind);
const otherPages = [
  '/',
  '/courses/',
  '/my-learning/',
  '/glossary/',
  '/roles/sponsor/',
  '/search/',
  '/paths/',
  '/pmo/insights/',
  '/pmo/assign/',
];
console.log(
  JSON.stringify({
    home: '/',
    catalogue: '/courses/',
    'course overview': pages.find((p) => /^\/courses\/[^/]+\/$/.test(p)),
    lesson: firstOf('lesson'),
    video: firstOf('video'),
    scenario: firstOf('scenario'),
    quiz: firstOf('quiz'),
    glossary: '/glossary/',
    role: '/roles/sponsor/',
    'my learning': pages.includes('/my-learning/') ? '/my-learning/' : undefined,
    ...Object.fromEntries(
      otherPages
        .filter(
          (p) =>
            pages.includes(p) &&
            !['/', '/courses/', '/my-learning/', '/glossary/', '/roles/sponsor/'].includes(p),
        )
        .map((p) => [p.replaceAll('/', ' ').trim(), p]),
    ),
  }),
);
