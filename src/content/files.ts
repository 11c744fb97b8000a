/**
 * Where each kind of content file lives. Astro's collections (src/content.config.ts) and the build's
 * own checks (load.ts) both find files by these patterns, so they always read the same files. In a
 * pattern, `*` stands for one folder or file name, never for several.
 */
export const COURSE_FILES = {
  courses: '*/course.yaml',
  modules: '*/*/module.yaml',
  lessons: '*/*/*.mdx',
  quizzes: '*/*/quiz.yaml',
  scenarios: '*/*/scenario.yaml',
  videos: '*/*/video.yaml',
  practice: '*/*/practice.yaml',
} as const;

/** Relative to content/. */
export const SITE_FILES = {
  roles: 'roles/*.yaml',
  pages: 'pages/*.mdx',
  paths: 'paths/*.yaml',
  templates: 'templates/*.yaml',
} as const;

export type CourseFileKind = keyof typeof COURSE_FILES;

/** Whether a path (relative, with "/") fits a pattern, segment by segment. */
export function fitsPattern(pattern: string, path: string): boolean {
  const parts = pattern.split('/');
  const segments = path.split('/');
  if (parts.length !== segments.length) return false;
  return parts.every((part, i) => {
    const source = part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*');
    return new RegExp(`^${source}$`).test(segments[i]!);
  });
}

/** The kind of a file under courses/, or undefined when the build does not read it. */
export function courseFileKind(path: string): CourseFileKind | undefined {
  const kinds = Object.keys(COURSE_FILES) as CourseFileKind[];
  // The named YAML files first: "*/*/*.mdx" must not claim them, and they must not claim each other.
  return kinds.find((kind) => fitsPattern(COURSE_FILES[kind], path));
}
