/**
 * Reads the course and site content straight from disk and validates every file with its schema.
 * The build runs this before Astro renders anything, so an author gets every problem at once, each
 * with the file, the field and the fix; tests run it on the small courses in tests/fixtures/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { courseSchema } from './schemas/course';
import { glossarySchema, type GlossaryTerm } from './schemas/glossary';
import { lessonSchema, type Lesson } from './schemas/lesson';
import { moduleSchema } from './schemas/module';
import { learningPathSchema, type LearningPath } from '../paths/schema';
import { templateSchema, type Template } from '../templates/schema';
import { pageSchema } from './schemas/page';
import { practiceSchema, type PracticeTask } from '../practice/schema';
import { quizSchema } from '../quiz/schema';
import { roleSchema, type Role } from './schemas/role';
import { scenarioSchema } from '../scenario/checks/graph';
import { siteSchema, type SiteSettings } from './schemas/site';
import { videoSchema, type VideoScript } from '../video/schema';
import type { ContentEntry, TreeInput } from './course-tree';
import { courseFileKind, fitsPattern, SITE_FILES } from './files';
import { parseWithFriendlyErrors, type ContentProblem } from './friendly-errors';
import type { Scenario } from '../scenario/schema';
import { renderedSeconds } from '../video/build/player-props';

export interface LessonEntry extends ContentEntry<Lesson> {
  body: string;
  /** Line in the file where the body starts, so problems can point at a line. */
  bodyLine: number;
}

export interface LoadedContent extends Omit<TreeInput, 'lessons' | 'scenarios' | 'videos'> {
  lessons: LessonEntry[];
  /** Video scripts keep their text: the rendered video records a hash of it. */
  videos: (ContentEntry<VideoScript> & { text: string })[];
  scenarios: ContentEntry<Scenario>[];
  practice: ContentEntry<PracticeTask>[];
  roles: ContentEntry<Role>[];
  glossary: GlossaryTerm[];
  glossaryFile: string;
  pages: { file: string; body: string; bodyLine: number }[];
  site: SiteSettings;
  /** Learning paths from content/paths/ (checked against the course tree in content-checks.ts). */
  paths: ContentEntry<LearningPath>[];
  /** Templates to download from content/templates/ (checked in src/templates/build/checks.ts). */
  templates: ContentEntry<Template>[];
}

export function loadContent(root: string): { content: LoadedContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const content: LoadedContent = {
    courses: [],
    modules: [],
    lessons: [],
    quizzes: [],
    scenarios: [],
    videos: [],
    practice: [],
    roles: [],
    glossary: [],
    glossaryFile: 'content/glossary.yaml',
    pages: [],
    site: siteSchema.parse({}),
    paths: [],
    templates: [],
    // Rendered videos are labelled with their real length (public/videos/<id>/meta.json).
    videoSeconds: (id) => renderedSeconds(root, id),
  };

  const read = <S extends z.ZodType>(path: string, schema: S) => {
    const file = relative(root, path).replaceAll('\\', '/');
    const text = readFileSync(path, 'utf8');
    const data = parseYamlFriendly(text, file, problems);
    if (data === undefined) return undefined;
    const parsed = parseWithFriendlyErrors(schema, data, file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return { file, data: parsed.data, revision: revisionOf(text), text };
  };

  const coursesDir = join(root, 'courses');
  for (const path of filesUnder(coursesDir)) {
    const file = relative(root, path).replaceAll('\\', '/');
    const kind = courseFileKind(relative(coursesDir, path).replaceAll('\\', '/'));
    if (kind === 'courses') push(content.courses, read(path, courseSchema));
    else if (kind === 'modules') push(content.modules, read(path, moduleSchema));
    else if (kind === 'quizzes') push(content.quizzes, read(path, quizSchema));
    else if (kind === 'scenarios') push(content.scenarios, read(path, scenarioSchema));
    else if (kind === 'videos') push(content.videos, read(path, videoSchema));
    else if (kind === 'practice') push(content.practice, read(path, practiceSchema));
    else if (kind === 'lessons') {
      const text = readFileSync(path, 'utf8');
      const split = splitFrontmatter(text, file, problems);
      if (!split) continue;
      const parsed = parseWithFriendlyErrors(lessonSchema, split.data, file);
      if (!parsed.ok) problems.push(...parsed.problems);
      else
        content.lessons.push({
          file,
          data: parsed.data,
          revision: revisionOf(text),
          body: split.body,
          bodyLine: split.bodyLine,
        });
    } else {
      const problem = unreadFile(file);
      if (problem) problems.push(problem);
    }
  }

  const contentDir = join(root, 'content');
  const siteFiles = (kind: keyof typeof SITE_FILES) =>
    filesUnder(contentDir).filter((path) =>
      fitsPattern(SITE_FILES[kind], relative(contentDir, path).replaceAll('\\', '/')),
    );
  for (const path of siteFiles('roles')) push(content.roles, read(path, roleSchema));
  const glossary =
    safeExists(join(contentDir, 'glossary.yaml')) &&
    read(join(contentDir, 'glossary.yaml'), glossarySchema);
  if (glossary) content.glossary = glossary.data;
  const site =
    safeExists(join(contentDir, 'site.yaml')) && read(join(contentDir, 'site.yaml'), siteSchema);
  if (site) content.site = site.data;
  for (const path of siteFiles('pages')) {
    const file = relative(root, path).replaceAll('\\', '/');
    const split = splitFrontmatter(readFileSync(path, 'utf8'), file, problems);
    if (!split) continue;
    const parsed = parseWithFriendlyErrors(pageSchema, split.data, file);
    if (!parsed.ok) problems.push(...parsed.problems);
    else content.pages.push({ file, body: split.body, bodyLine: split.bodyLine });
  }

  // Learning paths (issue 8): one YAML file per path.
  for (const path of siteFiles('paths')) push(content.paths, read(path, learningPathSchema));
  for (const path of siteFiles('templates')) push(content.templates, read(path, templateSchema));

  return { content, problems };
}

/** A short hash of a file's text: when it changes, in-progress attempts made against it are not restored. */
export function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function splitFrontmatter(
  text: string,
  file: string,
  problems: ContentProblem[],
): { data: unknown; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    problems.push({
      file,
      problem: 'The file does not start with frontmatter (a block between two "---" lines).',
      fix: 'Start the file with "---", the fields (id, title, summary…), then "---". See courses/README.md.',
    });
    return undefined;
  }
  const data = parseYamlFriendly(match[1] ?? '', file, problems, 1);
  if (data === undefined) return undefined;
  return {
    data,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

function parseYamlFriendly(
  text: string,
  file: string,
  problems: ContentProblem[],
  lineOffset = 0,
): unknown {
  try {
    return parseYaml(text) ?? {};
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
      const reason = (error.message.split('\n')[0] ?? '').replace(
        / at line \d+, column \d+:?$/,
        '',
      );
      problems.push({
        file,
        field: `line ${line}`,
        problem: `The YAML on this line cannot be read: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.`,
        fix: 'Check the indentation and quoting on that line; put text containing ": " in quotes.',
      });
      return undefined;
    }
    throw error;
  }
}

/**
 * A file under courses/ that no pattern reads: a lesson outside a module, or a name the build does
 * not know (a typo like "quizz.yaml"). Notes for people (README.md, dotfiles) are left alone.
 */
function unreadFile(file: string): ContentProblem | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (name.startsWith('.') || /^readme\.md$/i.test(name)) return undefined;
  if (name.endsWith('.mdx')) {
    return {
      file,
      problem: 'This lesson is not inside a module folder (no module.yaml beside it).',
      fix: 'Move it into a module folder, or add a module.yaml next to it.',
    };
  }
  return {
    file,
    problem: `The build does not read a file called "${name}" here, so it is not part of any course.`,
    fix: 'Name it course.yaml (in a course folder), or module.yaml, quiz.yaml, scenario.yaml, video.yaml, practice.yaml or NN-name.mdx (in a module folder); or move it out of courses/.',
  };
}

function filesUnder(dir: string): string[] {
  if (!safeExists(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).replaceAll('\\', '/'))
    .sort();
}

function safeExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function push<T>(list: T[], item: T | undefined): void {
  if (item) list.push(item);
}
