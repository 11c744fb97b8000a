import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';

const course = '/courses/sponsor-induction/';
const lessonA = '/courses/sponsor-induction/sponsor-what-you-own/';
const lessonB = '/courses/sponsor-induction/sponsor-up-and-out/';

async function markDone(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('You have finished this lesson.')).toBeVisible();
}

function statusOf(page: Page, stepId: string) {
  return page.locator(`[data-step-status="${stepId}"]`);
}

/** The learner's record as a download, without the moment it was made. */
async function exportRecord(page: Page): Promise<{ statements: { id: string }[] }> {
  await page.goto('/my-learning/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my record' }).click();
  const download = await downloading;
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    statements: { id: string }[];
  };
  return { statements: file.statements };
}

test('a lesson marked done stays done after a reload and shows on the course page', async ({
  page,
}) => {
  await markDone(page, lessonA);
  await page.reload();
  await expect(page.getByText('You have finished this lesson.')).toBeVisible();
  await page.goto(course);
  await expect(statusOf(page, 'sponsor-what-you-own')).toHaveText('Completed');
  await expect(statusOf(page, 'sponsor-up-and-out')).toHaveText('Not started');
  await expect(page.getByText(/^1 of \d+ steps done$/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue: / })).toBeVisible();
  await expectNoAxeViolations(page, 'course page with progress');
});

test('marking a lesson done by keyboard announces it and keeps focus on the done note', async ({
  page,
}) => {
  await page.goto(lessonA);
  await page.getByRole('button', { name: 'Mark as done' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'You have finished this lesson.' }),
  ).toBeVisible();
  // The note, with the lesson's status and the words, takes focus from the button that went away.
  const doneNote = page.locator('.record-markdone-done');
  await expect(doneNote).toContainText('You have finished this lesson.');
  await expect(doneNote).toBeFocused();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveCount(0);
});

/** Scrolls to the end of the lesson and waits for the page to say it is finished. */
async function readToTheEnd(page: Page) {
  await page.mouse.wheel(0, 100_000);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'You read to the end, so you have finished this lesson.' }),
  ).toBeVisible();
}

test('reading to the end of a lesson marks it done; opening it does not', async ({ page }) => {
  await page.goto(lessonA);
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  await page.waitForTimeout(2000);
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  await readToTheEnd(page);
});

test('a lesson loads no record code until the learner interacts, and reading to the end before it arrives still marks it', async ({
  page,
}) => {
  // No idle moment comes, so only the learner can bring the record; and it arrives slowly, long
  // after they have reached the end of the lesson.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'requestIdleCallback', { value: () => 0 });
  });
  const recordCode: string[] = [];
  await page.route('**/_astro/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    // The record's own module names the meta tag it reads (record/open.ts).
    if (body.includes('sideline-activity-base')) {
      recordCode.push(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
    await route.fulfill({ response, body });
  });
  await page.goto(lessonA);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  expect(recordCode).toEqual([]);
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeHidden();

  await readToTheEnd(page);
  expect(recordCode).not.toEqual([]);
});

test('without JavaScript a lesson shows no button that cannot work, and a course can be started', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lessonA);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Important' })).toHaveCount(0);
  // The course page still offers the way in, and claims no progress it cannot know.
  await page.goto(course);
  const start = page.getByRole('link', { name: 'Start course' });
  await expect(start).toBeVisible();
  await expect(page.getByText(/steps done/)).toHaveCount(0);
  await start.click();
  await expect(page.locator('h1')).toBeVisible();
  await context.close();
});

test('progress survives closing the browser and opening it again with the same storage', async ({
  browser,
  page,
  context,
}) => {
  await markDone(page, lessonA);
  const state = await context.storageState({ indexedDB: true });
  await context.close();
  const reopened = await browser.newContext({ storageState: state });
  const again = await reopened.newPage();
  await again.goto(lessonA);
  await expect(again.getByText('You have finished this lesson.')).toBeVisible();
  await reopened.close();
});

test('two tabs marking different lessons both keep their marks, and a third tab sees both live', async ({
  context,
}) => {
  const overview = await context.newPage();
  await overview.goto(course);
  await expect(statusOf(overview, 'sponsor-what-you-own')).toHaveText('Not started');
  const [first, second] = [await context.newPage(), await context.newPage()];
  await Promise.all([markDone(first, lessonA), markDone(second, lessonB)]);
  await expect(statusOf(overview, 'sponsor-what-you-own')).toHaveText('Completed');
  await expect(statusOf(overview, 'sponsor-up-and-out')).toHaveText('Completed');
});

test('export, delete everything, import: the record comes back exactly', async ({ page }) => {
  await markDone(page, lessonA);
  await markDone(page, lessonB);
  const file = await exportRecordFile(page);
  const before = JSON.parse(file) as { statements: { id: string }[] };
  expect(before.statements.length).toBeGreaterThanOrEqual(2);

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete all my data' }).click();
  await expect(page.getByText('All your data has been deleted from this browser.')).toBeVisible();
  await page.goto(course);
  await expect(statusOf(page, 'sponsor-what-you-own')).toHaveText('Not started');

  await page.goto('/my-learning/');
  await page.getByLabel('Choose a record file').setInputFiles({
    name: 'record.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await page.getByRole('button', { name: 'Import record' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Record imported' })).toBeVisible();
  const after = await exportRecord(page);
  expect(after.statements.map((s) => s.id).sort()).toEqual(
    before.statements.map((s) => s.id).sort(),
  );
  expect(JSON.stringify(after.statements.sort(byId))).toBe(
    JSON.stringify(before.statements.sort(byId)),
  );

  // Importing the same file again changes nothing.
  await page.getByLabel('Choose a record file').setInputFiles({
    name: 'record.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await page.getByRole('button', { name: 'Import record' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Record imported' })).toBeVisible();
  expect((await exportRecord(page)).statements.length).toBe(before.statements.length);
});

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** The full file as downloaded (format, learner, statements). */
async function exportRecordFile(page: Page): Promise<string> {
  await page.goto('/my-learning/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my record' }).click();
  return readFileSync(await (await downloading).path(), 'utf8');
}

test('bad record files are refused with a plain message and change nothing', async ({ page }) => {
  test.setTimeout(180_000); // one of the files is 20 MB
  await markDone(page, lessonA);
  const good = await exportRecordFile(page);
  const parsed = JSON.parse(good) as { statements: Record<string, unknown>[] };
  const first = parsed.statements[0]!;
  const scripted = structuredClone(parsed);
  (
    scripted.statements[0] as { object: { definition: { name: Record<string, string> } } }
  ).object.definition.name = {
    'en-GB': '<script>alert(1)</script>',
  };
  const bad: Record<string, string | Buffer> = {
    truncated: good.slice(0, Math.floor(good.length / 2)),
    'wrong format': JSON.stringify({ format: 'something-else', version: 1, statements: [] }),
    'script tag in a name': JSON.stringify(scripted),
    'duplicate ids': JSON.stringify({ ...parsed, statements: [first, first] }),
    '20 MB': Buffer.alloc(20 * 1024 * 1024, 32),
  };
  const before = (await exportRecord(page)).statements;
  for (const [name, content] of Object.entries(bad)) {
    await page.goto('/my-learning/');
    await page.getByLabel('Choose a record file').setInputFiles({
      name: `${name}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    await page.getByRole('button', { name: 'Import record' }).click();
    const alert = page.getByRole('alert').filter({ hasText: /./ });
    await expect(alert, name).toBeVisible();
    await expect(alert, name).toContainText(/not been changed|nothing has changed|unchanged/i);
    if (name === 'truncated') await expectNoAxeViolations(page, 'import error');
  }
  expect((await exportRecord(page)).statements).toEqual(before);
});

test('My learning lists the course in progress, in text, and passes axe', async ({ page }) => {
  await markDone(page, lessonA);
  await page.goto('/my-learning/');
  await expect(page.getByText('In progress').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Sponsor induction/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'with progress');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expectNoAxeViolations(page, 'confirming delete');
});

test('without IndexedDB the lesson still teaches and a banner says progress is not saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await page.goto(lessonA);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Important' })).toContainText(
    'Your progress is not being saved',
  );
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('You have finished this lesson.')).toBeVisible();
  await expectNoAxeViolations(page, 'storage banner');
});

test('another learner’s record asks before it replaces mine, and Keep changes nothing', async ({
  page,
  browser,
}) => {
  // Sam's record, made in a browser of their own.
  const sams = await browser.newContext({ serviceWorkers: 'block' });
  const samsPage = await sams.newPage();
  await markDone(samsPage, lessonB);
  const samsFile = JSON.parse(await exportRecordFile(samsPage)) as {
    learner: { id: string; name?: string };
  };
  await sams.close();
  const file = Buffer.from(
    JSON.stringify({ ...samsFile, learner: { ...samsFile.learner, name: 'Sam Patel' } }),
  );

  // This browser has progress of its own.
  await markDone(page, lessonA);
  const mine = await exportRecordFile(page);
  const chooseSamsFile = async () => {
    await page.getByLabel('Choose a record file').setInputFiles({
      name: 'sam.json',
      mimeType: 'application/json',
      buffer: file,
    });
    await page.getByRole('button', { name: 'Import record' }).click();
  };

  await chooseSamsFile();
  const question = page.getByRole('group', { name: 'Replace your record with this one?' });
  await expect(question).toContainText(
    "This record belongs to Sam Patel, and your record on this device has progress of its own. Sideline never mixes two learners' records, so nothing has been imported yet. Replace your record with it, or keep yours?",
  );
  await expect(
    page.getByRole('heading', { name: 'Replace your record with this one?' }),
  ).toBeFocused();
  await expectNoAxeViolations(page, 'asking whose record to keep');

  await question.getByRole('button', { name: 'Keep my record' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Nothing was imported. Your record has not been changed.' }),
  ).toBeFocused();
  await expect(question).toHaveCount(0);
  expect((await exportRecord(page)).statements).toEqual(
    (JSON.parse(mine) as { statements: unknown[] }).statements,
  );

  await chooseSamsFile();
  await page.getByRole('button', { name: 'Replace my record' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Your record has been replaced with the imported one' }),
  ).toBeVisible();
  const replaced = JSON.parse(await exportRecordFile(page)) as {
    learner: { id: string; name?: string };
  };
  expect(replaced.learner).toEqual({ id: samsFile.learner.id, name: 'Sam Patel' });
  await page.goto(course);
  await expect(statusOf(page, 'sponsor-what-you-own')).toHaveText('Not started');
  await expect(statusOf(page, 'sponsor-up-and-out')).toHaveText('Completed');
});

test('marking a lesson done says so once, and "Mark as not done" undoes it for good', async ({
  page,
}) => {
  await page.goto(lessonA);
  await page.getByRole('button', { name: 'Mark as done' }).click();
  const markDone = page.locator('sideline-mark-done');
  await expect(markDone.getByText('You have finished this lesson.')).toBeVisible();
  // One message, not a note and a second status line saying the same.
  await expect(markDone.getByText(/marked as done/i)).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Mark as not done' });
  await expect(undo).toBeVisible();
  await expectNoAxeViolations(page, 'lesson done, with undo');
  await undo.click();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  await expect(markDone.getByText('You have finished this lesson.')).toBeHidden();
  await expectNoAxeViolations(page, 'lesson marked as not done');
  // Recorded, not just hidden: a reload and the course page agree, and reading to the end of the
  // lesson again does not quietly mark it done over the learner's choice.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  await page.mouse.wheel(0, 100_000);
  await page.waitForTimeout(2500);
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  await page.goto(course);
  await expect(statusOf(page, 'sponsor-what-you-own')).toHaveText('In progress');
});
