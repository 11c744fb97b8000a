/**
 * A heavy learner's record (100,000 statements: years of use, or an organisation's shared device),
 * put straight into IndexedDB with the record's own statement builder and one Dexie bulkPut
 * (tests/fixtures/records/seed-page.ts). The site still opens, My learning lists every course with
 * its progress, "Download my record" saves every statement, and the file imports again into an empty
 * browser: a learner can always restore their own record.
 */
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const STATEMENTS = 100_000;

async function seedScript(): Promise<string> {
  const bundle = await build({
    entryPoints: ['tests/fixtures/records/seed-page.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return bundle.outputFiles[0]!.text;
}

test('a record of 100,000 statements opens, shows progress, downloads whole and imports again', async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  await page.goto('/my-learning/');
  // Evaluated rather than added as a script tag: the site's CSP refuses inline scripts.
  await page.evaluate(await seedScript());
  const seeded = await page.evaluate(
    (count) =>
      (
        window as unknown as {
          seedLargeRecord: (n: number) => Promise<{ progress: Record<string, string> }>;
        }
      ).seedLargeRecord(count),
    STATEMENTS,
  );
  expect(Object.keys(seeded.progress).length).toBeGreaterThan(0);

  await page.goto('/my-learning/');
  const slow = { timeout: 120_000 };
  for (const [title, done] of Object.entries(seeded.progress)) {
    const course = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title }) });
    await expect(course.getByText(done, { exact: true }), title).toBeVisible(slow);
  }

  const downloading = page.waitForEvent('download', slow);
  await page.getByRole('button', { name: 'Download my record' }).click();
  const file = await (await downloading).path();
  await expect(page.getByRole('status').filter({ hasText: 'has been downloaded' })).toContainText(
    `(${STATEMENTS} entries)`,
    slow,
  );
  const downloaded = JSON.parse(readFileSync(file, 'utf8')) as { statements: { id: string }[] };
  expect(new Set(downloaded.statements.map((s) => s.id)).size).toBe(STATEMENTS);

  const elsewhere = await browser.newContext();
  const empty = await elsewhere.newPage();
  await empty.goto('/my-learning/');
  await empty.getByLabel('Choose a record file').setInputFiles(file);
  await empty.getByRole('button', { name: 'Import record' }).click();
  await expect(empty.getByRole('status').filter({ hasText: 'Record imported' })).toHaveText(
    `Record imported. ${STATEMENTS} entries added.`,
    { timeout: 300_000 },
  );
  await elsewhere.close();
});
