/**
 * Sending the learning record to a real LRS: Learning Locker's statements service, started here on
 * 127.0.0.1 (tests/lrs). A record of 1,000 statements is sent with the learner's consent; the browser
 * goes offline mid-way, comes back, and is closed and opened again mid-way; the LRS ends up holding
 * every statement exactly once, each valid xAPI 1.0.3. Wrong credentials get a plain message and
 * change nothing.
 */
import xapiValidation from '@learninglocker/xapi-validation';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { startLrs } from '../lrs/start.mjs';
import { expectNoAxeViolations } from './axe';

// A CommonJS module: Playwright's loader hands over its exports object as the default import.
const validateStatement =
  (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;

const STATEMENTS = 1000;
const endpoint = process.env['SIDELINE_LRS_ENDPOINT'] ?? '';
const host = new URL(endpoint).host;

type Lrs = Awaited<ReturnType<typeof startLrs>>;
let lrs: Lrs;

// One LRS for the file, on the port the build names: its tests run one after another.
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  lrs = await startLrs({ port: Number(new URL(endpoint).port) });
});
test.afterAll(async () => {
  await lrs?.stop();
});

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Opens My learning with a record of `count` statements (the large-record test's seeding). */
async function openWithRecord(page: Page, count: number): Promise<void> {
  await page.goto('/my-learning/');
  // Evaluated rather than added as a script tag: the site's CSP refuses inline scripts.
  await page.evaluate(await bundle('tests/fixtures/records/seed-page.ts'));
  await page.evaluate(
    (n) =>
      (window as unknown as { seedLargeRecord: (n: number) => Promise<unknown> }).seedLargeRecord(
        n,
      ),
    count,
  );
  await page.goto('/my-learning/');
}

interface Ledger {
  statementIds: string[];
  sentIds: string[];
  connected: boolean;
}

async function ledger(page: Page): Promise<Ledger> {
  await page.evaluate(await bundle('tests/fixtures/lrs/ledger-page.ts'));
  return page.evaluate(
    (url) => (window as unknown as { lrsLedger: (url: string) => Promise<Ledger> }).lrsLedger(url),
    endpoint,
  );
}

async function agree(page: Page, key: string, secret: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Send your record to your organisation' });
  await section.scrollIntoViewIfNeeded();
  await section.getByLabel('Key', { exact: true }).fill(key);
  await section.getByLabel('Secret', { exact: true }).fill(secret);
  await section
    .getByRole('checkbox', { name: `I agree to send my learning record to ${host}` })
    .check();
  await section.getByRole('button', { name: /Start sending|Try these details/ }).click();
}

test('My learning may connect to the configured LRS and nowhere else; other pages name no LRS', async ({
  request,
}) => {
  const cspOf = async (path: string) =>
    /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(
      await (await request.get(path)).text(),
    )?.[1] ?? '';
  const origin = new URL(endpoint).origin;
  const directives = (await cspOf('/my-learning/')).split(';').map((part) => part.trim());
  expect(directives).toContain(`connect-src 'self' ${origin}`);
  expect(await cspOf('/')).not.toContain(origin);
});

test('wrong credentials: a plain message, nothing sent, nothing marked, the record unchanged', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openWithRecord(page, STATEMENTS);
  const before = await ledger(page);
  expect(before.statementIds).toHaveLength(STATEMENTS);

  // Without consent and a key, nothing is sent: the form says what is missing.
  const section = page.getByRole('region', { name: 'Send your record to your organisation' });
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('button', { name: 'Start sending' }).click();
  await expect(
    section.getByText(`Tick the box to agree to send your record to ${host}`),
  ).toBeVisible();
  await expect(section.getByText('Enter the key your organisation gave you')).toBeVisible();
  await expectNoAxeViolations(page, 'LRS form with errors');

  await agree(page, lrs.key, 'not-the-secret');
  await expect(page.getByRole('alert')).toContainText(
    `${host} did not accept your details (it answered 401). Nothing was lost: your record is unchanged`,
  );
  await expect(page.getByRole('status').filter({ hasText: host })).toHaveText(
    `Nothing has been sent to ${host} yet. Your record holds ${STATEMENTS} statements.`,
  );
  await expectNoAxeViolations(page, 'LRS credentials refused');
  const after = await ledger(page);
  expect(after.statementIds.sort()).toEqual(before.statementIds.sort());
  expect(after.sentIds).toEqual([]);
  expect(await lrs.statements()).toEqual([]);
});

test('1,000 statements reach the LRS exactly once, through going offline and closing the browser mid-sync', async ({
  context,
  page,
}) => {
  test.setTimeout(240_000);
  await openWithRecord(page, STATEMENTS);
  const { statementIds } = await ledger(page);

  // The LRS's requests pass through here so each interruption comes at a known batch.
  let phase: 'first' | 'offline' | 'online' = 'first';
  let posts = 0;
  let signal = (): void => {};
  const reached = () => new Promise<void>((resolve) => (signal = resolve));
  let interrupted = reached();
  let wentOffline = (): void => {};
  const offline = new Promise<void>((resolve) => (wentOffline = resolve));
  await page.route('**/xAPI/statements', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    posts += 1;
    if (phase === 'first' && posts === 4) {
      // The fourth batch is under way when the connection drops.
      signal();
      await offline;
      return route.abort('internetdisconnected');
    }
    // Playwright's offline mode, made certain for requests that pass through here.
    if (phase === 'offline') return route.abort('internetdisconnected');
    if (phase === 'online' && posts === 3) {
      // The LRS stores this batch, but the page is closed before the answer arrives: the next visit
      // sends it again (Learning Locker accepts an unchanged resend and stores it once).
      await route.fetch();
      signal();
      return;
    }
    return route.continue();
  });

  await agree(page, lrs.key, lrs.secret);
  await interrupted;
  await context.setOffline(true);
  phase = 'offline';
  wentOffline();
  await expect(page.getByText(`${host} cannot be reached just now`)).toBeVisible();
  expect(await lrs.statements()).toHaveLength(300);

  // Back online: it carries on by itself, until the page is closed with a batch stored unanswered.
  phase = 'online';
  posts = 0;
  interrupted = reached();
  await context.setOffline(false);
  await interrupted;
  expect(await lrs.statements()).toHaveLength(600);
  await page.close();

  // The next visit resumes where the last one stopped.
  const next = await context.newPage();
  // It sends only what the LRS has not acknowledged: the unanswered batch and the four never sent.
  let resent = 0;
  next.on('request', (request) => {
    if (request.url().endsWith('/xAPI/statements') && request.method() === 'POST') {
      resent += (JSON.parse(request.postData() ?? '[]') as unknown[]).length;
    }
  });
  await next.goto('/my-learning/');
  await next
    .getByRole('region', { name: 'Send your record to your organisation' })
    .scrollIntoViewIfNeeded();
  await expect(next.getByRole('status').filter({ hasText: host })).toContainText(
    `${STATEMENTS} of ${STATEMENTS} statements sent to ${host}, last at`,
    { timeout: 60_000 },
  );

  expect(resent).toBe(500);
  const held = (await lrs.statements()) as { id: string }[];
  const heldIds = held.map((statement) => statement.id);
  expect(heldIds).toHaveLength(STATEMENTS);
  expect(new Set(heldIds).size).toBe(STATEMENTS);
  expect(heldIds.sort()).toEqual([...statementIds].sort());
  const after = await ledger(next);
  expect(after.sentIds.sort()).toEqual([...statementIds].sort());

  // What the LRS stored (what we sent, plus its own stored, authority and version) is valid xAPI 1.0.3.
  const invalid = held.flatMap((statement) => {
    const errors = validateStatement(statement);
    return errors.length ? [{ statement, errors }] : [];
  });
  expect(invalid.slice(0, 3)).toEqual([]);
});
