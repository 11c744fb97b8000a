/**
 * A real course's SCORM packages in a loopback LMS running scorm-again (tests/e2e/lms/): the LMS
 * unpacks each zip under a deep URL of its own, reads imsmanifest.xml and launches its SCO in a frame.
 * The learner finishes the course; the test asserts exactly what the LMS received, then relaunches in
 * a fresh browser (another computer) with only what the LMS kept, and the learner is back where they
 * were. The learner did most of the course in an earlier session, so the LMS starts with their resume
 * data: this keeps the test short and tests the restore as well.
 */
import { expect, test, type Browser, type FrameLocator } from '@playwright/test';
import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { LmsCourse, LmsStep } from '../../src/lms/course';
import { SCORM12_SUSPEND_DATA_LIMIT, stepKey } from '../../src/lms/scorm/suspend-data';
import { answerRight, quizFile, quizPage, startQuiz, type QuizQuestionFile } from './quiz-answers';
import { staticSite } from './static-site.mjs';

const COURSE = 'sponsor-induction';
const LESSON = 'sponsor-what-you-own';
const QUIZ = quizPage.split('/').at(-2)!;
const learner = { id: 'learner-42', name: 'Okafor, Ada' };
const root = mkdtempSync(join(tmpdir(), 'sideline-lms-'));
let server: Server;
let lms: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const zips = join(root, 'zips');
  const made = spawnSync(
    process.execPath,
    [
      '--experimental-transform-types',
      '--disable-warning=ExperimentalWarning',
      'src/lms/tool/package.ts',
      ...['--dist', process.env['SIDELINE_DIST'] ?? 'dist', '--out', zips, '--course', COURSE],
      '--scorm2004',
    ],
    { encoding: 'utf8' },
  );
  expect(made.status, made.stderr).toBe(0);
  console.log(made.stdout.trim());
  for (const version of ['12', '2004']) {
    const files = unzipSync(readFileSync(join(zips, `${COURSE}-scorm${version}.zip`)));
    for (const [path, bytes] of Object.entries(files)) {
      const file = join(root, packagePath(version), path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
  }
  for (const [from, to] of [
    ['tests/e2e/lms/index.html', 'index.html'],
    ['tests/e2e/lms/lms.js', 'lms.js'],
    ['node_modules/scorm-again/dist/scorm12.min.js', 'scorm12.min.js'],
    ['node_modules/scorm-again/dist/scorm2004.min.js', 'scorm2004.min.js'],
  ] as const) {
    copyFileSync(from, join(root, 'lms', to));
  }
  writeFileSync(
    join(root, '404.html'),
    '<!doctype html><title>Not found</title><h1>Not found</h1>',
  );
  server = createServer(staticSite(() => root));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  lms = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lms/`;
});

test.afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Where the LMS keeps an unpacked package: deep under its own URL, as Moodle does. */
function packagePath(version: string) {
  return `lms/mod/scorm/${version}/content/`;
}

function courseIn(version: string): LmsCourse {
  const page = readFileSync(join(root, packagePath(version), 'scorm-launch.html'), 'utf8');
  return JSON.parse(
    /<script type="application\/json" id="sideline-course">(.*?)<\/script>/s.exec(page)![1]!,
  ) as LmsCourse;
}

/** Resume data for every step but the lesson and quiz this test takes, as the package writes it. */
function doneElsewhere(course: LmsCourse): string {
  const token = (step: LmsStep) =>
    step.kind === 'quiz' ? 'p100~100~1' : step.kind === 'scenario' ? 'e0' : 'd';
  const others = course.steps.filter((step) => step.id !== LESSON && step.id !== QUIZ);
  return ['s1', ...others.map((step) => `${stepKey(step.id)}:${token(step)}`)].join('|');
}

async function launch(browser: Browser, version: '1.2' | '2004', saved?: unknown) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(lms);
  const url = `${lms.replace(/lms\/$/, '')}${packagePath(version === '1.2' ? '12' : '2004')}`;
  await page.evaluate(
    ([url, version, learner, saved]) => window.launchPackage(url, version, learner, saved),
    [url, version, learner, saved] as const,
  );
  return { context, page, course: page.frameLocator('iframe').frameLocator('iframe') };
}

/** The parts of scorm-again's CMI object (SCORM 1.2's core, SCORM 2004's top level) this test reads. */
interface Cmi {
  core: {
    lesson_status: string;
    lesson_location: string;
    session_time: string;
    exit: string;
    score: { raw: string; min: string; max: string };
  };
  suspend_data: string;
  completion_status: string;
  success_status: string;
  location: string;
  progress_measure: string;
  session_time: string;
  exit: string;
}
declare global {
  interface Window {
    launchPackage(url: string, version: string, learner: unknown, saved: unknown): Promise<void>;
    lmsData(): Cmi;
    closeCourse(): void;
    lms: { initializes: number; finishes: number };
  }
}

async function markLessonDone(course: FrameLocator) {
  await course.getByRole('link', { name: 'What you own as a sponsor' }).first().click();
  const done = course.getByRole('button', { name: 'Mark as done' });
  await done.scrollIntoViewIfNeeded();
  await done.click();
  await expect(course.getByRole('button', { name: 'Mark as not done' })).toBeVisible();
}

async function passQuiz(course: FrameLocator) {
  const { questions } = parse(readFileSync(quizFile, 'utf8')) as { questions: QuizQuestionFile[] };
  await course
    .getByRole('navigation', { name: /modules/ })
    .getByRole('link', { name: /Check your understanding: what you are accountable for/ })
    .click();
  await startQuiz(course);
  for (let i = 0; i < questions.length; i++) {
    await answerRight(course, questions);
    await course.getByRole('button', { name: 'Check answer' }).click();
    await course
      .getByRole('button', {
        name: i === questions.length - 1 ? 'See your result' : 'Next question',
      })
      .click();
  }
  await expect(course.getByText('You passed.')).toBeVisible();
}

test('SCORM 1.2: the LMS receives completion, score, pass, resume data and the place; a relaunch elsewhere resumes there', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const course = courseIn('12');
  const first = await launch(browser, '1.2', { suspend_data: doneElsewhere(course) });
  await expect(first.course.getByRole('heading', { level: 1 })).toContainText('Sponsor induction');
  await markLessonDone(first.course);
  await passQuiz(first.course);
  await expect
    .poll(() => first.page.evaluate(() => window.lmsData().core.lesson_status))
    .toBe('passed');
  // The launch page says nothing: the LMS accepted every value it was sent.
  await expect(first.page.frameLocator('iframe').locator('[data-part="notice"]')).toBeHidden();
  await first.page.evaluate(() => window.closeCourse());

  const kept = await first.page.evaluate(() => window.lmsData());
  const sessions = await first.page.evaluate(() => window.lms);
  expect(sessions).toEqual({ initializes: 1, finishes: 1 });
  expect(kept.core).toMatchObject({
    lesson_status: 'passed',
    score: { raw: '100', min: '0', max: '100' },
    lesson_location: QUIZ,
    exit: 'suspend',
  });
  expect(kept.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
  expect(kept.suspend_data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_DATA_LIMIT);
  expect(kept.suspend_data).toContain(`${stepKey(QUIZ)}:p100~100~1`);
  expect(kept.suspend_data).toContain(`${stepKey(LESSON)}:d`);
  await first.context.close();

  // Another computer: a fresh browser, and only what the LMS kept.
  const second = await launch(browser, '1.2', {
    core: { lesson_location: kept.core.lesson_location, lesson_status: kept.core.lesson_status },
    suspend_data: kept.suspend_data,
  });
  await expect(
    second.course
      .getByText('You passed.')
      .or(second.course.getByRole('button', { name: 'Start quiz' }))
      .first(),
  ).toBeVisible();
  await expect(second.page.frameLocator('iframe').locator('iframe')).toHaveAttribute(
    'src',
    /sponsor-accountability-quiz\/index\.html$/,
  );
  const steps = course.steps.length;
  await expect(second.course.getByRole('navigation', { name: /modules/ })).toContainText(
    `${steps} of ${steps} steps done`,
  );
  await expect
    .poll(() => second.page.evaluate(() => window.lmsData().suspend_data))
    .toBe(kept.suspend_data);
  expect(await second.page.evaluate(() => window.lms.initializes)).toBe(1);
  await second.context.close();
});

test('SCORM 2004: completion and success apart, progress, session time; a relaunch resumes at the lesson', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const first = await launch(browser, '2004');
  await markLessonDone(first.course);
  await expect.poll(() => first.page.evaluate(() => window.lmsData().location)).toBe(LESSON);
  await expect(first.page.frameLocator('iframe').locator('[data-part="notice"]')).toBeHidden();
  await first.page.evaluate(() => window.closeCourse());
  const kept = await first.page.evaluate(() => window.lmsData());
  expect(await first.page.evaluate(() => window.lms)).toEqual({ initializes: 1, finishes: 1 });
  expect(kept).toMatchObject({
    completion_status: 'incomplete',
    success_status: 'unknown',
    location: LESSON,
    exit: 'suspend',
    suspend_data: `s1|${stepKey(LESSON)}:d`,
  });
  expect(Number(kept.progress_measure)).toBeGreaterThan(0);
  expect(kept.session_time).toMatch(/^PT/);
  await first.context.close();

  const second = await launch(browser, '2004', {
    location: kept.location,
    suspend_data: kept.suspend_data,
  });
  await expect(second.course.getByRole('button', { name: 'Mark as not done' })).toBeVisible();
  await second.context.close();
});
