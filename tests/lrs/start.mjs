// The loopback LRS for Sideline's tests: Learning Locker's statements service (xapi-statements 5.0.1),
// started by the test itself on 127.0.0.1 with its in-memory store.
//
// xapi-statements takes its settings from environment variables (see dist/config.js and .env.example
// in the package). We pick the ones that need nothing outside this process:
//   MODELS_REPO=memory   statements live in memory (no Mongo)
//   EVENTS_REPO=test     its fake events repo (no Redis)
//   AUTH_REPO=fetch      it asks a "client info" endpoint who a request's Authorization header belongs
//                        to, as it does inside Learning Locker. We serve that endpoint here, with one
//                        known basic-auth client: the right key and secret get a client with every
//                        scope; anything else gets 404, which xapi-statements answers with 401.
//   STORAGE_REPO=local   attachments (we send none) and access logs go to a temporary folder.
//
// Usage:
//   const lrs = await startLrs({ port: 8123 });
//   lrs.url      'http://127.0.0.1:8123/xAPI'  (the xAPI endpoint; statements at `${url}/statements`)
//   lrs.key, lrs.secret                        the basic-auth client
//   await lrs.statements()                     every statement stored, read back through the xAPI
//   await lrs.stop()

import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const serviceEntry = join(here, 'node_modules/xapi-statements/dist/index.js');

const client = {
  _id: '5f0000000000000000000001',
  title: 'Sideline test client',
  authority: {
    objectType: 'Agent',
    name: 'Sideline test client',
    mbox: 'mailto:lrs-test@sideline.invalid',
  },
  isTrusted: true,
  lrs_id: '5f0000000000000000000002',
  organisation: '5f0000000000000000000003',
  scopes: ['all'],
};

/** Starts a server on 127.0.0.1 and resolves its port (0 asks the system for a free one). */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
}

function freePort() {
  const probe = createServer();
  return listen(probe, 0).then(
    (port) => new Promise((resolve) => probe.close(() => resolve(port))),
  );
}

/**
 * @param {{ port?: number, key?: string, secret?: string }} [options]
 * @returns {Promise<{ url: string, key: string, secret: string, authorization: string,
 *   statements: () => Promise<object[]>, stop: () => Promise<void> }>}
 */
export async function startLrs({
  port = 0,
  key = 'sideline-test-key',
  secret = 'sideline-test-secret',
} = {}) {
  if (!existsSync(serviceEntry)) {
    throw new Error(
      'The test LRS is not installed. Run `npm ci --prefix tests/lrs` (its own package and lockfile).',
    );
  }
  const authorization = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

  // Learning Locker's "client info" endpoint, reduced to the one client.
  const clientInfo = createServer((request, response) => {
    const known = request.headers.authorization === authorization;
    response.writeHead(known ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(known ? client : { message: 'No client for these credentials' }));
  });
  const clientInfoPort = await listen(clientInfo, 0);

  const lrsPort = port || (await freePort());
  const scratch = mkdtempSync(join(tmpdir(), 'sideline-lrs-'));
  const child = fork(serviceEntry, [], {
    cwd: scratch, // dotenv reads .env from here: there is none, so only the variables below count
    env: {
      PATH: process.env.PATH,
      EXPRESS_PORT: String(lrsPort),
      MODELS_REPO: 'memory',
      EVENTS_REPO: 'test',
      AUTH_REPO: 'fetch',
      LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${clientInfoPort}/auth/client/info`,
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: join(scratch, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: join(scratch, 'accessLogs'),
      EXPRESS_BODY_PARSER_LIMIT: '10mb',
      // Store a statement fully before answering, so a read straight after a write sees it.
      SERVICE_AWAIT_UPDATES: 'true',
      WINSTON_CONSOLE_LEVEL: process.env.SIDELINE_LRS_LOG ?? 'error',
      WINSTON_CLOUDWATCH_ENABLED: 'false',
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    },
    // Listen on 127.0.0.1 only (the service itself would listen on every interface).
    execArgv: ['--import', pathToFileURL(join(here, 'loopback.mjs')).href],
    // Its log goes to stdout: shown only when asked for (SIDELINE_LRS_LOG=info).
    stdio: ['ignore', process.env.SIDELINE_LRS_LOG ? 'inherit' : 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The test LRS did not start within 20 seconds.')),
      20_000,
    );
    child.once('message', (message) => {
      if (message === 'ready') {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The test LRS stopped while starting (exit code ${code}).`));
    });
  });

  const url = `http://127.0.0.1:${lrsPort}/xAPI`;
  const lrs = {
    url,
    key,
    secret,
    authorization,
    /** Every statement the LRS holds, read page by page through its own xAPI GET. */
    async statements() {
      const found = [];
      let next = `${url}/statements?limit=500`;
      while (next) {
        const response = await fetch(next, {
          headers: { authorization, 'x-experience-api-version': '1.0.3' },
        });
        if (!response.ok) throw new Error(`The test LRS answered ${response.status} to ${next}`);
        const page = await response.json();
        found.push(...page.statements);
        next = page.more ? new URL(page.more, `http://127.0.0.1:${lrsPort}`).href : '';
      }
      return found;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await new Promise((resolve) => clientInfo.close(() => resolve()));
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  return lrs;
}
