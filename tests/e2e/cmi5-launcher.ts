/**
 * A small cmi5 LMS for the launch test, in front of a real LRS (Learning Locker's xapi-statements,
 * tests/lrs/): it serves a course package under a path of its own (plain files only, no folder index,
 * as many LMSs do), reads the AUs from the package's cmi5.xml, and launches one as an LMS does (cmi5
 * spec section 8): a registration and a session id, the LMS.LaunchData state document, a "launched"
 * statement, a one-time fetch URL for the auth token, and the AU's URL with the launch parameters.
 *
 * xapi-statements serves only the Statements resource, so this launcher answers the State and Agent
 * Profile resources itself (state documents kept in memory) and passes /statements through to the LRS.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestLrs {
  url: string;
  key: string;
  secret: string;
  authorization: string;
  statements: () => Promise<Record<string, unknown>[]>;
}

export interface Au {
  id: string;
  url: string;
  moveOn: string;
  masteryScore?: number;
}

export interface Launch {
  url: string;
  registration: string;
  sessionId: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string }; name: string };
}

export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
  vtt: 'text/vtt',
  woff2: 'font/woff2',
  png: 'image/png',
  mp4: 'video/mp4',
};

/** The AUs of a cmi5.xml, read the way an LMS importing the package reads them. */
export function readAus(courseStructure: string): Au[] {
  return [...courseStructure.matchAll(/<au ([^>]*)>[\s\S]*?<url>([^<]*)<\/url>/g)].map(
    ([, attributes, url]) => {
      const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes!)?.[1];
      const mastery = attribute('masteryScore');
      return {
        id: attribute('id')!,
        url: url!.replaceAll('&amp;', '&'),
        moveOn: attribute('moveOn') ?? 'NotApplicable',
        ...(mastery === undefined ? {} : { masteryScore: Number(mastery) }),
      };
    },
  );
}

function body(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startLauncher(lrs: TestLrs, files: ReadonlyMap<string, Uint8Array>) {
  const token = Buffer.from(`${lrs.key}:${lrs.secret}`).toString('base64');
  const contentPath = '/lms/content/package-1/';
  const states = new Map<string, string>();
  const unusedFetches = new Set<string>();
  const stateKey = (query: URLSearchParams) =>
    ['activityId', 'agent', 'registration', 'stateId'].map((name) => query.get(name)).join('|');

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url!, 'http://127.0.0.1');
    const answer = (status: number, content = '', type = 'application/json') => {
      response.writeHead(status, { 'content-type': type });
      response.end(content);
    };
    if (url.pathname.startsWith(contentPath)) {
      const file = files.get(decodeURIComponent(url.pathname.slice(contentPath.length)));
      if (!file) return answer(404, 'Not found', 'text/plain');
      const type = TYPES[url.pathname.split('.').pop()!] ?? 'application/octet-stream';
      return answer(200, Buffer.from(file) as unknown as string, type);
    }
    if (url.pathname === '/returned') return answer(200, 'Back in the LMS', 'text/plain');
    if (url.pathname === '/fetch') {
      // cmi5 8.2: the token is handed out once per launch.
      const once = url.searchParams.get('launch') ?? '';
      if (request.method !== 'POST' || !unusedFetches.delete(once))
        return answer(200, JSON.stringify({ 'error-code': '1', 'error-text': 'Already used' }));
      return answer(200, JSON.stringify({ 'auth-token': token }));
    }
    if (request.headers.authorization !== `Basic ${token}`) return answer(401);
    if (url.pathname === '/xapi/activities/state') {
      const key = stateKey(url.searchParams);
      if (request.method === 'GET') {
        const document = states.get(key);
        return document === undefined ? answer(404) : answer(200, document);
      }
      // cmi5 10.2.1.0-5: the AU never changes LMS.LaunchData.
      if (url.searchParams.get('stateId') === 'LMS.LaunchData') return answer(403);
      states.set(key, (await body(request)).toString());
      return answer(204);
    }
    if (url.pathname === '/xapi/agents/profile') return answer(404);
    if (url.pathname === '/xapi/statements') {
      const forwarded = await fetch(`${lrs.url}/statements${url.search}`, {
        method: request.method!,
        headers: {
          authorization: lrs.authorization,
          'x-experience-api-version': '1.0.3',
          ...(request.headers['content-type']
            ? { 'content-type': request.headers['content-type'] }
            : {}),
        },
        ...(request.method === 'GET' ? {} : { body: new Uint8Array(await body(request)) }),
      });
      return answer(forwarded.status, await forwarded.text());
    }
    return answer(404);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    /** Launches an AU as an LMS does, and returns the URL to open. */
    async launch(
      au: Au,
      options: { launchMode?: string; returnURL?: string; registration?: string } = {},
    ): Promise<Launch> {
      // A registration lasts as long as the learner's enrolment: a relaunch keeps it.
      const registration = options.registration ?? randomUUID();
      const sessionId = randomUUID();
      const actor = {
        objectType: 'Agent' as const,
        account: { homePage: 'https://lms.sideline.test', name: 'learner-1' },
        name: 'Test Learner',
      };
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity', id: au.id }] },
        extensions: { [SESSION_ID]: sessionId },
      };
      const query = new URLSearchParams({
        activityId: au.id,
        agent: JSON.stringify(actor),
        registration,
        stateId: 'LMS.LaunchData',
      });
      states.set(
        stateKey(query),
        JSON.stringify({
          contextTemplate,
          launchMode: options.launchMode ?? 'Normal',
          moveOn: au.moveOn,
          ...(au.masteryScore === undefined ? {} : { masteryScore: au.masteryScore }),
          ...(options.returnURL ? { returnURL: options.returnURL } : {}),
        }),
      );
      const launched = {
        id: randomUUID(),
        actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
        object: { objectType: 'Activity', id: au.id },
        context: {
          registration,
          contextActivities: {
            ...contextTemplate.contextActivities,
            category: [{ id: CMI5_CATEGORY }],
          },
          extensions: {
            ...contextTemplate.extensions,
            'https://w3id.org/xapi/cmi5/context/extensions/launchmode':
              options.launchMode ?? 'Normal',
            'https://w3id.org/xapi/cmi5/context/extensions/launchurl': `${origin}${contentPath}${au.url}`,
            'https://w3id.org/xapi/cmi5/context/extensions/moveon': au.moveOn,
          },
        },
        timestamp: new Date().toISOString(),
      };
      const stored = await fetch(`${lrs.url}/statements`, {
        method: 'POST',
        headers: {
          authorization: lrs.authorization,
          'x-experience-api-version': '1.0.3',
          'content-type': 'application/json',
        },
        body: JSON.stringify(launched),
      });
      if (!stored.ok) throw new Error(`The LRS refused the launched statement: ${stored.status}`);
      const once = randomUUID();
      unusedFetches.add(once);
      const parameters = new URLSearchParams({
        endpoint: `${origin}/xapi/`,
        fetch: `${origin}/fetch?launch=${once}`,
        actor: JSON.stringify(actor),
        registration,
        activityId: au.id,
      });
      const joiner = au.url.includes('?') ? '&' : '?';
      return {
        url: `${origin}${contentPath}${au.url}${joiner}${parameters}`,
        registration,
        sessionId,
        actor,
      };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
