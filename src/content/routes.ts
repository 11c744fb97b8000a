import type { CourseTree } from './course-tree';

/** Pages that exist whatever the content; keep in step with src/pages/. */
export const FIXED_ROUTES = [
  '/',
  '/courses/',
  '/roles/',
  '/glossary/',
  '/about/',
  '/accessibility/',
  '/privacy/',
  '/my-learning/',
  '/search/',
  '/authors/',
  // Learning paths, assignments, PMO pages and certificates (issue 8).
  '/paths/',
  '/paths/share/',
  '/assignment/',
  '/pmo/',
  '/pmo/assign/',
  '/pmo/insights/',
  '/certificate/',
  // Templates to download (issue 14).
  '/templates/',
] as const;

/** Every address the site will build, so links can be checked before anything renders. */
export function siteRoutes(
  tree: CourseTree,
  roleIds: string[],
  templateIds: string[] = [],
): Set<string> {
  const routes = new Set<string>(FIXED_ROUTES);
  for (const course of tree.courses) routes.add(course.href);
  for (const step of tree.steps.values()) {
    routes.add(step.href);
    if (step.kind === 'scenario') routes.add(`/authors/scenarios/${step.id}/`);
  }
  for (const id of roleIds) routes.add(`/roles/${id}/`);
  for (const id of templateIds) routes.add(`/templates/${id}/`);
  return routes;
}
