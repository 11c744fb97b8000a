/**
 * The PMO insights page with reports from several simulated learners (and bad files: damaged, not
 * JSON, empty, one with a due date that cannot be right, and a second report from one learner under
 * another name): the figures
 * shown are checked against figures worked out here, straight from the learners' actions, with each
 * question's right answer and lesson and each choice's and ending's verdict from the course files; a
 * CSV holds the screen's rows in a spreadsheet's columns; the privacy rule is said and kept; each
 * dataset is drawn once, its other view opened by keyboard; "who may need help" matches what the
 * learner's own page says; axe runs on every state.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import type { Assignment } from '../../src/paths/assignments/model';
import { reportOf, statementsOf, type Action, type Learner } from '../fixtures/reports/simulate';

test.describe.configure({ timeout: 600_000 });
// Islands hydrate slowly on a loaded machine: allow each check longer than the default five seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

const COURSE = 'pmo-coach-dont-play';
const QUIZ = 'pmo-coaching-quiz';
const SCENARIO = 'helpful-rescue';
const DAY = 86_400_000;
const root = join(import.meta.dirname, '../..');

/** The course's steps, straight from the files: every lesson, quiz, scenario and video. */
function courseSteps(): { id: string; title: string }[] {
  const dir = join(root, 'courses', COURSE);
  const steps: { id: string; title: string }[] = [];
  for (const module of readdirSync(dir).filter((name) => /^\d/.test(name))) {
    for (const file of readdirSync(join(dir, module))) {
      if (file === 'module.yaml') continue;
      const text = readFileSync(join(dir, module, file), 'utf8');
      const data = parse(file.endsWith('.mdx') ? (text.split('---')[1] ?? '') : text) as {
        id: string;
        title: string;
      };
      steps.push({ id: data.id, title: data.title });
    }
  }
  return steps;
}

const quiz = parse(
  readFileSync(join(root, 'courses', COURSE, '02-coaching-versus-doing/quiz.yaml'), 'utf8'),
) as {
  title: string;
  questions: {
    id: string;
    prompt: string;
    lesson: string;
    options?: { text: string; correct?: boolean }[];
  }[];
};
const scenario = parse(
  readFileSync(join(root, 'courses', COURSE, '02-coaching-versus-doing/scenario.yaml'), 'utf8'),
) as {
  title: string;
  nodes: {
    id: string;
    title: string;
    choices: { id: string; text: string; quality: string; why: string }[];
  }[];
  endings: { id: string; title: string; rank: number }[];
};

const assignment: Assignment = {
  id: 'E2eCohort001',
  title: 'PMO analyst',
  pathId: 'pmo-analyst',
  refs: [
    { kind: 'course', id: COURSE, optional: false },
    { kind: 'module', id: 'delivery-tolerances', optional: true },
    { kind: 'module', id: 'delivery-reporting', optional: true },
  ],
  assignedBy: 'Priya Shah',
  due: { kind: 'within', days: 14 },
  assignedOn: new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10),
};

const [q1, q2] = quiz.questions;
const firstNode = scenario.nodes[0]!;
const choice = (n: number) => firstNode.choices[n]!.id;
const read = (lesson: string): Action => ({ do: 'read', lesson, course: COURSE });
const answer = (question: string, correct: boolean, attempt = 1): Action => ({
  do: 'answer',
  quiz: QUIZ,
  question,
  correct,
  course: COURSE,
  attempt,
});
const failQuiz = (attempt: number): Action => ({
  do: 'quiz',
  quiz: QUIZ,
  passed: false,
  course: COURSE,
  attempt,
});
const choose = (n: number): Action => ({
  do: 'choose',
  scenario: SCENARIO,
  decision: firstNode.id,
  choice: choice(n),
  course: COURSE,
});
const finish = (ending: number): Action => ({
  do: 'finish-scenario',
  scenario: SCENARIO,
  ending: scenario.endings[ending]!.id,
  course: COURSE,
});
const assign: Action = { do: 'assign', assignment };
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const allSteps = courseSteps();
const steps = allSteps.map((step) => step.id);
const learners: Learner[] = [
  {
    id: 'e2e-anna',
    name: 'Anna Field',
    start: daysAgo(3),
    actions: [
      assign,
      ...steps.slice(0, 3).map(read),
      choose(2),
      finish(0),
      answer(q1!.id, true),
      answer(q2!.id, false),
    ],
  },
  {
    id: 'e2e-bola',
    name: 'Bola Ade',
    start: daysAgo(25),
    actions: [
      assign,
      read(steps[0]!),
      choose(0),
      finish(scenario.endings.length - 1),
      answer(q1!.id, false),
      failQuiz(1),
      answer(q1!.id, true, 2),
      failQuiz(2),
    ],
  },
  {
    id: 'e2e-chen',
    name: 'Chen Wu',
    start: daysAgo(20),
    actions: [assign, read(steps[0]!), choose(2), answer(q1!.id, false)],
  },
  {
    id: 'e2e-dev',
    start: daysAgo(2),
    actions: [assign, choose(1), finish(2), answer(q1!.id, false), answer(q2!.id, true)],
  },
  {
    id: 'e2e-eve',
    name: 'Eve Marsh',
    start: daysAgo(1),
    actions: [assign, choose(2), finish(0), answer(q1!.id, true)],
  },
];

/** What each learner did, summarised without the site's code: the figures the page must show. */
function expected() {
  const today = new Date().toISOString().slice(0, 10);
  const byLearner = learners.map((learner) => {
    const statements = statementsOf(learner);
    const added = statements[0]!.timestamp.slice(0, 10);
    const due = new Date(Date.parse(`${added}T00:00:00Z`) + 14 * DAY).toISOString().slice(0, 10);
    const done = new Set(
      learner.actions.flatMap((a) =>
        a.do === 'read' ? [a.lesson] : a.do === 'finish-scenario' ? [a.scenario] : [],
      ),
    );
    const lastAt = Date.parse(statements[statements.length - 1]!.timestamp);
    // The day in this computer's time zone, as the page shows it.
    const last = new Date(lastAt);
    const lastDay = [last.getFullYear(), last.getMonth() + 1, last.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    const failed = learner.actions.filter((a) => a.do === 'quiz' && !a.passed).length;
    return {
      learner,
      due,
      overdue: today > due,
      done: done.size,
      lastDay,
      stuckDays: Math.floor((Date.now() - lastAt) / DAY),
      failed,
    };
  });
  const firstAnswers = (question: string) =>
    learners.flatMap((l) =>
      l.actions
        .filter(
          (a): a is Extract<Action, { do: 'answer' }> =>
            a.do === 'answer' && a.question === question,
        )
        .slice(0, 1),
    );
  const firstChoices = learners.flatMap((l) =>
    l.actions.filter((a): a is Extract<Action, { do: 'choose' }> => a.do === 'choose').slice(0, 1),
  );
  return { byLearner, firstAnswers, firstChoices };
}

async function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

function tableCaptioned(page: Page, caption: string | RegExp): Locator {
  return page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) });
}

function formatDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

test('insights from several learners’ reports match the files, and bad files are skipped', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'sideline-reports-'));
  const madeAt = new Date().toISOString();
  // Every other learner saved their report compressed: the figures must come out the same.
  const files = learners.map((learner, i) => {
    const text = reportOf(
      learner,
      { kind: 'assignment', assignmentId: assignment.id, title: assignment.title },
      madeAt,
    );
    const path = join(dir, `${learner.id}.json${i % 2 ? '.gz' : ''}`);
    writeFileSync(path, i % 2 ? gzipSync(text) : text);
    return path;
  });
  // A compressed report cut short on its way.
  const cutShort = join(dir, 'cut-short.json.gz');
  const whole = gzipSync(reportOf(learners[0]!));
  writeFileSync(cutShort, whole.subarray(0, whole.length / 2));
  const bad = ['bad-tampered.json', 'bad-not-json.json'].map((name) =>
    join(root, 'tests/fixtures/reports', name),
  );
  // An empty file, and a report from another learner whose due date cannot be shown: before, the
  // first was skipped with no advice and the second blanked the page ("Invalid time value").
  const empty = join(dir, 'empty.json');
  writeFileSync(empty, '{}\n');
  const soon = JSON.parse(reportOf({ ...learners[0]!, id: 'e2e-zed', name: 'Zed Soon' })) as {
    statements: { result?: { extensions?: Record<string, unknown> } }[];
  };
  const dueKey = Object.keys(soon.statements[0]!.result!.extensions!).find((key) =>
    key.endsWith('/ext/due-date'),
  )!;
  soon.statements[0]!.result!.extensions![dueKey] = 'soon';
  const dueSoon = join(dir, 'due-soon.json');
  writeFileSync(dueSoon, JSON.stringify(soon));
  // Anna sent an older report under another name: one learner, shown under the newer name, and said.
  const annaBefore = join(dir, 'e2e-anna-before.json');
  const annaBeforeAt = daysAgo(2);
  writeFileSync(
    annaBefore,
    reportOf(
      { ...learners[0]!, name: 'Anna Fields' },
      { kind: 'assignment', assignmentId: assignment.id, title: assignment.title },
      annaBeforeAt,
    ),
  );
  const shortDay = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(iso),
    );

  await page.goto('/pmo/insights/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Insights from progress reports' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'insights, no files');

  // Note whether a labelled progress bar appears while the files are read.
  await page.evaluate(() => {
    const seen = window as unknown as { progressSeen: boolean };
    seen.progressSeen = false;
    new MutationObserver(() => {
      const bar = document.querySelector('progress#insights-progress');
      if (bar && document.querySelector('label[for="insights-progress"]')) seen.progressSeen = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page
    .locator('#insights-files')
    .setInputFiles([...files, annaBefore, ...bad, empty, dueSoon, cutShort]);
  await expect(page.getByRole('heading', { name: 'Results', exact: true })).toBeFocused({
    timeout: 120_000,
  });
  expect(
    await page.evaluate(() => (window as unknown as { progressSeen: boolean }).progressSeen),
  ).toBe(true);

  await expect(page.getByTestId('insights-summary')).toContainText(
    `${files.length + 1} files read, 5 skipped; ${learners.length} learners.`,
  );
  const skipped = page.getByRole('region', { name: 'Files skipped' });
  const ask =
    'ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.';
  await expect(skipped).toContainText('bad-tampered.json: Entry 3 of 18 is not valid');
  await expect(skipped).toContainText(
    `bad-not-json.json: This file is not a Sideline progress report (it is not JSON). Check you chose the file the learner sent you; if you did, ${ask}`,
  );
  await expect(skipped).toContainText(`empty.json: This file is empty. A${ask.slice(1)}`);
  await expect(skipped).toContainText(
    `cut-short.json.gz: This file is compressed (a .gz file) but damaged, so it cannot be opened: it may have been cut short while saving or copying. A${ask.slice(1)}`,
  );
  await expect(skipped).toContainText(
    `due-soon.json: Entry 1 of ${statementsOf(learners[0]!).length} is not valid: the field "result.extensions.due-date" is not a real date between 2020 and 2100.`,
  );
  await expect(page.getByTestId('insights-learner-rule')).toContainText(
    'Reports are matched to learners by the learner’s id',
  );
  await expect(
    page.getByRole('region', { name: 'Learners with different names in their reports' }),
  ).toHaveText(
    new RegExp(
      `Two reports for learner e2e-anna had different names: 'Anna Fields' \\(${shortDay(annaBeforeAt)}\\) and 'Anna Field' \\(${shortDay(madeAt)}\\); shown as 'Anna Field', the newer\\.`,
    ),
  );
  await expectNoAxeViolations(page, 'insights, results');

  const { byLearner, firstAnswers, firstChoices } = expected();
  const total = steps.length;

  // Completion of the path: five learners, so the group is shown at the default of 5.
  const overdue = byLearner.filter((entry) => entry.overdue).length;
  expect(await rowsOf(tableCaptioned(page, 'Completion by path'))).toEqual([
    [
      'PMO analyst',
      '5',
      '0 (0%)',
      `${byLearner.filter((e) => e.done > 0).length} (${Math.round((byLearner.filter((e) => e.done > 0).length / 5) * 100)}%)`,
      `${byLearner.filter((e) => e.done === 0).length} (${Math.round((byLearner.filter((e) => e.done === 0).length / 5) * 100)}%)`,
      `${overdue} (${Math.round((overdue / 5) * 100)}%)`,
    ],
  ]);
  const label = (l: Learner) =>
    l.name ?? `Unnamed learner ${l.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 6)}`;
  const byLearnerRows = byLearner
    .map((e) => [
      label(e.learner),
      'PMO analyst',
      `${e.done} of ${total}`,
      e.done ? 'In progress' : 'Not started',
      formatDay(e.due),
      formatDay(e.lastDay),
      e.overdue ? 'Yes' : 'No',
    ])
    .sort((a, b) => a[0]!.localeCompare(b[0]!, 'en-GB'));
  expect(await rowsOf(tableCaptioned(page, 'Completion by learner'))).toEqual(byLearnerRows);

  // The question answered by all five, wrong the first time by those who got it wrong first, with
  // its right answer and a link to the lesson that teaches it.
  const q1First = firstAnswers(q1!.id);
  const q1Wrong = q1First.filter((a) => !a.correct).length;
  const q1Lesson = allSteps.find((step) => step.id === q1!.lesson)!;
  const questionsTable = tableCaptioned(page, 'Quiz questions answered wrong the first time');
  expect(await rowsOf(questionsTable)).toEqual([
    [
      '1',
      q1!.prompt,
      q1!.options!.filter((option) => option.correct).map((option) => option.text)[0],
      q1Lesson.title,
      quiz.title,
      String(q1First.length),
      `${q1Wrong} (${Math.round((q1Wrong / q1First.length) * 100)}%)`,
    ],
  ]);
  await expect(questionsTable.getByRole('link', { name: q1Lesson.title })).toHaveAttribute(
    'href',
    new RegExp(`/${q1Lesson.id}/$`),
  );
  await expect(page.getByText('1 question hidden: fewer than 5 people.')).toBeVisible();

  // The first decision of the scenario, by first choice, each with how good the author judges it.
  const decision = tableCaptioned(page, `${scenario.title}: ${firstNode.title}`);
  const quality = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  expect(await rowsOf(decision)).toEqual(
    firstNode.choices.map((c) => {
      const n = firstChoices.filter((a) => a.choice === c.id).length;
      return [
        c.text.trim(),
        quality(c.quality),
        c.why.trim(),
        String(n),
        `${Math.round((n / firstChoices.length) * 100)}%`,
      ];
    }),
  );
  await expect(
    page.getByRole('img', { name: `Chart: ${scenario.title}: ${firstNode.title}`, exact: false }),
  ).toContainText(`${firstNode.choices[0]!.text.trim().slice(0, 20)}`);
  for (const c of firstNode.choices) {
    await expect(
      page.locator('.insights-chart__verdict').getByText(`— ${quality(c.quality)} choice`),
    ).not.toHaveCount(0);
  }

  // Who may need help: the overdue, the failed-twice and the stuck.
  const help = await rowsOf(tableCaptioned(page, 'Who may need help'));
  const flagged = byLearner.filter(
    (e) => e.overdue || e.failed >= 2 || (e.done > 0 && e.stuckDays >= 14),
  );
  expect(help.map((row) => row[0])).toEqual(
    flagged.map((e) => label(e.learner)).sort((a, b) => a.localeCompare(b, 'en-GB')),
  );
  const bola = help.find((row) => row[0] === 'Bola Ade')!;
  expect(bola[2]).toContain('Not yet passed');
  expect(bola[2]).toContain('after 2 attempts');

  // A CSV holds the rows on screen, in a spreadsheet's columns: numbers apart, days as YYYY-MM-DD.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download as CSV:? ?:? Completion by learner$/ }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\ufeff/, '');
  const csvRows = csv
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
  expect(csvRows).toEqual([
    [
      'Learner',
      'Assignment',
      'Steps done',
      'Steps in all',
      'Status',
      'Due',
      'Last active',
      'Overdue',
    ],
    ...byLearner
      .map((e) => [
        label(e.learner),
        'PMO analyst',
        String(e.done),
        String(total),
        e.done ? 'In progress' : 'Not started',
        e.due,
        e.lastDay,
        e.overdue ? 'Yes' : 'No',
      ])
      .sort((a, b) => a[0]!.localeCompare(b[0]!, 'en-GB')),
  ]);

  // The privacy rule, said on the page and kept: with a smallest group larger than the cohort, named
  // progress (and its count by path) still shows; answers and choices do not.
  await page.getByLabel('Hide groups smaller than this many people').fill('6');
  await expect(page.getByTestId('insights-privacy-rule')).toHaveText(
    'You see each learner’s progress by name, because that is what they share their reports for; what people answered in quizzes, chose in scenarios and ticked in practice tasks is shown only as figures for groups of at least 6 people, so no one’s answers can be picked out.',
  );
  expect(await rowsOf(tableCaptioned(page, 'Completion by learner'))).toEqual(byLearnerRows);
  expect(await rowsOf(tableCaptioned(page, 'Completion by path'))).toHaveLength(1);
  await expect(tableCaptioned(page, 'Quiz questions answered wrong the first time')).toHaveCount(0);
  await expect(decision).toHaveCount(0);
  await expect(page.getByText('2 questions hidden: fewer than 6 people.')).toBeVisible();

  // Showing every group reveals the second question.
  await page.getByLabel('Hide groups smaller than this many people').fill('1');
  await expect(page.getByText('1 question hidden: fewer than 5 people.')).toHaveCount(0);
  expect(
    (await rowsOf(tableCaptioned(page, 'Quiz questions answered wrong the first time'))).length,
  ).toBe(2);
  await expectNoAxeViolations(page, 'insights, all groups shown');

  // Endings, now shown, each with its rank in words.
  const ranks = scenario.endings.map((ending) => ending.rank);
  const rankText = (rank: number) =>
    rank === 1 ? '1 (best)' : rank === Math.max(...ranks) ? `${rank} (worst)` : String(rank);
  expect(
    (await rowsOf(tableCaptioned(page, `${scenario.title}: endings reached the first time`))).map(
      (row) => row.slice(0, 2),
    ),
  ).toEqual(scenario.endings.map((ending) => [ending.title.trim(), rankText(ending.rank)]));

  // Each dataset is drawn once: a chart with its table behind "Show as a table" (or, for questions,
  // the table with its chart behind "Show as a chart"). Every one opens from the keyboard.
  const results = page.locator('.insights-results');
  const disclosures = results.locator('details.insights-disclosure');
  const charts = await results.locator('figure.insights-chart').count();
  expect(charts).toBeGreaterThan(3);
  await expect(disclosures).toHaveCount(charts);
  const tablesBehind = disclosures.filter({
    has: page.locator('summary', { hasText: 'Show as a table' }),
  });
  await expect(tablesBehind).toHaveCount(charts - 1);
  for (const table of await tablesBehind.locator('table').all()) await expect(table).toBeHidden();
  await page.getByRole('heading', { name: 'Results', exact: true }).focus();
  let opened = 0;
  for (let press = 0; press < 200 && opened < charts; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) {
      await page.keyboard.press('Enter');
      opened += 1;
    }
  }
  expect(opened).toBe(charts);
  for (const table of await tablesBehind.locator('table').all()) await expect(table).toBeVisible();
  await expectNoAxeViolations(page, 'insights, every table open');

  // The learner's own page says the same as the PMO's "who may need help".
  const learnerPage = await page
    .context()
    .browser()!
    .newContext()
    .then((context) => context.newPage());
  await learnerPage.goto('/paths/');
  // Once this shows, the record has opened and made its database.
  await expect(learnerPage.getByText(/Nothing has been assigned to you/)).toBeVisible();
  await learnerPage.evaluate(
    ({ id, statements }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sideline-learning-record');
        open.onsuccess = () => {
          let tx: IDBTransaction;
          try {
            tx = open.result.transaction(['statements', 'learner'], 'readwrite');
          } catch (error) {
            return reject(error instanceof Error ? error : new Error(String(error)));
          }
          tx.objectStore('learner').put({ key: 'me', id, createdAt: new Date().toISOString() });
          for (const statement of statements) {
            const ext = (statement.object.definition?.extensions ?? {}) as Record<string, string>;
            const contentId =
              Object.entries(ext).find(([k]) => k.endsWith('/ext/content-id'))?.[1] ?? '';
            tx.objectStore('statements').add({
              id: statement.id,
              timestamp: statement.timestamp,
              verb: statement.verb.display['en-GB'],
              contentId,
              statement,
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    { id: 'e2e-bola', statements: statementsOf(learners[1]!) },
  );
  await learnerPage.goto(`/assignment/?id=${assignment.id}`);
  const notes = learnerPage.getByRole('note', { name: 'Things to look at' });
  await expect(notes).toBeVisible();
  expect((await notes.locator('li').allTextContents()).join(' ')).toBe(bola[2]);
  await learnerPage.context().close();
});

test('a table of more learners than fit at once shows the first 100, and all of them from the keyboard', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'sideline-reports-'));
  const madeAt = new Date().toISOString();
  const count = 105;
  const files = Array.from({ length: count }, (_, n) => {
    const learner: Learner = {
      id: `e2e-many-${n}`,
      name: `Learner ${String(n + 1).padStart(3, '0')}`,
      start: daysAgo(5),
      actions: [assign, read(steps[0]!)],
    };
    const path = join(dir, `${learner.id}.json`);
    writeFileSync(
      path,
      reportOf(
        learner,
        { kind: 'assignment', assignmentId: assignment.id, title: assignment.title },
        madeAt,
      ),
    );
    return path;
  });

  await page.goto('/pmo/insights/');
  await page.locator('#insights-files').setInputFiles(files);
  await expect(page.getByRole('heading', { name: 'Results', exact: true })).toBeFocused({
    timeout: 120_000,
  });
  await expect(page.getByTestId('insights-summary')).toContainText(
    `${count} files read, 0 skipped; ${count} learners.`,
  );
  const byLearner = tableCaptioned(page, 'Completion by learner');
  const first = await rowsOf(byLearner);
  expect(first.map((row) => row[0])).toEqual(
    Array.from({ length: 100 }, (_, n) => `Learner ${String(n + 1).padStart(3, '0')}`),
  );
  await expect(page.getByText('Showing the first 100 of 105 rows.')).toBeVisible();
  await expectNoAxeViolations(page, 'insights, the first 100 of 105 learners');

  const showAll = page.getByRole('button', {
    name: /^Show all 105 rows ?: Completion by learner$/,
  });
  await expect(showAll).toBeVisible();
  await showAll.focus();
  await page.keyboard.press('Enter');
  const all = await rowsOf(byLearner);
  expect(all).toHaveLength(count);
  expect(all.slice(0, 100)).toEqual(first);
  await expect(page.getByRole('region', { name: 'Completion by learner' })).toBeFocused();
  await expect(showAll).toHaveCount(0);
  await expectNoAxeViolations(page, 'insights, all 105 learners');
});
