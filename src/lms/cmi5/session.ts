/**
 * One cmi5 AU session in the browser, for one module: @xapi/cmi5 reads the launch parameters, fetches
 * the auth token, reads LMS.LaunchData and builds the cmi5 statements; this module decides when each
 * is due (satisfaction.ts), sends them in order through the outbox, and sends Sideline's own statements
 * made during the session as cmi5 allowed statements (allowed.ts).
 *
 * In the LMS, the LMS is the record: what was reported in an earlier session of the registration is
 * read back from the LRS (with the browser's memory of it as a fallback), and the site's own storage
 * serves only to work out progress. The session ends with terminated on pagehide, or on Exit.
 */
import Cmi5 from '@xapi/cmi5';
import { getLearningRecord } from '../../record/open';
import type { OutlineModule } from '../../record/projections';
import { allowedStatement, type Launch } from './allowed';
import { keepCacheFor } from './learner';
import { Outbox, Refused, type Post } from './outbox';
import {
  moduleStanding,
  NOTHING_REPORTED,
  reportsDue,
  type LaunchMode,
  type Report,
  type Reported,
} from './satisfaction';

export interface ModuleAu {
  module: OutlineModule;
  /** From the course structure: the module's quiz and its pass mark as a fraction. */
  quizId?: string | undefined;
  masteryScore?: number | undefined;
}

export interface SessionEvents {
  /** Sending has failed for now (true), or works again (false). */
  onTrouble: (trouble: boolean) => void;
  /** The LRS refused some statements for good. */
  onRefused: (count: number) => void;
  /** A report has reached the LMS. */
  onReported: (report: Report) => void;
}

export interface Cmi5Session {
  launchMode: LaunchMode;
  /** Where the LMS wants the learner to go once the session ends, if anywhere. */
  returnUrl: string | undefined;
  /** Ends the session (terminated) and resolves once the LMS has it. */
  exit: () => Promise<void>;
}

const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const PASSED = 'http://adlnet.gov/expapi/verbs/passed';

/** Statements to the LMS's LRS with the session's token; 4xx answers (bar 408, 429) are final. */
function statementPoster(endpoint: string, token: () => string): Post {
  const url = new URL('statements', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).href;
  return async (statements, { keepalive }) => {
    const response = await fetch(url, {
      method: 'POST',
      keepalive,
      headers: {
        Authorization: `Basic ${token()}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(statements),
    });
    if (response.ok) return;
    const final =
      response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status);
    throw final
      ? new Refused(`The LRS answered ${response.status}`)
      : new Error(String(response.status));
  };
}

/** Whether the LRS holds a statement with this verb about the AU in the registration. */
async function lrsHolds(cmi5: Cmi5, verb: string): Promise<boolean> {
  const { endpoint, actor, activityId, registration } = cmi5.getLaunchParameters();
  const query = new URLSearchParams({
    agent: JSON.stringify(actor),
    verb,
    activity: activityId,
    registration,
    limit: '1',
  });
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  const response = await fetch(new URL(`statements?${query}`, base), {
    headers: {
      Authorization: `Basic ${cmi5.getAuthToken()}`,
      'X-Experience-API-Version': '1.0.3',
    },
  });
  if (!response.ok) throw new Error(String(response.status));
  const body = (await response.json()) as { statements?: unknown[] };
  return (body.statements?.length ?? 0) > 0;
}

/** The browser's memory of what this registration reported, for an LRS that will not be asked. */
function rememberedKey(cmi5: Cmi5): string {
  const { registration, activityId } = cmi5.getLaunchParameters();
  return `sideline-cmi5:${registration}:${activityId}`;
}
function remembered(cmi5: Cmi5): Partial<Reported> {
  try {
    return JSON.parse(localStorage.getItem(rememberedKey(cmi5)) ?? '{}') as Partial<Reported>;
  } catch {
    return {};
  }
}
function remember(cmi5: Cmi5, reported: Reported): void {
  try {
    const { completed, passed } = reported;
    localStorage.setItem(rememberedKey(cmi5), JSON.stringify({ completed, passed }));
  } catch {
    // Storage may be off; the LRS is asked first anyway.
  }
}

async function reportedBefore(cmi5: Cmi5): Promise<Reported> {
  const memory = remembered(cmi5);
  const [completed, passed] = await Promise.all(
    [COMPLETED, PASSED].map((verb) => lrsHolds(cmi5, verb).catch(() => false)),
  );
  return {
    ...NOTHING_REPORTED,
    completed: Boolean(completed) || memory.completed === true,
    passed: Boolean(passed) || memory.passed === true,
  };
}

/** Whether the page was opened by an LMS with the cmi5 launch parameters. */
export function launchedByLms(): boolean {
  return Cmi5.isCmiAvailable;
}

/** Starts the session; rejects when the LMS cannot be reached (nothing is recorded then). */
export async function startSession(au: ModuleAu, events: SessionEvents): Promise<Cmi5Session> {
  let closing = false;
  let outbox: Outbox | undefined;

  class LaunchedAu extends Cmi5 {
    override sendXapiStatement(
      statement: Parameters<Cmi5['sendXapiStatement']>[0],
      options?: Parameters<Cmi5['sendXapiStatement']>[1],
    ): ReturnType<Cmi5['sendXapiStatement']> {
      const ready = options?.transform ? options.transform(statement) : statement;
      outbox ??= new Outbox({
        post: statementPoster(this.getLaunchParameters().endpoint, () => this.getAuthToken()),
        onTrouble: events.onTrouble,
        onRefused: events.onRefused,
      });
      if (closing) {
        outbox.close(ready);
        return Promise.resolve({ data: [] }) as unknown as ReturnType<Cmi5['sendXapiStatement']>;
      }
      return outbox.send(ready).then(() => ({
        data: [ready.id],
      })) as unknown as ReturnType<Cmi5['sendXapiStatement']>;
    }
  }

  const cmi5 = new LaunchedAu();
  await cmi5.initialize();
  const launchData = cmi5.getLaunchData();
  const launchMode = launchData.launchMode;
  const launch: Launch = {
    actor: cmi5.getLaunchParameters().actor,
    registration: cmi5.getLaunchParameters().registration,
    contextTemplate: launchData.contextTemplate,
  };
  const session = {
    launchMode,
    masteryScore: launchData.masteryScore ?? au.masteryScore,
    startedAt: cmi5.getInitializedDate().getTime(),
  };
  let reported = await reportedBefore(cmi5);

  const send = (report: Report) => {
    const sent =
      report.verb === 'progressed'
        ? cmi5.progress(report.percent)
        : report.verb === 'passed'
          ? cmi5.pass(report.scaled)
          : report.verb === 'failed'
            ? cmi5.fail(report.scaled)
            : cmi5.complete();
    void sent.then(() => events.onReported(report));
  };

  let seen: Set<string> | undefined;
  let baselineTaken: () => void = () => undefined;
  const baseline = new Promise<void>((resolve) => (baselineTaken = resolve));
  let ended = false;
  const record = await getLearningRecord();
  await keepCacheFor(record, launch.actor, globalThis.localStorage);
  const stopWatching = record.watch(({ statements }) => {
    if (ended) return;
    // What the record held before the launch was reported by its own sessions, or belongs to none.
    if (seen) {
      for (const statement of statements) {
        if (seen.has(statement.id)) continue;
        void cmi5.sendXapiStatement(
          allowedStatement(statement, launch) as Parameters<Cmi5['sendXapiStatement']>[0],
        );
      }
    }
    seen = new Set(statements.map((statement) => statement.id));
    baselineTaken();
    const due = reportsDue(moduleStanding(statements, au.module, au.quizId), reported, session);
    reported = due.reported;
    due.reports.forEach(send);
    if (due.reports.some((report) => report.verb !== 'progressed')) remember(cmi5, reported);
  });

  // The page shows the module only once the record as it was at launch is known, so nothing the
  // learner does is taken for something done before the launch.
  await baseline;

  const end = (leaving: boolean) => {
    if (ended) return Promise.resolve();
    ended = true;
    stopWatching();
    closing = leaving;
    return cmi5.terminate().then(() => undefined);
  };
  window.addEventListener('pagehide', () => void end(true));
  return {
    launchMode,
    returnUrl: launchData.returnURL,
    exit: () => end(false),
  };
}
