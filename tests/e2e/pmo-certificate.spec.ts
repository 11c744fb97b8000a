/**
 * Certificates: until a path is complete the page says what is left; once it is, it shows the
 * learner's name, the path, the date finished and the activities done, and prints without the page
 * chrome or the form. Axe runs on each state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { StatementDraft } from '../../src/record/api';
import { expectNoAxeViolations } from './axe';
import { seedActivity } from '../fixtures/reports/browser';

test.describe.configure({ timeout: 600_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const FOLDER = 'pmo-coach-dont-play';

/** A draft that finishes each step of the course, read from its files. */
function finishEverything(): StatementDraft[] {
  const dir = join(import.meta.dirname, '../../courses', FOLDER);
  const course = { kind: 'course' as const, id: FOLDER, title: 'PMO' };
  const drafts: StatementDraft[] = [];
  for (const module of readdirSync(dir).filter((name) => /^\d/.test(name))) {
    for (const file of readdirSync(join(dir, module))) {
      const text = readFileSync(join(dir, module, file), 'utf8');
      if (file.endsWith('.mdx')) {
        const { id } = parse(text.split('---')[1] ?? '') as { id: string };
        drafts.push({
          verb: 'experienced',
          activity: { kind: 'lesson', id, title: id },
          context: { course },
        });
      } else if (file === 'quiz.yaml') {
        const { id } = parse(text) as { id: string };
        drafts.push({
          verb: 'passed',
          activity: { kind: 'quiz', id, title: id },
          result: { success: true, score: { scaled: 1 } },
          context: { course },
        });
      } else if (['scenario.yaml', 'video.yaml', 'practice.yaml'].includes(file)) {
        const { id } = parse(text) as { id: string };
        const kind = file.replace('.yaml', '') as 'scenario' | 'video' | 'practice';
        drafts.push({
          verb: 'completed',
          activity: { kind, id, title: id },
          context: { course },
          ...(kind === 'scenario' ? { result: { response: 'done' } } : {}),
        });
      }
    }
  }
  return drafts;
}

/** A learner (named, or not) whose record has finished every step of the PMO course. */
async function finishWithLearner(page: Page, name?: string): Promise<StatementDraft[]> {
  // The learner needs a record (and so a learner row) before activity can be added to it: My learning
  // shows its name field once the site has opened (and so made) the record.
  await page.goto('/my-learning/');
  await expect(page.getByLabel('Your name (optional)')).toBeVisible();
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sideline-learning-record');
        open.onsuccess = () => {
          const tx = open.result.transaction('learner', 'readwrite');
          tx.objectStore('learner').put({
            key: 'me',
            id: 'e2e-certificate-learner',
            ...(name ? { name } : {}),
            createdAt: new Date().toISOString(),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    name,
  );
  const drafts = finishEverything();
  await seedActivity(page, drafts);
  return drafts;
}

test('a certificate appears when a path is complete, and prints cleanly', async ({ page }) => {
  await page.goto('/paths/');
  await expect(page.getByText(/Nothing has been assigned to you/)).toBeVisible();

  await page.goto('/certificate/?path=pmo-analyst');
  await expect(
    page.getByText(/Your certificate for “PMO analyst” will be here when you have completed it/),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'certificate, not yet complete');

  const drafts = await finishWithLearner(page, 'Sam Patel');

  await page.goto('/certificate/?path=pmo-analyst');
  const certificate = page.getByRole('article', { name: 'Sam Patel' });
  await expect(certificate).toContainText('Certificate of completion');
  await expect(certificate).toContainText('PMO analyst');
  await expect(certificate.getByRole('listitem')).toHaveCount(drafts.length);
  await expectNoAxeViolations(page, 'certificate, complete');

  await page.getByLabel('Your name, as it should appear on the certificate').fill('Samira Patel');
  await expect(page.getByRole('article', { name: 'Samira Patel' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.locator('.site-header nav:visible, .site-header form:visible')).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Samira Patel' })).toBeVisible();
});

/** The learner's name as the record holds it, read from IndexedDB. */
function savedLearnerName(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('sideline-learning-record');
        open.onsuccess = () => {
          const get = open.result.transaction('learner').objectStore('learner').get('me');
          get.onsuccess = () => resolve((get.result as { name?: unknown } | undefined)?.name);
          get.onerror = () => resolve(undefined);
        };
        open.onerror = () => resolve(undefined);
      }),
  );
}

test('the certificate asks for the name first and keeps it in the record', async ({ page }) => {
  await finishWithLearner(page);
  await page.goto('/certificate/?path=pmo-analyst');
  const field = page.getByLabel('Your name, as it should appear on the certificate');
  await expect(field).toBeVisible();
  await expect(field).toHaveValue('');
  // No certificate, and nothing to print, until there is a name to put on it.
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
  await expect(page.getByText('Name not given')).toHaveCount(0);

  await field.fill('Ada Okafor');
  await field.blur();
  await expect(page.getByRole('article', { name: 'Ada Okafor' })).toBeVisible();
  // Kept as the record's own name: it is there again next time, and on My learning. (Reload once it
  // is written: a write still under way when the page unloads can be lost, as in any browser storage.)
  await expect.poll(() => savedLearnerName(page)).toBe('Ada Okafor');
  await page.reload();
  await expect(page.getByLabel('Your name, as it should appear on the certificate')).toHaveValue(
    'Ada Okafor',
  );
  await expect(page.getByRole('article', { name: 'Ada Okafor' })).toBeVisible();
});

test('printed, the certificate has no header search box, dates smaller than the activities, and room above the note', async ({
  page,
}) => {
  await finishWithLearner(page, 'Sam Patel');
  await page.goto('/certificate/?path=pmo-analyst');
  const certificate = page.getByRole('article', { name: 'Sam Patel' });
  await expect(certificate).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search', { name: 'Site' })).toBeHidden();
  const sizes = await certificate.evaluate((article) => {
    const px = (selector: string) =>
      parseFloat(getComputedStyle(article.querySelector(selector)!).fontSize);
    const items = article.querySelectorAll('.certificate-activities li');
    const last = items[items.length - 1]!.getBoundingClientRect();
    const note = article.querySelector('.certificate-note')!.getBoundingClientRect();
    return {
      activity: px('.certificate-activities li'),
      date: px('.certificate-date'),
      subject: px('.certificate-subject'),
      gapAboveNote: note.top - last.bottom,
    };
  });
  expect(sizes.date).toBeLessThan(sizes.activity);
  expect(sizes.activity).toBeLessThan(sizes.subject);
  // At least a line of space between the last activity and the note.
  expect(sizes.gapAboveNote).toBeGreaterThanOrEqual(sizes.activity);
});
