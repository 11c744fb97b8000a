/**
 * An Astro integration that checks all course content before the site is built or served, and stops
 * with every problem listed (file, field, problem, fix) rather than a stack trace from deep in a page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from './checks';
import { buildCourseTree, type CourseTree } from './course-tree';
import { ContentError, type ContentProblem } from './friendly-errors';
import { loadContent, type LoadedContent } from './load';
import { checkVideos } from '../video/build/checks';

export function validateContent(root: string) {
  const loaded = loadContent(root);
  // Files that cannot be read are reported alone: checks across files would only echo them.
  if (loaded.problems.length) throw new ContentError(loaded.problems);
  const checked = checkContent(loaded.content);
  // The 1,000-lesson benchmark builds without rendered videos.
  const videoProblems = process.env['SIDELINE_SKIP_VIDEO_CHECK']
    ? []
    : checkVideos(loaded.content.videos, root);
  const problems = [...checked.problems, ...videoProblems];
  if (problems.length) throw new ContentError(problems);
  return { content: loaded.content, tree: checked.tree };
}

/** What this build's content check read and passed, for the integrations that run after it. */
let checked: { root: string; content: LoadedContent; tree: CourseTree } | undefined;

/**
 * The content under `root` and its course tree. In a build, what the content check read and passed a
 * moment before (reading and parsing every file again cost the search index and the books about half a second
 * each per thousand lessons); each build's check reads afresh, so no build sees another's content.
 * Where no check ran for `root` (a tool, a test), read now, with whatever problems the files have.
 */
export function contentOf(root: string): {
  content: LoadedContent;
  tree: CourseTree;
  problems: ContentProblem[];
} {
  if (checked?.root === root) return { ...checked, problems: [] };
  const loaded = loadContent(root);
  const { tree, problems } = buildCourseTree(loaded.content);
  return {
    content: loaded.content,
    tree,
    problems: loaded.problems.length ? loaded.problems : problems,
  };
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'sideline-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Preview serves what was already built and checked.
        if (command === 'preview') return;
        const root = process.env.SIDELINE_CONTENT_ROOT ?? fileURLToPath(config.root);
        checked = undefined;
        try {
          const { content, tree } = validateContent(root);
          checked = { root, content, tree };
          logger.info(`Content checked: ${tree.courses.length} courses, ${tree.steps.size} steps.`);
        } catch (error) {
          // An author needs the message, not where in our code it was found; DEBUG or --verbose keeps the trace.
          const verbose = Boolean(process.env['DEBUG']) || process.argv.includes('--verbose');
          if (error instanceof ContentError && !verbose) delete error.stack;
          throw error;
        }
      },
    },
  };
}
