/**
 * Progress reports: what a learner gives their PMO. A report is a JSON file holding the learner's
 * statements for one assignment (or for everything), under a name they choose or none. Statements are
 * copied as the record holds them, except the learner's name in each: it becomes the chosen name or is
 * removed, so a report never carries a name the learner did not choose for it.
 */
import { activityKindOf, contentIdOf, parentIdOf, verbOf } from '../record/xapi/statements';
import type { Statement } from '../record/xapi/schema';
import { isAssignmentStatement, type StoredAssignment } from '../paths/assignments/record';
import { resolveRefs, stepsOf } from '../paths/steps';
import type { CourseOutline } from '../record/projections';
import { fileNamePart } from '../site/file-name';

export const REPORT_FORMAT = 'sideline-progress-report';
export const REPORT_VERSION = 1;

export type ReportScope =
  { kind: 'everything' } | { kind: 'assignment'; assignmentId: string; title: string };

export interface ProgressReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  createdAt: string;
  /** The learner's random id (never their name): it lets a PMO merge two reports from one person. */
  learner: { id: string; name?: string };
  scope: ReportScope;
  statements: Statement[];
}

/** The content ids an assignment's progress is worked out from: its steps, modules and courses. */
export function assignmentActivityIds(
  assignment: StoredAssignment,
  courses: readonly CourseOutline[],
): Set<string> {
  const { items } = resolveRefs(courses, assignment.refs);
  const ids = new Set<string>(stepsOf(items).map((step) => step.id));
  for (const item of items) {
    if (item.module) ids.add(item.module.id);
    if (item.course) {
      ids.add(item.course.id);
      for (const module of item.course.modules) ids.add(module.id);
    }
  }
  return ids;
}

/** The statements a report for this scope holds: for an assignment, its own and its activities'. */
export function statementsForScope(
  statements: readonly Statement[],
  scope: ReportScope,
  assignment: StoredAssignment | undefined,
  courses: readonly CourseOutline[],
): Statement[] {
  if (scope.kind === 'everything' || !assignment) return [...statements];
  const ids = assignmentActivityIds(assignment, courses);
  return statements.filter((statement) => {
    if (isAssignmentStatement(statement, assignment.id)) return true;
    const id = contentIdOf(statement);
    const parent = parentIdOf(statement);
    return (id !== undefined && ids.has(id)) || (parent !== undefined && ids.has(parent));
  });
}

function withName(statement: Statement, name: string | undefined): Statement {
  const actor = { ...statement.actor };
  delete actor.name;
  if (name) actor.name = name;
  return { ...statement, actor };
}

export function buildReport(input: {
  learnerId: string;
  /** The name the learner chose for this report; empty or undefined for none. */
  name: string | undefined;
  scope: ReportScope;
  statements: readonly Statement[];
  now: Date;
}): ProgressReport {
  const name = input.name?.trim() || undefined;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt: input.now.toISOString(),
    learner: { id: input.learnerId, ...(name ? { name } : {}) },
    scope: input.scope,
    statements: input.statements.map((statement) => withName(statement, name)),
  };
}

/**
 * Readable and compact: the report's heading fields indented, then one statement per line. A learner
 * (or their PMO) can still read the file, and it is about a quarter smaller than indenting every
 * field, which matters because reading the bytes is most of what a PMO waits for when importing a
 * thousand reports (tests/bench/3-insights.bench.mjs).
 */
export function serialiseReport(report: ProgressReport): string {
  const { statements, ...heading } = report;
  const lines = statements.map((statement) => `  ${JSON.stringify(statement)}`);
  const head = JSON.stringify(heading, null, 1).slice(0, -2); // without the closing "\n}"
  return `${head},\n "statements": [${lines.length ? `\n${lines.join(',\n')}\n ` : ''}]\n}`;
}

export function reportFileName(report: ProgressReport): string {
  const day = report.createdAt.slice(0, 10);
  const who = fileNamePart(report.learner.name ?? '', 40);
  return `sideline-progress-${who ? `${who}-` : ''}${day}.json`;
}

/** A readable summary of what the report holds, for the learner to check before saving. */
export interface ReportSummary {
  statements: number;
  byVerb: { verb: string; count: number }[];
  activities: number;
  /** Practice answers whose text the learner chose to share. */
  sharedAnswers: number;
  firstAt: string | null;
  lastAt: string | null;
}

export function summariseReport(report: ProgressReport): ReportSummary {
  const verbs = new Map<string, number>();
  const activities = new Set<string>();
  let sharedAnswers = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const statement of report.statements) {
    // Read from the verb id; an assignment added before it had its own verb counts as `assigned` too.
    const verb = isAssignmentStatement(statement)
      ? 'assigned'
      : (verbOf(statement) ?? statement.verb.id);
    verbs.set(verb, (verbs.get(verb) ?? 0) + 1);
    activities.add(statement.object.id);
    if (activityKindOf(statement) === 'practice' && statement.result?.response) sharedAnswers += 1;
    if (first === null || statement.timestamp < first) first = statement.timestamp;
    if (last === null || statement.timestamp > last) last = statement.timestamp;
  }
  return {
    statements: report.statements.length,
    byVerb: [...verbs].map(([verb, count]) => ({ verb, count })).sort((a, b) => b.count - a.count),
    activities: activities.size,
    sharedAnswers,
    firstAt: first,
    lastAt: last,
  };
}
