/**
 * What a learning path (or an assignment built from steps) contains, resolved against the course
 * outline: each entry becomes an item with the steps it covers. Pure and serialisable, so the build,
 * the learner's islands and the PMO's worker all resolve paths the same way.
 */
import type { CourseOutline, OutlineModule, OutlineStep } from '../record/projections';

export type PathRefKind = 'course' | 'module' | 'step';

/** One entry of a path by id: what a path file lists, and what an assignment link and statement carry. */
export interface PathRef {
  kind: PathRefKind;
  id: string;
  /** An add-on: shown, but not needed to complete the path. */
  optional: boolean;
}

/** The course outline with the paths, as pages hand it to islands and to the insights worker. */
export interface PathCatalogue {
  courses: readonly CourseOutline[];
  paths: readonly PathSummary[];
}

export interface PathSummary {
  id: string;
  title: string;
  description: string;
  audience: readonly string[];
  suggestedDays: number;
  refs: readonly PathRef[];
}

/** One line of a path's task list. */
export interface PathItem {
  ref: PathRef;
  title: string;
  href: string;
  /** 'course', 'module', or the step's own kind (lesson, quiz…), for the hint under the title. */
  label: string;
  /** Every step the item covers, in course order. */
  steps: readonly OutlineStep[];
  /** Set for a course item, so its progress comes from the course projection. */
  course?: CourseOutline;
  /** Set for a module item. */
  module?: OutlineModule;
}

const PREFIX: Record<PathRefKind, string> = { course: 'c', module: 'm', step: 's' };
const KIND_OF_PREFIX: Record<string, PathRefKind> = { c: 'course', m: 'module', s: 'step' };
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const REF_TEXT = new RegExp(`^([cms]):(${ID})(\\?)?$`);

/** A ref as a short string, "c:sponsor-induction" or "m:sponsor-governance?" for an add-on. */
export function refToText(ref: PathRef): string {
  return `${PREFIX[ref.kind]}:${ref.id}${ref.optional ? '?' : ''}`;
}

export function refFromText(text: string): PathRef | null {
  const match = REF_TEXT.exec(text);
  if (!match) return null;
  const kind = KIND_OF_PREFIX[match[1] ?? ''];
  if (!kind || !match[2]) return null;
  return { kind, id: match[2], optional: match[3] === '?' };
}

/** Finds courses, modules and steps by id in the outline. */
export interface OutlineLookup {
  course(id: string): CourseOutline | undefined;
  module(id: string): { course: CourseOutline; module: OutlineModule } | undefined;
  step(id: string): { course: CourseOutline; module: OutlineModule; step: OutlineStep } | undefined;
}

export function outlineLookup(courses: readonly CourseOutline[]): OutlineLookup {
  const byCourse = new Map<string, CourseOutline>();
  const byModule = new Map<string, { course: CourseOutline; module: OutlineModule }>();
  const byStep = new Map<
    string,
    { course: CourseOutline; module: OutlineModule; step: OutlineStep }
  >();
  for (const course of courses) {
    byCourse.set(course.id, course);
    for (const module of course.modules) {
      byModule.set(module.id, { course, module });
      for (const step of module.steps) byStep.set(step.id, { course, module, step });
    }
  }
  return {
    course: (id) => byCourse.get(id),
    module: (id) => byModule.get(id),
    step: (id) => byStep.get(id),
  };
}

const STEP_LABEL: Record<string, string> = {
  lesson: 'Lesson',
  video: 'Video',
  scenario: 'Scenario',
  quiz: 'Quiz',
};

/** The item for one ref, or undefined when the outline has no such course, module or step. */
export function resolveRef(lookup: OutlineLookup, ref: PathRef): PathItem | undefined {
  switch (ref.kind) {
    case 'course': {
      const course = lookup.course(ref.id);
      if (!course) return undefined;
      return {
        ref,
        title: course.title,
        href: course.href ?? `/courses/${course.id}/`,
        label: 'Course',
        steps: course.modules.flatMap((module) => module.steps),
        course,
      };
    }
    case 'module': {
      const found = lookup.module(ref.id);
      if (!found) return undefined;
      const first = found.module.steps[0];
      return {
        ref,
        title: found.module.title,
        href: first?.href ?? found.course.href ?? `/courses/${found.course.id}/`,
        label: `Module of ${found.course.title}`,
        steps: found.module.steps,
        module: found.module,
      };
    }
    case 'step': {
      const found = lookup.step(ref.id);
      if (!found) return undefined;
      return {
        ref,
        title: found.step.title,
        href: found.step.href,
        label: STEP_LABEL[found.step.kind] ?? 'Step',
        steps: [found.step],
      };
    }
  }
}

export interface ResolvedPath {
  items: PathItem[];
  /** Refs the outline does not know: content removed since the path or assignment was made. */
  missing: PathRef[];
}

export function resolveRefs(
  courses: readonly CourseOutline[],
  refs: readonly PathRef[],
): ResolvedPath {
  const lookup = outlineLookup(courses);
  const items: PathItem[] = [];
  const missing: PathRef[] = [];
  for (const ref of refs) {
    const item = resolveRef(lookup, ref);
    if (item) items.push(item);
    else missing.push(ref);
  }
  return { items, missing };
}

/** Every distinct step the items cover (required and optional), in path order. */
export function stepsOf(items: readonly PathItem[]): OutlineStep[] {
  const seen = new Set<string>();
  const out: OutlineStep[] = [];
  for (const item of items) {
    for (const step of item.steps) {
      if (seen.has(step.id)) continue;
      seen.add(step.id);
      out.push(step);
    }
  }
  return out;
}
