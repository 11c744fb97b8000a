/**
 * Checks on learning paths that span files: every course, module and step a path lists exists, its
 * audience roles exist, nothing is listed twice, and path ids neither repeat nor clash with content ids
 * or the fixed pages under /paths/. The schema has already checked each file's shape.
 */
import type { LearningPath } from '../schema';
import type { ContentEntry, CourseTree } from '../../content/course-tree';
import { duplicates } from '../../content/duplicates';
import type { ContentProblem } from '../../content/friendly-errors';

/** Pages under /paths/ that are not paths: a path with one of these ids would hide the page. */
export const RESERVED_PATH_IDS = ['share'] as const;

export interface PathCheckInput {
  paths: readonly ContentEntry<LearningPath>[];
  tree: CourseTree;
  roleIds: ReadonlySet<string>;
  /** Every id learners' progress is stored against (courses, modules, steps). */
  contentIds: ReadonlySet<string>;
}

function entryRef(entry: LearningPath['steps'][number]): {
  kind: 'course' | 'module' | 'step';
  id: string;
} {
  if ('course' in entry) return { kind: 'course', id: entry.course };
  if ('module' in entry) return { kind: 'module', id: entry.module };
  return { kind: 'step', id: entry.step };
}

export function checkPaths({ paths, tree, roleIds, contentIds }: PathCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const courses = new Map(tree.courses.map((course) => [course.id, course]));
  const modules = new Map(
    tree.courses.flatMap((course) => course.modules.map((module) => [module.id, module] as const)),
  );
  const list = (ids: Iterable<string>) => [...ids].slice(0, 8).join(', ');

  for (const id of duplicates(paths.map((path) => path.data.id))) {
    const files = paths.filter((path) => path.data.id === id).map((path) => path.file);
    problems.push({
      file: files[1] ?? '',
      field: 'id',
      problem: `The path id "${id}" is also used by ${files[0]}.`,
      fix: 'Give each path its own id: assignments and certificates refer to paths by id.',
    });
  }

  for (const { file, data } of paths) {
    if ((RESERVED_PATH_IDS as readonly string[]).includes(data.id)) {
      problems.push({
        file,
        field: 'id',
        problem: `The path id "${data.id}" is the name of a page under /paths/.`,
        fix: `Choose another id; these are taken: ${RESERVED_PATH_IDS.join(', ')}.`,
      });
    } else if (contentIds.has(data.id)) {
      problems.push({
        file,
        field: 'id',
        problem: `The path id "${data.id}" is also the id of a course, module or step.`,
        fix: 'Give the path an id of its own, such as one that ends in "-path".',
      });
    }

    data.audience.forEach((role, index) => {
      if (!roleIds.has(role)) {
        problems.push({
          file,
          field: `audience[${index}]`,
          problem: `There is no role "${role}".`,
          fix: `Use one of the role ids in content/roles/: ${[...roleIds].join(', ') || '(none yet)'}.`,
        });
      }
    });

    // Which entry first covered each step, so a repeat can name both.
    const coveredBy = new Map<string, number>();
    data.steps.forEach((entry, index) => {
      const ref = entryRef(entry);
      const field = `steps[${index}].${ref.kind}`;
      let stepIds: string[] | undefined;
      if (ref.kind === 'course') {
        const course = courses.get(ref.id);
        if (!course) {
          problems.push({
            file,
            field,
            problem: `There is no course "${ref.id}".`,
            fix:
              modules.has(ref.id) || tree.steps.has(ref.id)
                ? `"${ref.id}" is a ${modules.has(ref.id) ? 'module' : 'step'}: write "${modules.has(ref.id) ? 'module' : 'step'}: ${ref.id}" instead.`
                : `Use the id from a course.yaml: ${list(courses.keys())}.`,
          });
        } else {
          stepIds = course.modules.flatMap((module) => module.steps.map((step) => step.id));
        }
      } else if (ref.kind === 'module') {
        const module = modules.get(ref.id);
        if (!module) {
          problems.push({
            file,
            field,
            problem: `There is no module "${ref.id}".`,
            fix:
              courses.has(ref.id) || tree.steps.has(ref.id)
                ? `"${ref.id}" is a ${courses.has(ref.id) ? 'course' : 'step'}: write "${courses.has(ref.id) ? 'course' : 'step'}: ${ref.id}" instead.`
                : 'Use the id from a module.yaml inside a course folder.',
          });
        } else {
          stepIds = module.steps.map((step) => step.id);
        }
      } else {
        const step = tree.steps.get(ref.id);
        if (!step) {
          problems.push({
            file,
            field,
            problem: `There is no lesson, video, scenario or quiz "${ref.id}".`,
            fix:
              courses.has(ref.id) || modules.has(ref.id)
                ? `"${ref.id}" is a ${courses.has(ref.id) ? 'course' : 'module'}: write "${courses.has(ref.id) ? 'course' : 'module'}: ${ref.id}" instead.`
                : "Use the id from a lesson's frontmatter, or from a quiz.yaml, scenario.yaml or video.yaml.",
          });
        } else {
          stepIds = [step.id];
        }
      }
      for (const stepId of stepIds ?? []) {
        const earlier = coveredBy.get(stepId);
        if (earlier !== undefined) {
          const first = entryRef(data.steps[earlier]!);
          problems.push({
            file,
            field,
            problem: `"${stepId}" is already in the path through item ${earlier + 1} (${first.kind}: ${first.id}).`,
            fix: 'List each course, module or step once: remove this entry, or list the parts you want separately.',
          });
          break;
        }
      }
      for (const stepId of stepIds ?? []) if (!coveredBy.has(stepId)) coveredBy.set(stepId, index);
    });

    if (data.steps.every((entry) => entry.optional)) {
      problems.push({
        file,
        field: 'steps',
        problem: 'Every entry in the path is optional, so the path could never be completed.',
        fix: 'Remove "optional: true" from the entries a learner must complete.',
      });
    }
  }
  return problems;
}
