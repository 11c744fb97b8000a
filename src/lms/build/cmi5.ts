/**
 * What a course's cmi5 package adds to the course's pages (Node, at package time): cmi5.xml (the
 * course structure), cmi5.html (the launch page, with the course outline written in) and cmi5.js (its
 * script: src/lms/cmi5/launch.ts bundled with esbuild, so it carries its own copy of the record's
 * code and @xapi/cmi5 and loads nothing else).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { CourseTree } from '../../content/course-tree';
import type { LoadedContent } from '../../content/load';
import { courseOutline } from '../../record/course-outline';
import { auRule, courseStructureXml } from '../cmi5/course-structure';
import { LAUNCH_PAGE, LAUNCH_SCRIPT, launchPageHtml } from '../cmi5/launch-page';
import type { LaunchPageData } from '../cmi5/page-data';
import { packageCourse, type CoursePackage } from '../package/course';
import type { SiteFiles } from '../package/site-files';

export const COURSE_STRUCTURE = 'cmi5.xml';

/** The AU's URL in cmi5.xml: the launch page, told which module to show. */
export function auLaunchUrl(moduleId: string): string {
  return `${LAUNCH_PAGE}?module=${encodeURIComponent(moduleId)}`;
}

let script: Promise<Uint8Array> | undefined;

/** cmi5.js, bundled once per run: it is the same for every course. */
export function launchScript(): Promise<Uint8Array> {
  script ??= build({
    entryPoints: [fileURLToPath(new URL('../cmi5/launch.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    mainFields: ['module', 'browser', 'main'],
    write: false,
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.contents);
  return script;
}

export async function cmi5Files(
  content: Pick<LoadedContent, 'quizzes' | 'site'>,
  tree: CourseTree,
  courseId: string,
): Promise<Record<string, string | Uint8Array>> {
  const course = tree.courses.find((candidate) => candidate.id === courseId);
  if (!course) throw new Error(`There is no course "${courseId}". No cmi5 package was made.`);
  const passMarks = new Map(content.quizzes.map(({ data }) => [data.id, data.passMark]));
  const passMarkOf = (quizId: string) => passMarks.get(quizId);
  const { activityBase } = content.site;
  const data: LaunchPageData = {
    course: courseOutline(course),
    rules: Object.fromEntries(
      course.modules.map((module) => {
        const { quizId, masteryScore } = auRule(module, passMarkOf);
        return [
          module.id,
          {
            ...(quizId ? { quizId } : {}),
            ...(masteryScore === undefined ? {} : { masteryScore }),
          },
        ];
      }),
    ),
  };
  return {
    [COURSE_STRUCTURE]: courseStructureXml(course, {
      activityBase,
      passMarkOf,
      launchUrl: auLaunchUrl,
    }),
    [LAUNCH_PAGE]: launchPageHtml(data, activityBase),
    [LAUNCH_SCRIPT]: await launchScript(),
  };
}

/** A course's cmi5 package: its pages from the built site, and the cmi5 files at the package root. */
export async function cmi5Package(
  dist: SiteFiles,
  content: Pick<LoadedContent, 'quizzes' | 'site'>,
  tree: CourseTree,
  courseId: string,
  publicSite?: string,
): Promise<CoursePackage> {
  return packageCourse({
    dist,
    courseId,
    add: await cmi5Files(content, tree, courseId),
    publicSite,
  });
}
