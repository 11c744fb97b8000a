/**
 * What a module AU tells the LMS, worked out from the learning record alone: how far the learner is
 * (progressed), whether every step is done (completed), and how the module's quiz went (passed or
 * failed against the mastery score). Pure: the launch page feeds it the record and sends what it returns.
 *
 * The cmi5 rules it keeps (spec section 9.3; CATAPULT's requirements list):
 * - completed and passed go once per registration (9.3.3.0-2, 9.3.4.0-3), so what an earlier session
 *   already sent counts as sent;
 * - failed goes when an attempt of this session fails and the AU is not passed; once a session;
 * - passed and failed follow the LMS's masteryScore when it gives one (10.2.4.0-2);
 * - in Browse and Review launches nothing that counts towards satisfaction is sent (10.2.2.0-9, -11).
 */
import { indexRecord, moduleProgress, type OutlineModule } from '../../record/projections';
import type { Statement } from '../../record/xapi/schema';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

export interface ModuleStanding {
  /** Steps done, in whole per cent of the module's steps. */
  percent: number;
  /** Every step done, by the site's own rule (a quiz is done once passed). */
  completed: boolean;
  /** The quiz's best score (0 to 1), once it has one. */
  best?: number;
  /** The latest scored attempt: its score and when it was made (ms since 1970). */
  latest?: { scaled: number; at: number };
}

export function moduleStanding(
  statements: readonly Statement[],
  module: OutlineModule,
  quizId: string | undefined,
): ModuleStanding {
  const index = indexRecord(statements);
  const progress = moduleProgress(index, module);
  const standing: ModuleStanding = {
    percent: progress.total ? Math.round((progress.done / progress.total) * 100) : 0,
    completed: progress.total > 0 && progress.done === progress.total,
  };
  const scores = quizId ? (index.activities.get(quizId)?.scores ?? []) : [];
  for (const { scaled, at } of scores) {
    if (standing.best === undefined || scaled > standing.best) standing.best = scaled;
    if (!standing.latest || at >= standing.latest.at) standing.latest = { scaled, at };
  }
  return standing;
}

/** What has gone to the LMS: in this registration (completed, passed) or this session (the rest). */
export interface Reported {
  percent: number | null;
  completed: boolean;
  passed: boolean;
  failed: boolean;
}

export const NOTHING_REPORTED: Reported = {
  percent: null,
  completed: false,
  passed: false,
  failed: false,
};

export type Report =
  | { verb: 'progressed'; percent: number }
  | { verb: 'passed'; scaled: number }
  | { verb: 'failed'; scaled: number }
  | { verb: 'completed' };

export interface SessionFacts {
  launchMode: LaunchMode;
  /** The LMS's masteryScore, else the module quiz's pass mark; undefined when the module has no quiz. */
  masteryScore: number | undefined;
  /** When this session began (ms since 1970): older failed attempts were reported by their own session. */
  startedAt: number;
}

/** The statements due now, in the order to send them, and what will then have been reported. */
export function reportsDue(
  standing: ModuleStanding,
  reported: Reported,
  session: SessionFacts,
): { reports: Report[]; reported: Reported } {
  const reports: Report[] = [];
  const next = { ...reported };
  if (
    standing.percent !== reported.percent &&
    (standing.percent > 0 || reported.percent !== null)
  ) {
    reports.push({ verb: 'progressed', percent: standing.percent });
    next.percent = standing.percent;
  }
  if (session.launchMode !== 'Normal') return { reports, reported: next };

  const mastery = session.masteryScore;
  if (mastery !== undefined && !reported.passed) {
    if (standing.best !== undefined && standing.best >= mastery) {
      reports.push({ verb: 'passed', scaled: standing.best });
      next.passed = true;
    } else if (
      !reported.failed &&
      standing.latest &&
      standing.latest.at >= session.startedAt &&
      standing.latest.scaled < mastery
    ) {
      reports.push({ verb: 'failed', scaled: standing.latest.scaled });
      next.failed = true;
    }
  }
  if (standing.completed && !reported.completed) {
    reports.push({ verb: 'completed' });
    next.completed = true;
  }
  return { reports, reported: next };
}
