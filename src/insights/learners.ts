/**
 * Report files merged into learners. One learner is one id: reports are grouped by the learner id
 * they are for, compared exactly (ids are made by Sideline, so "Ada" and "ada" are two learners), and
 * a report holding another learner's statements never gets here (src/reports/read.ts skips it).
 * Statements are merged by id, compared as values (a UUID is the same in capitals), so a learner who
 * sends two overlapping reports is counted once. The name shown is the one in the newest report
 * (by when it was made) that gave one; when reports gave different names, the page says so rather
 * than replacing one with the other silently.
 */
import type { Statement } from '../record/xapi/schema';
import type { ReadReport } from '../reports/read';

export interface LearnerBucket {
  id: string;
  /** Each name the learner's reports gave → when the newest of those reports was made (ISO). */
  names: Map<string, string>;
  /** Keyed by the statement id in lower case. */
  statements: Map<string, Statement>;
  reports: number;
}

export function newBucket(id: string): LearnerBucket {
  return { id, names: new Map(), statements: new Map(), reports: 0 };
}

export function addReport(buckets: Map<string, LearnerBucket>, report: ReadReport): void {
  let bucket = buckets.get(report.learnerId);
  if (!bucket) {
    bucket = newBucket(report.learnerId);
    buckets.set(report.learnerId, bucket);
  }
  mergeInto(bucket, report.statements, report.name ? [[report.name, report.createdAt]] : []);
  bucket.reports += 1;
}

/** Adds statements and names to a bucket: also used when workers hand learners over. */
export function mergeInto(
  bucket: LearnerBucket,
  statements: readonly Statement[],
  names: Iterable<readonly [name: string, at: string]>,
): void {
  for (const statement of statements) {
    const key = statement.id.toLowerCase();
    if (!bucket.statements.has(key)) bucket.statements.set(key, statement);
  }
  for (const [name, at] of names) {
    const known = bucket.names.get(name);
    if (known === undefined || Date.parse(at) > Date.parse(known)) bucket.names.set(name, at);
  }
}

/**
 * The names given, oldest report first (ties by name, so every worker agrees). Times are compared as
 * instants: a report may say "+01:00" where another says "Z". They passed the date rule, so they parse.
 */
function namesInOrder(bucket: LearnerBucket): [name: string, at: string][] {
  return [...bucket.names].sort(
    ([a, atA], [b, atB]) => Date.parse(atA) - Date.parse(atB) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

/** The name from the newest report that gave one; null when no report named the learner. */
export function shownName(bucket: LearnerBucket): string | null {
  return namesInOrder(bucket).at(-1)?.[0] ?? null;
}

const COUNT = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/**
 * "Two reports for learner X had different names: 'A' (3 Dec) and 'B' (5 Dec); shown as 'B', the
 * newer." Null when the reports agree (or gave one name at most).
 */
export function nameConflictText(bucket: LearnerBucket): string | null {
  const names = namesInOrder(bucket);
  if (names.length < 2) return null;
  const years = new Set(names.map(([, at]) => at.slice(0, 4)));
  const day = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(years.size > 1 ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  const listed = names.map(([name, at]) => `'${name}' (${day.format(new Date(at))})`);
  const list = `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)!}`;
  const count = COUNT[names.length] ?? String(names.length);
  const newest = names.length === 2 ? 'the newer' : 'the newest';
  return `${count} reports for learner ${bucket.id} had different names: ${list}; shown as '${shownName(bucket)!}', ${newest}.`;
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
