import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Every page the build produced, as a site path: the tests cover what ships, not a hand-kept list. */
export function builtPages(): string[] {
  const dist = resolve(process.env['SIDELINE_DIST'] ?? 'dist');
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => '/' + relative(dist, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

/** One page of each kind, islands included: what a learner or a PMO loads. */
export const samplePages = {
  home: '/',
  catalogue: '/courses/',
  course: '/courses/sponsor-induction/',
  glossary: '/glossary/',
  role: '/roles/sponsor/',
  lesson: '/courses/sponsor-induction/sponsor-what-you-own/',
  video: '/courses/sponsor-induction/sponsor-role-video/',
  quiz: '/courses/sponsor-induction/sponsor-accountability-quiz/',
  scenario: '/courses/pmo-coach-dont-play/helpful-rescue/',
  search: '/search/?q=sponsor',
  'my learning': '/my-learning/',
  paths: '/paths/',
  'PMO assign': '/pmo/assign/',
  'PMO insights': '/pmo/insights/',
};
