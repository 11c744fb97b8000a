/**
 * Report files merged into learners: statements are grouped by the learner id of the file they came in
 * (the learner's own view counts every statement in their record, whoever's device made it) and merged
 * by statement id, so a learner who sends two overlapping reports is counted once.
 */
import type { Statement } from '../record/xapi/schema';
import type { ReadReport } from '../reports/read';

export interface LearnerBucket {
  id: string;
  /** The name from the newest report that gave one; null when no report named them. */
  name: string | null;
  nameFrom: string;
  statements: Map<string, Statement>;
  reports: number;
}

export function addReport(buckets: Map<string, LearnerBucket>, report: ReadReport): void {
  let bucket = buckets.get(report.learnerId);
  if (!bucket) {
    bucket = { id: report.learnerId, name: null, nameFrom: '', statements: new Map(), reports: 0 };
    buckets.set(report.learnerId, bucket);
  }
  mergeInto(bucket, report.statements, report.name ?? null, report.createdAt);
  bucket.reports += 1;
}

/** Adds statements (and a name, if newer) to a bucket: also used when workers hand learners over. */
export function mergeInto(
  bucket: LearnerBucket,
  statements: readonly Statement[],
  name: string | null,
  nameFrom: string,
): void {
  for (const statement of statements) {
    if (!bucket.statements.has(statement.id)) bucket.statements.set(statement.id, statement);
  }
  if (name && nameFrom >= bucket.nameFrom) {
    bucket.name = name;
    bucket.nameFrom = nameFrom;
  }
}

/** The bucket's statements, oldest first (ties by id), as the learner's own record orders them. */
export function orderedStatements(bucket: LearnerBucket): Statement[] {
  return [...bucket.statements.values()].sort((a, b) =>
    a.timestamp !== b.timestamp
      ? a.timestamp < b.timestamp
        ? -1
        : 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0,
  );
}

/** What a PMO sees for a learner who gave no name: stable across reports, and not their id. */
export function learnerLabel(id: string, name: string | null): string {
  return name ?? `Unnamed learner ${id.replace(/[^A-Za-z0-9]/g, '').slice(0, 6)}`;
}
