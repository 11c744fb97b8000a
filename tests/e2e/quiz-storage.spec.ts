/**
 * A quiz when the learning record is under strain: the device's storage fills up in the middle of it
 * (the learner is told beside the quiz, loses nothing, and the answer is saved on its own once there
 * is room), and two tabs, one offline, answering the same quiz (the record keeps both attempts, and
 * the course page shows the best result, as it says it will).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import { answerRight, quizFile, quizPage, type QuizQuestionFile } from './quiz-answers';

/** Gives some answer to the question on screen, whatever its type (an ordering is always an answer). */
async function answerSomething(page: Page) {
  const radios = page.getByRole('radio');
  const boxes = page.getByRole('checkbox');
  const selects = page.getByRole('combobox');
  if ((await radios.count()) > 0) await radios.first().check();
  else if ((await boxes.count()) > 0) await boxes.first().check();
  else for (const select of await selects.all()) await select.selectOption({ index: 1 });
}

async function checkAnswer(page: Page) {
  await answerSomething(page);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Correct|Not quite/ })).toBeVisible();
}

/** The learner's downloaded record: its statements' verbs and activity ids. */
async function downloadedRecord(page: Page): Promise<{ verb: string; activity: string }[]> {
  await page.goto('/my-learning/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my record' }).click();
  const file = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as {
    statements: { verb: { id: string }; object: { id: string } }[];
  };
  return file.statements.map((s) => ({
    verb: s.verb.id.split('/').pop() ?? '',
    activity: s.object.id,
  }));
}

test('storage full mid-quiz: the learner is told, nothing is lost, and the answer is saved once there is room', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A disk that fills up on demand: every IndexedDB write fails as a full disk does, until it is freed.
  await page.addInitScript(() => {
    const flags = window as unknown as { diskFull: boolean };
    flags.diskFull = false;
    const store = IDBObjectStore.prototype;
    const { add, put } = Object.getOwnPropertyDescriptors(store);
    for (const [method, original] of [
      ['add', add],
      ['put', put],
    ] as const) {
      const write = original?.value as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
      Object.defineProperty(store, method, {
        ...original,
        value(this: IDBObjectStore, ...args: unknown[]) {
          if (flags.diskFull)
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return write.apply(this, args);
        },
      });
    }
  });
  await page.goto(quizPage);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await checkAnswer(page);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText('Question 2 of')).toBeVisible();

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  await checkAnswer(page);
  const quiz = page.locator('.quiz');
  await expect(quiz.getByRole('status').filter({ hasText: 'not saved yet' })).toContainText(
    'out of storage space',
  );
  await expectNoAxeViolations(page, 'quiz, answers not saved');

  // Space is freed elsewhere; the learner does nothing more on the page.
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
  await expect(quiz.getByRole('status').filter({ hasText: /saved/ })).toHaveText(
    'Your answers are saved on this device.',
    { timeout: 20_000 },
  );

  await page.reload();
  await expect(page.getByText('Question 2 of')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Correct|Not quite/ })).toBeVisible();
  const answered = (await downloadedRecord(page)).filter((s) => s.verb === 'answered');
  expect(answered).toHaveLength(2);
});

test('two tabs, one offline, answer the same quiz: both attempts are kept and the best result shows', async ({
  page: online,
  context,
}) => {
  test.setTimeout(180_000);
  const { questions } = parse(readFileSync(quizFile, 'utf8')) as { questions: QuizQuestionFile[] };
  const offline = await context.newPage();
  await offline.goto(quizPage);
  await offline.getByRole('button', { name: 'Start quiz' }).click();
  await expect(offline.getByText('Question 1 of')).toBeVisible();
  await offline.waitForTimeout(500); // the started attempt is saved
  // The second tab resumes the attempt the first one started: they share the saved attempt.
  await online.goto(quizPage);
  await expect(online.getByText('Question 1 of')).toBeVisible();
  // This tab alone loses its connection (a train); the other stays online.
  const network = await context.newCDPSession(offline);
  await network.send('Network.enable');
  await network.send('Network.emulateNetworkConditions', {
    offline: true,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });

  // Online, every answer right: a pass. Offline, finishing afterwards: some answer to each question.
  for (const [tab, give] of [
    [online, (tab: Page) => answerRight(tab, questions)],
    [offline, answerSomething],
  ] as const) {
    for (let i = 0; i < questions.length; i++) {
      await give(tab);
      await tab.getByRole('button', { name: 'Check answer' }).click();
      const last = i === questions.length - 1;
      await tab.getByRole('button', { name: last ? 'See your result' : 'Next question' }).click();
    }
    await expect(tab.getByText(/You passed\.|You did not pass this time\./)).toBeVisible();
  }
  const offlineScore = await offline.getByText(/You answered \d+ of \d+/).textContent();

  const results = (await downloadedRecord(online)).filter(
    (s) => s.verb === 'completed' && s.activity.endsWith('/sponsor-accountability-quiz'),
  );
  expect(results, `the offline attempt: ${offlineScore}`).toHaveLength(2);
  await online.goto('/courses/sponsor-induction/');
  await expect(
    online.getByRole('listitem').filter({ hasText: 'Best score 100%, passed' }).first(),
  ).toBeVisible();
});
