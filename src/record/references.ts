/**
 * Which content an imported statement names, checked against what this site has (the course outline
 * and the learning paths, handed to the island as props at build time). Two kinds, two policies:
 * - A statement about a course or step this site does not have is the learner's own history: content
 *   changes between releases, and a step removed since is no reason to refuse their record. It is
 *   kept, and counted so the learner is told; progress is worked out from the outline, so it never
 *   counts towards a step that does not exist (projections.ts only looks up the outline's own ids).
 * - An assignment naming a path or steps this site does not have cannot be shown or worked on here,
 *   so it is not imported (as an assignment link naming them is refused), and the learner is told
 *   its title. The rest of the file is imported.
 */
import type { ActivityKind, KnownContent } from './api';
import { assignmentExtension, recordsAssignment } from './xapi/assignments';
import { activityKindOf, contentIdOf, courseIdOf, parentIdOf } from './xapi/statements';
import type { Statement } from './xapi/schema';

export interface SortedEntries {
  /** The statements to import. */
  keep: Statement[];
  /** Titles of assignments not imported: they name a path or steps this site does not have. */
  notImported: string[];
  /** How many kept statements are about a course or step this site does not have. */
  unknownContent: number;
}

interface KnownIds {
  course: Set<string>;
  module: Set<string>;
  step: Set<string>;
  path: Set<string>;
}

function knownIds(known: KnownContent): KnownIds {
  const ids: KnownIds = {
    course: new Set(),
    module: new Set(),
    step: new Set(),
    path: new Set(known.pathIds),
  };
  for (const course of known.courses) {
    ids.course.add(course.id);
    for (const module of course.modules) {
      ids.module.add(module.id);
      for (const step of module.steps) ids.step.add(step.id);
    }
  }
  return ids;
}

/** An assignment's step as paths/steps.ts writes it: "c:course-id", "m:module-id?", "s:step-id". */
const REF = /^([cms]):([^?]+)\??$/;
const REF_KIND = { c: 'course', m: 'module', s: 'step' } as const;

function assignmentIsKnown(statement: Statement, ids: KnownIds): boolean {
  const pathId = assignmentExtension(statement, 'path');
  if (typeof pathId === 'string' && pathId && !ids.path.has(pathId)) return false;
  const steps = assignmentExtension(statement, 'steps');
  if (!Array.isArray(steps)) return true;
  return steps.every((text) => {
    const match = typeof text === 'string' ? REF.exec(text) : null;
    const kind = match ? REF_KIND[match[1] as keyof typeof REF_KIND] : undefined;
    return kind !== undefined && ids[kind].has(match?.[2] ?? '');
  });
}

/** Kinds whose content id is a step's id; a question or decision is known by its step (parent). */
const STEP_KINDS: ReadonlySet<ActivityKind | undefined> = new Set<ActivityKind>([
  'lesson',
  'video',
  'quiz',
  'scenario',
  'practice',
]);

function contentIsKnown(statement: Statement, ids: KnownIds): boolean {
  const kind = activityKindOf(statement);
  const id = contentIdOf(statement);
  const courseId = courseIdOf(statement);
  if (courseId !== undefined && !ids.course.has(courseId)) return false;
  if (id === undefined) return true;
  if (kind === 'course') return ids.course.has(id);
  if (kind === 'module') return ids.module.has(id);
  if (STEP_KINDS.has(kind)) return ids.step.has(id);
  const parentId = parentIdOf(statement);
  if ((kind === 'question' || kind === 'decision') && parentId !== undefined) {
    return ids.step.has(parentId);
  }
  return true;
}

export function sortByReferences(
  statements: readonly Statement[],
  known: KnownContent,
): SortedEntries {
  const ids = knownIds(known);
  const sorted: SortedEntries = { keep: [], notImported: [], unknownContent: 0 };
  for (const statement of statements) {
    if (recordsAssignment(statement)) {
      if (assignmentIsKnown(statement, ids)) sorted.keep.push(statement);
      else sorted.notImported.push(statement.object.definition?.name?.['en-GB'] ?? 'An assignment');
      continue;
    }
    if (!contentIsKnown(statement, ids)) sorted.unknownContent += 1;
    sorted.keep.push(statement);
  }
  return sorted;
}
