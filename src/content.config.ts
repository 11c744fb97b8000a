/**
 * The only place collections are declared. Entry ids are the authors' explicit ids (never file paths),
 * so progress stays attached when files are renamed or reordered.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COURSE_FILES, SITE_FILES } from './content/files';
import { courseSchema } from './content/schemas/course';
import { glossaryTermSchema } from './content/schemas/glossary';
import { lessonSchema } from './content/schemas/lesson';
import { moduleSchema } from './content/schemas/module';
import { pageSchema } from './content/schemas/page';
import { learningPathSchema } from './paths/schema';
import { quizSchema } from './quiz/schema';
import { roleSchema } from './content/schemas/role';
import { scenarioSchema } from './scenario/checks/graph';
import { videoSchema } from './video/schema';
import { practiceSchema } from './practice/schema';
import { templateSchema } from './templates/schema';

const byAuthorId = ({ entry, data }: { entry: string; data: Record<string, unknown> }) =>
  typeof data['id'] === 'string' ? data['id'] : entry;

/** Site pages are addressed by their file name: content/pages/about.mdx is /about/. */
const pageId = ({ entry }: { entry: string }) =>
  entry.replace(/^pages\//, '').replace(/\.mdx$/, '');

const fromCourses = (pattern: string) =>
  glob({
    pattern,
    base: process.env.SIDELINE_CONTENT_ROOT
      ? `${process.env.SIDELINE_CONTENT_ROOT}/courses`
      : './courses',
    generateId: byAuthorId,
  });

const contentDir = process.env.SIDELINE_CONTENT_ROOT
  ? `${process.env.SIDELINE_CONTENT_ROOT}/content`
  : './content';

export const collections = {
  courses: defineCollection({ loader: fromCourses(COURSE_FILES.courses), schema: courseSchema }),
  modules: defineCollection({ loader: fromCourses(COURSE_FILES.modules), schema: moduleSchema }),
  lessons: defineCollection({ loader: fromCourses(COURSE_FILES.lessons), schema: lessonSchema }),
  quizzes: defineCollection({ loader: fromCourses(COURSE_FILES.quizzes), schema: quizSchema }),
  scenarios: defineCollection({
    loader: fromCourses(COURSE_FILES.scenarios),
    schema: scenarioSchema,
  }),
  videos: defineCollection({ loader: fromCourses(COURSE_FILES.videos), schema: videoSchema }),
  practice: defineCollection({
    loader: fromCourses(COURSE_FILES.practice),
    schema: practiceSchema,
  }),
  roles: defineCollection({
    loader: glob({ pattern: SITE_FILES.roles, base: contentDir, generateId: byAuthorId }),
    schema: roleSchema,
  }),
  glossary: defineCollection({
    loader: file(`${contentDir}/glossary.yaml`),
    schema: glossaryTermSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: SITE_FILES.pages, base: contentDir, generateId: pageId }),
    schema: pageSchema,
  }),
  // Learning paths a PMO can assign (issue 8).
  paths: defineCollection({
    loader: glob({ pattern: SITE_FILES.paths, base: contentDir, generateId: byAuthorId }),
    schema: learningPathSchema,
  }),
  // Templates to download and use at work (issue 14).
  templates: defineCollection({
    loader: glob({ pattern: SITE_FILES.templates, base: contentDir, generateId: byAuthorId }),
    schema: templateSchema,
  }),
};
