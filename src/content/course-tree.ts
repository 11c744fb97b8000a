/**
 * Builds the course tree from content entries: orders courses, modules and steps by their numbered
 * folders and files, applies inheritance (course → module → step audience), and reports what does not
 * fit (a module outside a course, a module with no lessons, a file without a number). Pure: the site
 * feeds it Astro collection entries, the build check feeds it files read from disk.
 */
import type { Course } from './schemas/course';
import type { Lesson } from './schemas/lesson';
import type { Module } from './schemas/module';
import type { PracticeTask } from '../practice/schema';
import type { Quiz } from '../quiz/schema';
import type { VideoScript } from '../video/schema';
import type { ContentProblem } from './friendly-errors';

export interface ContentEntry<T> {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: T;
  /** A hash of the file's content: saved progress records the revision it was made against. */
  revision: string;
}

/** The parts of a scenario the tree needs; the full shape lives with the scenario schema. */
export interface ScenarioSummary {
  id: string;
  title: string;
  summary: string;
  audience?: string[] | undefined;
  nodes: readonly unknown[];
}

export interface TreeInput {
  courses: ContentEntry<Course>[];
  modules: ContentEntry<Module>[];
  lessons: ContentEntry<Lesson>[];
  quizzes: ContentEntry<Quiz>[];
  practice: ContentEntry<PracticeTask>[];
  scenarios: ContentEntry<ScenarioSummary>[];
  videos: ContentEntry<VideoScript>[];
  /** A rendered video's length in seconds, when it has been rendered: its label then says so. */
  videoSeconds?: ((id: string) => number | undefined) | undefined;
}

export type StepKind = 'video' | 'lesson' | 'scenario' | 'practice' | 'quiz';

export interface StepLink {
  href: string;
  title: string;
}

export interface StepNode {
  kind: StepKind;
  id: string;
  title: string;
  summary: string;
  href: string;
  /** Minutes, estimated where the author did not say. */
  duration: number;
  file: string;
  revision: string;
  courseId: string;
  moduleId: string;
  audience: string[];
  previous?: StepLink | undefined;
  next?: StepLink | undefined;
}

export interface ModuleNode {
  id: string;
  title: string;
  summary: string;
  objectives: string[];
  audience: string[];
  folder: string;
  courseId: string;
  steps: StepNode[];
  duration: number;
}

export interface CourseNode {
  id: string;
  title: string;
  summary: string;
  audience: string[];
  outcomes: string[];
  folder: string;
  href: string;
  modules: ModuleNode[];
  duration: number;
  stepCount: number;
}

export interface CourseTree {
  courses: CourseNode[];
  /** Every step by its id, for look-ups from pages and checks. */
  steps: Map<string, StepNode>;
}

/** Where each kind of step sits in a module: a short video to open, lessons, practice, then the check. */
const STEP_ORDER: Record<StepKind, number> = {
  video: 0,
  lesson: 1,
  scenario: 2,
  practice: 3,
  quiz: 4,
};

const NUMBERED = /^(\d+)-/;

export function buildCourseTree(input: TreeInput): {
  tree: CourseTree;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const coursesByFolder = new Map<string, CourseNode>();
  const modulesByFolder = new Map<string, ModuleNode>();

  for (const { file, data } of input.courses) {
    const folder = parentOf(file);
    coursesByFolder.set(folder, {
      id: data.id,
      title: data.title,
      summary: data.summary,
      audience: data.audience,
      outcomes: data.outcomes,
      folder,
      href: `/courses/${data.id}/`,
      modules: [],
      duration: 0,
      stepCount: 0,
    });
  }

  for (const { file, data } of input.modules) {
    const folder = parentOf(file);
    const course = coursesByFolder.get(parentOf(folder));
    if (!course) {
      problems.push({
        file,
        problem: 'This module is not inside a course folder (no course.yaml beside its folder).',
        fix: 'Move the module folder into a course folder, or add a course.yaml to the folder above it.',
      });
      continue;
    }
    if (!NUMBERED.test(basename(folder))) {
      problems.push({
        file,
        problem: `The module folder "${basename(folder)}" has no number, so its place in the course is unknown.`,
        fix: `Rename the folder to start with its position, like "01-${basename(folder)}".`,
      });
    }
    const module: ModuleNode = {
      id: data.id,
      title: data.title,
      summary: data.summary,
      objectives: data.objectives,
      audience: data.audience ?? course.audience,
      folder,
      courseId: course.id,
      steps: [],
      duration: 0,
    };
    modulesByFolder.set(folder, module);
    course.modules.push(module);
  }

  const addStep = (
    kind: StepKind,
    entry: ContentEntry<{
      id: string;
      title: string;
      summary: string;
      audience?: string[] | undefined;
    }>,
    duration: number,
  ) => {
    const module = modulesByFolder.get(parentOf(entry.file));
    if (!module) {
      problems.push({
        file: entry.file,
        problem: `This ${kind} is not inside a module folder (no module.yaml beside it).`,
        fix: 'Move it into a module folder, or add a module.yaml next to it.',
      });
      return;
    }
    if (kind === 'lesson' && !NUMBERED.test(basename(entry.file))) {
      problems.push({
        file: entry.file,
        problem: `The lesson file "${basename(entry.file)}" has no number, so its place in the module is unknown.`,
        fix: `Rename the file to start with its position, like "01-${basename(entry.file)}".`,
      });
    }
    module.steps.push({
      kind,
      id: entry.data.id,
      title: entry.data.title,
      summary: entry.data.summary,
      href: `/courses/${module.courseId}/${entry.data.id}/`,
      duration,
      file: entry.file,
      revision: entry.revision,
      courseId: module.courseId,
      moduleId: module.id,
      audience: entry.data.audience ?? module.audience,
    });
  };

  input.videos.forEach((entry) =>
    addStep('video', entry, videoMinutes(entry.data, input.videoSeconds?.(entry.data.id))),
  );
  input.lessons.forEach((entry) => addStep('lesson', entry, entry.data.duration));
  input.scenarios.forEach((entry) =>
    addStep('scenario', entry, Math.max(5, Math.ceil(entry.data.nodes.length * 2))),
  );
  input.practice.forEach((entry) => addStep('practice', entry, entry.data.duration));
  input.quizzes.forEach((entry) =>
    addStep(
      'quiz',
      { ...entry, data: { ...entry.data, summary: quizSummary(entry.data) } },
      Math.max(3, entry.data.questions.length),
    ),
  );

  const courses = [...coursesByFolder.values()].sort((a, b) => byNumberedName(a.folder, b.folder));
  const steps = new Map<string, StepNode>();
  for (const course of courses) {
    course.modules.sort((a, b) => byNumberedName(a.folder, b.folder));
    for (const module of course.modules) {
      module.steps.sort(
        (a, b) => STEP_ORDER[a.kind] - STEP_ORDER[b.kind] || byNumberedName(a.file, b.file),
      );
      if (!module.steps.some((step) => step.kind === 'lesson')) {
        problems.push({
          file: `${module.folder}/module.yaml`,
          problem: `The module "${module.id}" has no lessons.`,
          fix: 'Add at least one lesson (a numbered .mdx file) to the module folder, or remove the module.',
        });
      }
      module.duration = sum(module.steps.map((step) => step.duration));
    }
    const ordered = course.modules.flatMap((module) => module.steps);
    ordered.forEach((step, index) => {
      const before = ordered[index - 1];
      const after = ordered[index + 1];
      step.previous = before && { href: before.href, title: before.title };
      step.next = after && { href: after.href, title: after.title };
      steps.set(step.id, step);
    });
    course.duration = sum(course.modules.map((module) => module.duration));
    course.stepCount = ordered.length;
  }

  return { tree: { courses, steps }, problems };
}

function quizSummary(quiz: Quiz): string {
  const count = quiz.questions.length;
  return `${count} question${count === 1 ? '' : 's'} to check your understanding. Pass mark ${quiz.passMark}%.`;
}

/** Narration at about 150 words a minute, rounded up. */
/**
 * A video's minutes: its rendered length, to the nearest minute (a 117-second video is "2 min"), or
 * before it is rendered an estimate from its narration at the speaking rate the renderer uses.
 */
function videoMinutes(video: VideoScript, seconds: number | undefined): number {
  if (seconds !== undefined) return Math.max(1, Math.round(seconds / 60));
  const words = video.slides.reduce(
    (total, slide) => total + slide.narration.split(/\s+/).length,
    0,
  );
  return Math.max(1, Math.ceil(words / 150));
}

function byNumberedName(a: string, b: string): number {
  const numberOf = (path: string) =>
    Number(NUMBERED.exec(basename(path))?.[1] ?? Number.MAX_SAFE_INTEGER);
  return numberOf(a) - numberOf(b) || a.localeCompare(b);
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
