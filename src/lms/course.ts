/**
 * What a package's launch page knows of its course, written into the package when it is made: the
 * steps in order (what "every required step done" counts), each quiz's pass mark, each scenario's
 * endings (resume data names them by position), and the mastery score the manifest gives the LMS.
 * Built from the course tree at package time; read in the browser by the launch page.
 */
import type { CourseNode, StepKind } from '../content/course-tree';
import type { CourseOutline } from '../record/projections';

/** The launch page's element holding the course's facts as JSON. */
export const COURSE_DATA_ID = 'sideline-course';

export interface LmsStep {
  kind: StepKind;
  id: string;
  title: string;
  moduleId: string;
  moduleTitle: string;
  /** The content revision, written into statements restored from the LMS. */
  revision: string;
  /** The step's page in the package (`courses/c/s/index.html`). */
  page: string;
  /** Scenarios: ending ids, in the author's order. */
  endings?: string[];
  /** Quizzes: the score (0 to 100) that passes. */
  passMark?: number;
}

export interface LmsCourse {
  id: string;
  title: string;
  /** The course overview page in the package. */
  page: string;
  /** The score (0 to 100) that passes the course: the mean of its quizzes' pass marks. Absent without quizzes. */
  masteryPercent?: number;
  steps: LmsStep[];
}

export interface CourseExtras {
  /** Pass mark (0 to 100) by quiz id. */
  passMarks: ReadonlyMap<string, number>;
  /** Ending ids by scenario id. */
  endings: ReadonlyMap<string, readonly string[]>;
}

const pageOf = (href: string) => `${href.replace(/^\//, '')}index.html`;

export function lmsCourse(course: CourseNode, extras: CourseExtras): LmsCourse {
  const steps = course.modules.flatMap((module) =>
    module.steps.map((step): LmsStep => {
      const endings = extras.endings.get(step.id);
      return {
        kind: step.kind,
        id: step.id,
        title: step.title,
        moduleId: module.id,
        moduleTitle: module.title,
        revision: step.revision,
        page: pageOf(step.href),
        ...(step.kind === 'scenario' && endings ? { endings: [...endings] } : {}),
        ...(step.kind === 'quiz' ? { passMark: extras.passMarks.get(step.id) ?? 100 } : {}),
      };
    }),
  );
  const marks = steps.flatMap((step) => (step.passMark === undefined ? [] : [step.passMark]));
  const mean = marks.reduce((sum, mark) => sum + mark, 0) / marks.length;
  return {
    id: course.id,
    title: course.title,
    page: pageOf(course.href),
    ...(marks.length ? { masteryPercent: Math.ceil(mean) } : {}),
    steps,
  };
}

/** The course as the record's projections read it. */
export function outlineOf(course: LmsCourse): CourseOutline {
  const modules: {
    id: string;
    title: string;
    steps: CourseOutline['modules'][number]['steps'][number][];
  }[] = [];
  for (const step of course.steps) {
    let module = modules.at(-1);
    if (module?.id !== step.moduleId) {
      module = { id: step.moduleId, title: step.moduleTitle, steps: [] };
      modules.push(module);
    }
    module.steps.push({ kind: step.kind, id: step.id, title: step.title, href: step.page });
  }
  return { id: course.id, title: course.title, href: course.page, modules };
}

/** Pass marks and endings from the checked content (content/load.ts), for lmsCourse(). */
export function courseExtras(content: {
  quizzes: readonly { data: { id: string; passMark: number } }[];
  scenarios: readonly { data: { id: string; endings: readonly { id: string }[] } }[];
}): CourseExtras {
  return {
    passMarks: new Map(content.quizzes.map(({ data }) => [data.id, data.passMark])),
    endings: new Map(content.scenarios.map(({ data }) => [data.id, data.endings.map((e) => e.id)])),
  };
}
