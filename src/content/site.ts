/**
 * The site's content, read once per build from Astro's collections: the course tree, roles, glossary
 * and settings. Pages ask here rather than querying collections themselves, so they all agree.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { siteSchema, type SiteSettings } from './schemas/site';
import { buildCourseTree, type ContentEntry, type CourseTree } from './course-tree';
import { renderedSeconds } from '../video/build/player-props';

type Collection = 'courses' | 'modules' | 'lessons' | 'quizzes' | 'scenarios' | 'videos' | 'practice';

let cached: Promise<CourseTree> | undefined;

export function getCourseTree(): Promise<CourseTree> {
  cached ??= loadTree();
  return cached;
}

async function loadTree(): Promise<CourseTree> {
  const entries = async <C extends Collection>(name: C) =>
    (await getCollection(name)).map((entry): ContentEntry<CollectionEntry<C>['data']> => ({
      file: entry.filePath ?? entry.id,
      data: entry.data,
      revision: String(entry.digest ?? ''),
    }));
  const { tree } = buildCourseTree({
    courses: await entries('courses'),
    modules: await entries('modules'),
    lessons: await entries('lessons'),
    quizzes: await entries('quizzes'),
    scenarios: await entries('scenarios'),
    videos: await entries('videos'),
    practice: await entries('practice'),
    videoSeconds: (id) => renderedSeconds(process.cwd(), id),
  });
  return tree;
}

let settings: SiteSettings | undefined;

/** Site settings from content/site.yaml (already checked by the content check before the build). */
export function getSiteSettings(): SiteSettings {
  if (!settings) {
    const root = process.env['SIDELINE_CONTENT_ROOT'] ?? process.cwd();
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(join(root, 'content', 'site.yaml'), 'utf8')) ?? {};
    } catch {
      // No site.yaml: every setting has a default.
      raw = {};
    }
    settings = siteSchema.parse(raw);
  }
  return settings;
}
