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

export const samplePages = {
  home: '/',
  catalogue: '/courses/',
  course: '/courses/sponsor-induction/',
  glossary: '/glossary/',
  role: '/roles/sponsor/',
};
