/**
 * A PMO makes an assignment link; a learner opens it in a fresh browser, adds it once (not twice),
 * makes some progress, and saves a progress report that holds exactly what the page said it would.
 * Bad links change nothing. Axe runs on every state of these pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { recordedStatements, seedActivity } from '../fixtures/reports/browser';

// Axe runs many times in each test; on a busy two-core machine one run can take half a minute.
test.describe.configure({ timeout: 600_000 });
// Islands hydrate slowly on a loaded machine: allow each check longer than the default five seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

/** Steps in the path, counted from the files: every step of the course, plus its two scenarios. */
function pathSteps(): number {
  const dir = join(import.meta.dirname, '../../courses/delivery-lead-essentials');
  const modules = readdirSync(dir).filter((name) => /^\d/.test(name));
  const steps = modules.flatMap((module) =>
    readdirSync(join(dir, module)).filter(
      (file) =>
        file.endsWith('.mdx') ||
        ['quiz.yaml', 'scenario.yaml', 'video.yaml', 'practice.yaml'].includes(file),
    ),
  );
  return steps.length + 2;
}

const COURSE = {
  kind: 'course' as const,
  id: 'delivery-lead-essentials',
  title: 'Delivery lead essentials',
};

async function makeLink(page: Page): Promise<string> {
  await page.goto('/pmo/assign/');
  await expect(page.getByRole('heading', { level: 1, name: 'Assign learning' })).toBeVisible();
  await expectNoAxeViolations(page, 'assignment builder, empty');

  // Nothing filled in: the error summary lists the missing name and links to the field.
  await page.getByRole('button', { name: 'Create link' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', { name: 'Enter your name, so the learner knows who assigned it' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'assignment builder, with errors');

  await page.getByLabel('Learning path', { exact: true }).selectOption('first-time-delivery-lead');
  // The number of days has room for five digits under its own label (it was 24 px, a radio's width).
  const days = page.getByLabel('Number of days', { exact: true });
  await expect(page.locator('label[for="assign-due-days"]')).toHaveText('Number of days');
  const room = await days.evaluate((input) => {
    const style = getComputedStyle(input);
    const probe = document.createElement('span');
    probe.textContent = '00000';
    probe.style.font = style.font;
    probe.style.position = 'absolute';
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    const inside =
      input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { inside, needed };
  });
  expect(room.inside).toBeGreaterThanOrEqual(room.needed);
  await days.fill('30');
  await page.getByLabel('Your name', { exact: true }).fill('Priya Shah');
  await page.getByLabel('Team (optional)').fill('Corporate PMO');
  await page
    .getByLabel('Message (optional)')
    .fill('<b>Welcome!</b> Please finish before your first board.');
  await page.getByRole('button', { name: 'Create link' }).click();

  await expect(page.getByRole('heading', { name: 'Your assignment link' })).toBeFocused();
  await expect(page.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Link copied|The link is selected/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'assignment builder, link made');
  const link = await page.getByLabel(/Link for/).inputValue();
  expect(link).toMatch(/\/assignment\/#a=[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  return link;
}

async function freshLearner(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('a PMO assigns a path; the learner adds it once, progresses and shares a report', async ({
  browser,
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = await makeLink(page);

  const learner = await freshLearner(browser);
  await learner.goto(link);
  await expect(learner.getByRole('heading', { name: 'First-time delivery lead' })).toBeVisible();
  await expect(learner.getByText('Priya Shah, Corporate PMO')).toBeVisible();
  // The message is shown as text, never as markup.
  await expect(
    learner.getByText('<b>Welcome!</b> Please finish before your first board.'),
  ).toBeVisible();
  await expect(learner.locator('.assignment-message b')).toHaveCount(0);
  await expect(learner.getByText(/Within 30 days of adding it/)).toBeVisible();
  await expectNoAxeViolations(learner, 'assignment link opened');

  await learner.getByRole('button', { name: 'Add to my learning' }).click();
  await expect(
    learner.getByRole('status').filter({ hasText: 'Added to your learning' }),
  ).toBeFocused();
  await expectNoAxeViolations(learner, 'assignment added');

  // Opening the same link again adds nothing.
  await learner.goto('/');
  await learner.goto(link);
  await expect(learner.getByText(/This is already in your learning/)).toBeVisible();
  await expect(learner.getByRole('button', { name: 'Add to my learning' })).toHaveCount(0);
  await expectNoAxeViolations(learner, 'assignment opened again');
  const assignments = (await recordedStatements(learner)).filter(
    (s) => s.verb.id === 'https://sideline.example/activities/verbs/assigned',
  );
  expect(assignments).toHaveLength(1);
  const assignmentId = assignments[0]!.object.id.split('assignment-')[1]!;

  // Some progress: two lessons read and the first module's quiz passed.
  await seedActivity(learner, [
    {
      verb: 'experienced',
      activity: {
        kind: 'lesson',
        id: 'delivery-lead-who-answers-for-what',
        title: 'Who answers for what',
      },
      context: { course: COURSE },
    },
    {
      verb: 'experienced',
      activity: {
        kind: 'lesson',
        id: 'delivery-lead-mapping-your-chain',
        title: 'Mapping your chain',
      },
      context: { course: COURSE },
    },
    {
      verb: 'passed',
      activity: { kind: 'quiz', id: 'delivery-accountability-chain-quiz', title: 'Quiz' },
      result: { success: true, score: { scaled: 1 } },
      context: { course: COURSE },
    },
  ]);
  await learner.goto('/paths/');
  const assigned = learner.getByRole('region', { name: 'Assigned to you' });
  const item = assigned
    .getByRole('listitem')
    .filter({ has: learner.getByRole('link', { name: 'First-time delivery lead', exact: true }) });
  await expect(item).toContainText('In progress');
  await expect(item).toContainText(`3 of ${pathSteps()} steps done`);
  await expectNoAxeViolations(learner, 'learning paths with an assignment');

  // My learning puts the assignment first, with who asked, the due date and the next action.
  await learner.goto('/my-learning/');
  const mine = learner.getByRole('region', { name: 'Assigned to you' });
  const mineItem = mine.getByRole('listitem').filter({ hasText: 'First-time delivery lead' });
  await expect(mineItem).toContainText('From Priya Shah, Corporate PMO');
  await expect(mineItem).toContainText(/due \d{1,2} \w+ \d{4}/);
  await expect(
    mineItem.getByRole('link', { name: /^Continue First-time delivery lead: / }),
  ).toBeVisible();
  const headings = await learner.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Assigned to you')).toBeLessThan(headings.indexOf('In progress'));
  await expectNoAxeViolations(learner, 'My learning with an assignment');
  await learner.goto('/paths/');

  await assigned.getByRole('link', { name: 'First-time delivery lead', exact: true }).click();
  await expect(learner).toHaveURL(new RegExp(`/assignment/\\?id=${assignmentId}`));
  await expect(learner.getByText(`In progress: 3 of ${pathSteps()} steps done.`)).toBeVisible();
  await expectNoAxeViolations(learner, 'assignment progress');

  // Opened without naming the assignment, the report still covers it, not the whole record: the
  // least that answers the PMO's request.
  await learner.goto('/paths/share/');
  await expect(
    learner.getByRole('radio', { name: /My progress on “First-time delivery lead”/ }),
  ).toBeChecked();
  await expect(
    learner
      .getByRole('region', { name: 'What your report contains' })
      .getByRole('definition')
      .first(),
  ).toHaveText('“First-time delivery lead”');
  await learner.goBack();

  await learner.getByRole('link', { name: 'Share my progress with Priya Shah' }).click();
  await expect(
    learner.getByRole('radio', { name: /My progress on “First-time delivery lead”/ }),
  ).toBeChecked();
  await learner.getByLabel('Your name in the report (optional)').fill('Sam Patel');
  const preview = learner.getByRole('region', { name: 'What your report contains' });
  await expect(preview).toContainText('4 things you did, on 4 activities');
  await expect(preview).toContainText('Sam Patel');
  await learner.getByText('Show the file exactly as it will be saved').click();
  const shown = await learner.getByLabel('The report file').textContent();
  await expectNoAxeViolations(learner, 'share my progress, file shown');

  const download = learner.waitForEvent('download');
  await learner.getByRole('button', { name: 'Save the report' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sideline-progress-sam-patel-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = readFileSync(await file.path(), 'utf8');
  expect(saved).toBe(shown);
  const report = JSON.parse(saved) as {
    scope: { kind: string; assignmentId: string };
    statements: { actor: { name?: string } }[];
  };
  expect(report.scope).toMatchObject({ kind: 'assignment', assignmentId });
  expect(report.statements).toHaveLength(4);
  expect(report.statements.every((s) => s.actor.name === 'Sam Patel')).toBe(true);
  await expect(
    learner.getByRole('status').filter({ hasText: /^Saved as sideline-progress-sam-patel/ }),
  ).toBeVisible();

  // Saved compressed, the file is standard gzip and opens to exactly the text the preview shows.
  await learner.getByRole('checkbox', { name: /Save it compressed/ }).check();
  await expect(learner.getByLabel('The report file')).toHaveText(shown!);
  const compressedDownload = learner.waitForEvent('download');
  await learner.getByRole('button', { name: 'Save the report' }).click();
  const compressed = await compressedDownload;
  expect(compressed.suggestedFilename()).toMatch(/^sideline-progress-sam-patel-.+\.json\.gz$/);
  expect(gunzipSync(readFileSync(await compressed.path())).toString('utf8')).toBe(shown);
  await learner.context().close();
});

test('bad assignment links show a plain message and change nothing', async ({ browser, page }) => {
  const link = await makeLink(page);
  const hash = link.slice(link.indexOf('#'));
  const body = hash.slice(3, hash.lastIndexOf('.'));
  const check = hash.slice(hash.lastIndexOf('.') + 1);
  const flipped = body.slice(0, 20) + (body[20] === 'A' ? 'B' : 'A') + body.slice(21);
  const cases = [
    ['garbled', '#a=not-a-real-assignment', /incomplete or damaged/],
    ['truncated', hash.slice(0, hash.length - 25), /incomplete or damaged/],
    ['tampered', `#a=${flipped}.${check}`, /changed since it was made|incomplete or damaged/],
    ['huge', `#a=${'A'.repeat(7000)}.00000000`, /far longer than any assignment link/],
  ] as const;

  const learner = await freshLearner(browser);
  for (const [what, badHash, message] of cases) {
    await learner.goto(`/assignment/${badHash}`);
    const alert = learner.getByRole('alert');
    await expect(alert, what).toContainText('This assignment link cannot be opened');
    await expect(alert, what).toContainText(message);
    await expect(alert, what).toContainText('Nothing has been added to your learning.');
    await expect(learner.getByRole('button', { name: 'Add to my learning' })).toHaveCount(0);
    await expectNoAxeViolations(learner, `bad link: ${what}`);
  }
  expect(await recordedStatements(learner)).toEqual([]);
  await learner.context().close();
});
