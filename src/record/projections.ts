/**
 * What the site shows, worked out from the statements alone: pure functions, no storage, no framework.
 * indexRecord() reads the statements once (O(n)); every other function reads the index, so a page with
 * several islands and a record of 10,000 statements stays fast.
 *
 * What a statement means comes from its verb id (verbOf), never from the verb's display text.
 * When a step counts as done (shared with the islands that write the statements):
 * - lesson: its latest mark is 'experienced' or 'completed', not 'reopened' (xapi/lesson-marks.ts)
 * - video: 'completed'; scenario: 'completed', with the ending's id in result.response
 * - quiz: 'passed', or 'completed' with result.success true. Record each finished attempt as 'passed' or
 *   'failed' with result.score.scaled. The learner is shown their best score, and a quiz stays passed
 *   once any attempt passed: attempts in two tabs (one offline) or on two devices all count, and a
 *   later, lower one never takes a pass away. Latest is the attempt recorded last, by its timestamp.
 * - practice: 'completed' (the learner compared their answer with the rubric), with the points they
 *   ticked as result.score.raw of result.score.max
 * - any other kind: 'completed' or 'passed'
 * A step is in progress when any statement is about it or about something inside it (a question of a
 * quiz, a decision of a scenario: statements whose context parent is the step).
 */
import type { ActivityKind } from './api';
import { contentIdOf, courseIdOf, parentIdOf, verbOf } from './xapi/statements';
import type { Statement } from './xapi/schema';
import type { RecordedVerb } from './xapi/verbs';
import { laterMark, type LessonMark } from './xapi/lesson-marks';
import type {
  Catalogue,
  CourseOutline,
  CourseShape,
  ModuleOf,
  ModuleShape,
  OutlineModule,
  OutlineStep,
  StepKey,
  StepOf,
} from './outline';

// The outline types live in outline.ts; most of the site has always imported them from here.
export type * from './outline';

export type Status = 'not-started' | 'in-progress' | 'completed';

export interface Score {
  scaled: number;
  raw?: number | undefined;
  max?: number | undefined;
  at: number;
}

interface ActivityFacts {
  verbs: Set<RecordedVerb>;
  /** Time of the latest statement about the activity or anything inside it (ms since 1970). */
  lastAt: number;
  scores: Score[];
  passed: boolean;
  attempts: number;
  endings: string[];
  latestMark?: LessonMark | undefined; // lessons: the latest done or "not done", if any
}

export interface RecordIndex {
  activities: ReadonlyMap<string, ActivityFacts>;
  /** Latest statement time per course id, for courses touched without any step (rare). */
  courses: ReadonlyMap<string, number>;
}

function factsFor(map: Map<string, ActivityFacts>, id: string): ActivityFacts {
  let facts = map.get(id);
  if (!facts) {
    facts = {
      verbs: new Set(),
      lastAt: -Infinity,
      scores: [],
      passed: false,
      attempts: 0,
      endings: [],
    };
    map.set(id, facts);
  }
  return facts;
}

export function indexRecord(statements: readonly Statement[]): RecordIndex {
  const activities = new Map<string, ActivityFacts>();
  const courses = new Map<string, number>();
  for (const statement of statements) {
    const at = Date.parse(statement.timestamp);
    const courseId = courseIdOf(statement);
    if (courseId !== undefined)
      courses.set(courseId, Math.max(courses.get(courseId) ?? -Infinity, at));

    const parentId = parentIdOf(statement);
    if (parentId !== undefined) {
      const parent = factsFor(activities, parentId);
      parent.lastAt = Math.max(parent.lastAt, at);
    }

    const id = contentIdOf(statement);
    if (id === undefined) continue;
    const facts = factsFor(activities, id);
    const verb = verbOf(statement);
    const { result } = statement;
    if (verb) facts.verbs.add(verb);
    facts.lastAt = Math.max(facts.lastAt, at);
    facts.latestMark = laterMark(facts.latestMark, verb, at);
    if (verb === 'passed' || (verb === 'completed' && result?.success === true))
      facts.passed = true;
    if (verb === 'passed' || verb === 'failed') facts.attempts += 1;
    if (result?.score && (verb === 'passed' || verb === 'failed' || verb === 'completed')) {
      const { scaled, raw, max } = result.score;
      facts.scores.push({ scaled, raw, max, at });
    }
    if (verb === 'completed' && result?.response && !facts.endings.includes(result.response)) {
      facts.endings.push(result.response);
    }
  }
  return { activities, courses };
}

function isDone(kind: ActivityKind, facts: ActivityFacts): boolean {
  switch (kind) {
    case 'lesson':
      return facts.latestMark?.done === true;
    case 'video':
    case 'scenario':
      return facts.verbs.has('completed');
    case 'quiz':
      return facts.passed;
    default:
      return facts.verbs.has('completed') || facts.passed;
  }
}

export function stepStatus(index: RecordIndex, step: Pick<OutlineStep, 'kind' | 'id'>): Status {
  const facts = index.activities.get(step.id);
  if (!facts) return 'not-started';
  return isDone(step.kind, facts) ? 'completed' : 'in-progress';
}

export interface QuizResult {
  /** 0 to 100, rounded; undefined until an attempt is scored. */
  bestPercent?: number;
  latestPercent?: number;
  passed: boolean;
  attempts: number;
}

function percent(scaled: number): number {
  return Math.round(scaled * 100);
}

export function quizResult(index: RecordIndex, quizId: string): QuizResult {
  const facts = index.activities.get(quizId);
  if (!facts) return { passed: false, attempts: 0 };
  let best: Score | undefined;
  let latest: Score | undefined;
  for (const score of facts.scores) {
    if (!best || score.scaled > best.scaled) best = score;
    if (!latest || score.at >= latest.at) latest = score;
  }
  return {
    ...(best ? { bestPercent: percent(best.scaled) } : {}),
    ...(latest ? { latestPercent: percent(latest.scaled) } : {}),
    passed: facts.passed,
    attempts: facts.attempts,
  };
}

/** Ending ids reached in a scenario, in the order first reached. */
export function scenarioEndings(index: RecordIndex, scenarioId: string): readonly string[] {
  return index.activities.get(scenarioId)?.endings ?? [];
}

export interface StepProgress<S extends StepKey = OutlineStep> {
  step: S;
  status: Status;
  /** Only for quizzes. */
  quiz?: QuizResult;
  /** Only for scenarios. */
  endings?: readonly string[];
}

export interface ModuleProgress<M extends ModuleShape = OutlineModule> {
  module: M;
  done: number;
  total: number;
  status: Status;
  steps: StepProgress<M['steps'][number]>[];
}

export interface CourseProgress<C extends CourseShape = CourseOutline> {
  course: C;
  href: string;
  done: number;
  total: number;
  status: Status;
  modules: ModuleProgress<ModuleOf<C>>[];
  /** Where "Continue" goes: null when every step is done. */
  next: StepOf<C> | null;
  /** Time of the learner's latest activity in the course (ms since 1970), or null. */
  lastActivityAt: number | null;
}

function statusOf(done: number, total: number, touched: boolean): Status {
  if (total > 0 && done === total) return 'completed';
  return touched ? 'in-progress' : 'not-started';
}

function stepProgress<S extends StepKey>(index: RecordIndex, step: S): StepProgress<S> {
  const status = stepStatus(index, step);
  if (step.kind === 'quiz') return { step, status, quiz: quizResult(index, step.id) };
  if (step.kind === 'scenario') return { step, status, endings: scenarioEndings(index, step.id) };
  return { step, status };
}

export function moduleProgress<M extends ModuleShape>(
  index: RecordIndex,
  module: M,
): ModuleProgress<M> {
  const steps = module.steps.map((step: M['steps'][number]) => stepProgress(index, step));
  const done = steps.filter((s) => s.status === 'completed').length;
  const touched = steps.some((s) => s.status !== 'not-started');
  return {
    module,
    done,
    total: steps.length,
    status: statusOf(done, steps.length, touched),
    steps,
  };
}

/**
 * The step to continue from: the first step not done, in the course's order; null when every step is
 * done. Never one after a step left undone: a course teaches in order, and "Continue" that jumped
 * past a skipped lesson would hide it (a learner who wants to skip one can mark it done, or finish a
 * video through its transcript).
 */
export function resumePoint<C extends CourseShape>(
  index: RecordIndex,
  course: C,
): StepOf<C> | null {
  for (const module of course.modules as readonly ModuleOf<C>[]) {
    for (const step of module.steps as readonly StepOf<C>[]) {
      if (stepStatus(index, step) !== 'completed') return step;
    }
  }
  return null;
}

export function courseProgress<C extends CourseShape>(
  index: RecordIndex,
  course: C,
): CourseProgress<C> {
  const modules = (course.modules as readonly ModuleOf<C>[]).map((module) =>
    moduleProgress(index, module),
  );
  const done = modules.reduce((sum, m) => sum + m.done, 0);
  const total = modules.reduce((sum, m) => sum + m.total, 0);
  const touched = index.courses.has(course.id) || modules.some((m) => m.status !== 'not-started');
  let lastAt = index.courses.get(course.id) ?? -Infinity;
  for (const module of course.modules) {
    for (const step of module.steps) {
      lastAt = Math.max(lastAt, index.activities.get(step.id)?.lastAt ?? -Infinity);
    }
  }
  return {
    course,
    href: course.href ?? `/courses/${course.id}/`,
    done,
    total,
    status: statusOf(done, total, touched),
    modules,
    next: resumePoint(index, course),
    lastActivityAt: lastAt > -Infinity ? lastAt : null,
  };
}

export interface MyLearning {
  inProgress: CourseProgress[];
  completed: CourseProgress[];
  notStarted: CourseProgress[];
}

/** Courses for the My learning page, grouped; in progress ordered by most recent activity first. */
export function myLearning(index: RecordIndex, catalogue: Catalogue): MyLearning {
  const all = catalogue.courses.map((course) => courseProgress(index, course));
  const latest = (p: CourseProgress) => p.lastActivityAt ?? -Infinity;
  return {
    inProgress: all.filter((p) => p.status === 'in-progress').sort((a, b) => latest(b) - latest(a)),
    completed: all.filter((p) => p.status === 'completed'),
    notStarted: all.filter((p) => p.status === 'not-started'),
  };
}
