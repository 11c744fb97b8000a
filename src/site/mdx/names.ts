/**
 * The components authors may use in a lesson without importing them (courses/README.md). The lesson
 * layout passes exactly these to the page, and the build refuses any other, so a typo fails the
 * build with the file and line rather than a stack trace from deep in a page.
 */
export const AUTHOR_COMPONENTS = [
  'Callout',
  'Diagram',
  'Example',
  'KeyPoints',
  'Raci',
  'Reflect',
  'Role',
  'RoleCard',
  'Term',
] as const;
