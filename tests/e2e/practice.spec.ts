/**
 * A practice task, as a learner does it: writes an answer (saved as they type), reloads, goes offline
 * and finds it still there; compares it with the model, ticks the rubric and shares the answer; then
 * sees the result on My learning and the course page, in the report they save, and in the PMO's
 * insights from that report. Axe runs on every state.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForOfflineCopy } from './offline-ready';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';

test.use({ serviceWorkers: 'allow' });

const taskPage = '/courses/sponsor-induction/sponsor-agree-time-plan/';
const taskFile = 'courses/sponsor-induction/02-making-time/practice.yaml';
const task = parse(readFileSync(taskFile, 'utf8')) as {
  id: string;
  title: string;
  prompt: string;
  rubric: { id: string; text: string }[];
};

const ANSWER = [
  'Business case: one day a week. Contract award: two days a week in August.',
  'Thursday mornings are blocked for the project.',
  'Warning signs: <b>a deputy who cannot decide</b>, decisions waiting ten days, unread papers.',
].join('\n');

/** Whether the saved attempt holds "include my answer in reports", read from IndexedDB. */
function savedShareChoice(page: Page): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('sideline-learning-record');
        open.onsuccess = () => {
          const get = open.result.transaction('attempts').objectStore('attempts').get(key);
          get.onsuccess = () =>
            resolve(
              (get.result as { snapshot?: { share?: unknown } } | undefined)?.snapshot?.share,
            );
          get.onerror = () => resolve(undefined);
        };
        open.onerror = () => resolve(undefined);
      }),
    `practice:${task.id}`,
  );
}

test('a learner writes, reloads, goes offline, compares, assesses and shares a practice answer', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000); // installs the site for offline use, then goes through every stage
  await page.goto(taskPage);
  await expect(page.getByRole('heading', { level: 1, name: task.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'The brief' }).getByRole('table')).toBeVisible();
  const box = page.getByLabel(task.prompt);
  // The island wakes when the learner scrolls to it; until it has read any saved answer, the box
  // is read-only, so nothing typed is lost.
  await box.scrollIntoViewIfNeeded();
  await expect(box).toBeEditable();
  await expectNoAxeViolations(page, 'practice, writing');

  // Nothing written: a plain error that leads to the box.
  await page.getByRole('button', { name: 'Compare with the model answer' }).click();
  const problem = page.getByRole('alert');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('Write your answer before you compare it');
  await expectNoAxeViolations(page, 'practice, nothing written');
  await problem.getByRole('link').click();
  await expect(box).toBeFocused();

  // Typed as a learner types; saved as they go.
  await box.pressSequentially(ANSWER.slice(0, 40));
  await box.fill(ANSWER);
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible();
  await expect(page.getByText('34 words')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel(task.prompt)).toHaveValue(ANSWER);

  // Offline: the page and the answer are both still there.
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByLabel(task.prompt)).toHaveValue(ANSWER);

  // Compare: the learner's words as text, the model, the rubric.
  await page.getByRole('button', { name: 'Compare with the model answer' }).click();
  await expect(
    page.getByRole('heading', { name: 'Compare your answer with the model' }),
  ).toBeFocused();
  await expect(page.getByRole('region', { name: 'Your answer' })).toContainText(
    '<b>a deputy who cannot decide</b>',
  );
  const model = page.getByRole('region', { name: 'A model answer' });
  await expect(model.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page, 'practice, comparing');

  const rubric = page.getByRole('group', { name: 'Which of these does your answer do?' });
  await expect(rubric.getByRole('checkbox')).toHaveCount(task.rubric.length);
  for (const criterion of task.rubric.slice(0, 3)) {
    await rubric.getByLabel(criterion.text).check();
  }
  await page.getByLabel('Include the text of my answer in progress reports I share').check();
  // The comparison survives a reload too, ticks and choice included, once it is saved (a write still
  // under way when the page unloads can be lost, as in any browser storage).
  await expect.poll(() => savedShareChoice(page)).toBe(true);
  await page.reload();
  await expect(page.getByLabel(task.rubric[0]!.text)).toBeChecked();
  await expect(
    page.getByLabel('Include the text of my answer in progress reports I share'),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Save my self-assessment' }).click();

  const result = page.getByRole('heading', {
    name: `Your answer meets 3 of ${task.rubric.length} points`,
  });
  await expect(result).toBeFocused();
  for (const criterion of task.rubric.slice(3)) {
    await expect(page.getByRole('listitem').filter({ hasText: criterion.text })).toBeVisible();
  }
  await expectNoAxeViolations(page, 'practice, assessed');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my answer and the model' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('practice-agree-the-time-you-will-give.html');
  const document = readFileSync(await download.path(), 'utf8');
  expect(document).toContain('&lt;b&gt;a deputy who cannot decide&lt;/b&gt;');
  expect(document).toContain(`my answer meets 3 of ${task.rubric.length} points on the checklist`);
  await context.setOffline(false);

  // My learning and the course page show the result.
  await page.goto('/my-learning/');
  const practice = page.getByRole('region', { name: 'Your practice answers' });
  await expect(practice.getByRole('link', { name: task.title })).toBeVisible();
  await expect(practice).toContainText(
    `Your answer meets 3 of ${task.rubric.length} points, by your own assessment.`,
  );
  await expectNoAxeViolations(page, 'my learning with a practice answer');
  await page.goto('/courses/sponsor-induction/');
  await expect(page.locator('[data-step-detail="sponsor-agree-time-plan"]')).toHaveText(
    `Your answer meets 3 of ${task.rubric.length} points`,
  );

  // The shared report holds the rubric result and, as the learner chose, the answer.
  await page.goto('/paths/share/');
  await page.getByLabel('Your name in the report (optional)').fill('Leah Tran');
  const preview = page.getByRole('region', { name: 'What your report contains' });
  await expect(preview).toContainText('1 practice answer you chose to share, word for word.');
  await expect(preview).toContainText('1 × submitted a practice answer');
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the report' }).click();
  const reportText = readFileSync(await (await saving).path(), 'utf8');
  const report = JSON.parse(reportText) as {
    statements: {
      verb: { id: string };
      result?: { response?: string; score?: { raw: number; max: number } };
    }[];
  };
  const assessed = report.statements.find((s) => s.verb.id.endsWith('/completed'));
  expect(assessed?.result?.score).toMatchObject({ raw: 3, max: task.rubric.length });
  expect(assessed?.result?.response).toBe(ANSWER);

  // The PMO reads the report: the rubric results per point, and the shared answer as text.
  const dir = mkdtempSync(join(tmpdir(), 'sideline-practice-'));
  const file = join(dir, 'leah.json');
  writeFileSync(file, reportText);
  await page.goto('/pmo/insights/');
  await page.locator('#insights-files').setInputFiles([file]);
  await expect(page.getByRole('heading', { name: 'Results', exact: true })).toBeFocused({
    timeout: 60_000,
  });
  const section = page.getByRole('region', { name: 'Practice tasks: rubric results' });
  await expect(section.getByRole('heading', { name: task.title })).toBeVisible();
  await expect(section).toContainText('1 result hidden: fewer than 5 people.');
  await page.getByLabel('Hide groups smaller than this many people').fill('1');
  // The chart is shown; its table is behind a disclosure.
  await section.getByText('Show as a table').click();
  const table = section.getByRole('table');
  await expect(table.getByRole('row', { name: new RegExp(task.rubric[0]!.text) })).toContainText(
    '100%',
  );
  await expect(table.getByRole('row', { name: new RegExp(task.rubric[4]!.text) })).toContainText(
    '0%',
  );
  await section.getByText('1 answer shared with you').click();
  await expect(section.getByText('Leah Tran')).toBeVisible();
  await expect(section).toContainText('<b>a deputy who cannot decide</b>');
  await expectNoAxeViolations(page, 'insights with a practice task');
});

test('the answer is kept when the record cannot be written, and the learner is told', async ({
  page,
}) => {
  // A browser with IndexedDB switched off, as in some private modes.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto(taskPage);
  await page.getByLabel(task.prompt).scrollIntoViewIfNeeded();
  await page.getByLabel(task.prompt).fill('My plan, written with storage off.');
  await expect(page.getByRole('status').filter({ hasText: 'could not be saved' })).toBeVisible();
  await expectNoAxeViolations(page, 'practice, not saved');
  await page.getByRole('button', { name: 'Compare with the model answer' }).click();
  await expect(page.getByRole('region', { name: 'Your answer' })).toContainText(
    'My plan, written with storage off.',
  );
});
