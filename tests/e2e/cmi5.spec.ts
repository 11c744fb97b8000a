/**
 * A cmi5 launch against a real LRS: the course's cmi5 package (made from the built site, as `npm run
 * package` makes it) is served by a small LMS (cmi5-launcher.ts) in front of Learning Locker's
 * statements service, which launches the first module's AU as the cmi5 spec says. The learner works
 * through the module in the launch page's frame and leaves; the test then reads what the LRS holds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import validation from '@learninglocker/xapi-validation';
import { expect, test, type FrameLocator } from '@playwright/test';
import { parse } from 'yaml';
import { buildCourseTree } from '../../src/content/course-tree';
import { loadContent } from '../../src/content/load';
import { cmi5Package } from '../../src/lms/build/cmi5';
import { siteFolder } from '../../src/lms/tool/site-folder';
import { startLrs } from '../lrs/start.mjs';
import {
  CMI5_CATEGORY,
  MOVE_ON_CATEGORY,
  readAus,
  SESSION_ID,
  startLauncher,
  type TestLrs,
} from './cmi5-launcher';
import { expectNoAxeViolations } from './axe';
import { answerRight, startQuiz, type QuizQuestionFile } from './quiz-answers';

// A CommonJS module: Playwright's loader hands over its exports object as the default.
const validateStatement =
  (validation as unknown as { default?: typeof validation }).default ?? validation;

const courseId = 'delivery-lead-essentials';
const moduleFolder = 'courses/delivery-lead-essentials/01-the-accountability-chain';

interface Stored {
  id: string;
  actor: unknown;
  verb: { id: string };
  object: { id: string };
  result?: { score?: { scaled: number }; duration?: string; extensions?: Record<string, unknown> };
  context?: {
    registration?: string;
    contextActivities?: { category?: { id: string }[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

const verbName = (statement: Stored) => statement.verb.id.split('/').pop()!;

async function workThroughModule(frame: FrameLocator) {
  // Three lessons, each marked done, then on to the next step.
  for (let lesson = 0; lesson < 3; lesson++) {
    const markDone = frame.getByRole('button', { name: 'Mark as done' });
    await markDone.scrollIntoViewIfNeeded();
    await markDone.click();
    await expect(frame.getByText('You have finished this lesson.')).toBeVisible();
    await frame.getByRole('link', { name: /^Next/ }).first().click();
  }
  // The practice task: an answer, compared with the model, assessed against the rubric.
  const task = parse(readFileSync(`${moduleFolder}/practice.yaml`, 'utf8')) as {
    prompt: string;
    rubric: { text: string }[];
  };
  const box = frame.getByLabel(task.prompt);
  await box.scrollIntoViewIfNeeded();
  await box.fill('Two people are accountable for the supplier choice; the PMO marks its own work.');
  await frame.getByRole('button', { name: 'Compare with the model answer' }).click();
  for (const criterion of task.rubric) await frame.getByLabel(criterion.text).check();
  await frame.getByRole('button', { name: 'Save my self-assessment' }).click();
  await expect(frame.getByRole('heading', { name: /^Your answer meets/ })).toBeVisible();
  await frame.getByRole('link', { name: /^Next/ }).first().click();

  // The quiz: first with every answer wrong (below the pass mark), then again with every answer right.
  const { questions } = parse(readFileSync(`${moduleFolder}/quiz.yaml`, 'utf8')) as {
    questions: QuizQuestionFile[];
  };
  await startQuiz(frame);
  for (const answer of [answerWrong, answerRight]) {
    for (let i = 0; i < questions.length; i++) {
      await answer(frame, questions);
      await frame.getByRole('button', { name: 'Check answer' }).click();
      const next = i === questions.length - 1 ? 'See your result' : 'Next question';
      await frame.getByRole('button', { name: next }).click();
    }
    if (answer === answerWrong) await frame.getByRole('button', { name: 'Try again' }).click();
  }
  await expect(frame.getByText('You passed.')).toBeVisible();
}

/** A wrong answer to the question on screen (an ordering question is left as shown). */
async function answerWrong(frame: FrameLocator, questions: QuizQuestionFile[]) {
  const heading = (await frame.locator('.quiz-prompt').textContent()) ?? '';
  const question = questions.find((q) => heading.includes(q.prompt.trim()))!;
  const { type, options = [], pairs = [] } = question;
  if (type === 'single' || type === 'multiple') {
    await frame.getByLabel(options.find((o) => !o.correct)!.text.trim(), { exact: true }).check();
  } else if (type === 'truefalse') {
    await frame.getByLabel(question.answer ? 'False' : 'True', { exact: true }).check();
  } else if (type === 'matching') {
    // Each item matched with the next item's answer.
    for (const [at, pair] of pairs.entries()) {
      const other = pairs[(at + 1) % pairs.length]!;
      await frame.getByLabel(pair.item.trim(), { exact: true }).selectOption(other.match.trim());
    }
  }
}

test('a module launched from an LMS reports initialized, progress, failed, passed and completed once each, and terminated last, to a real LRS', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { content } = loadContent('.');
  const { tree } = buildCourseTree(content);
  const coursePackage = await cmi5Package(
    siteFolder(resolve(process.env['SIDELINE_DIST'] ?? 'dist')),
    content,
    tree,
    courseId,
  );
  const lrs = (await startLrs()) as TestLrs & { stop: () => Promise<void> };
  const lms = await startLauncher(lrs, coursePackage.files);
  try {
    const aus = readAus(new TextDecoder().decode(coursePackage.files.get('cmi5.xml')));
    const au = aus[0]!;
    expect(au).toMatchObject({ moveOn: 'CompletedAndPassed', masteryScore: 0.75 });
    const launch = await lms.launch(au);

    await page.goto(launch.url);
    await expect(page.getByRole('status')).toHaveText(
      'Your progress is recorded in your learning system.',
    );
    await expect(page.frameLocator('.lms-frame').getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, 'cmi5 launch page, first lesson in its frame');
    await workThroughModule(page.frameLocator('.lms-frame'));
    await expect(page.getByRole('status')).toHaveText(
      'You have finished this module, and your learning system has recorded it.',
    );

    // The learner closes the window: pagehide sends terminated.
    await page.goto('about:blank');
    let stored: Stored[] = [];
    await expect
      .poll(async () => {
        stored = ((await lrs.statements()) as unknown as Stored[]).filter(
          (statement) => statement.context?.registration === launch.registration,
        );
        return stored.some((statement) => verbName(statement) === 'terminated');
      })
      .toBe(true);

    // Oldest first: the LRS lists the latest stored first, and statements made in one millisecond
    // keep the order they were stored in.
    const session = stored
      .filter((statement) => verbName(statement) !== 'launched')
      .reverse()
      .sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    const verbs = session.map(verbName);
    const about = (statement: Stored) => statement.object.id === au.id;
    const defined = session.filter(
      (s) =>
        about(s) &&
        ['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(verbName(s)),
    );
    expect(defined.map(verbName)).toEqual([
      'initialized',
      'failed',
      'passed',
      'completed',
      'terminated',
    ]);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');

    for (const statement of session) {
      expect(() => validateStatement(statement), JSON.stringify(statement)).not.toThrow();
      expect(statement.actor).toMatchObject(launch.actor);
      expect(statement.context?.extensions?.[SESSION_ID]).toBe(launch.sessionId);
      const categories = (statement.context?.contextActivities?.category ?? []).map((c) => c.id);
      // The cmi5 category marks the defined statements, and only them.
      expect(categories.includes(CMI5_CATEGORY), JSON.stringify(statement)).toBe(
        defined.includes(statement),
      );
    }
    const passed = defined.find((s) => verbName(s) === 'passed')!;
    expect(passed.result?.score?.scaled).toBe(1);
    expect(
      passed.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'],
    ).toBe(0.75);
    for (const s of defined.filter((s) => verbName(s) !== 'initialized'))
      expect(s.result?.duration, verbName(s)).toMatch(/^PT/);
    const moveOn = defined.filter((s) =>
      (s.context?.contextActivities?.category ?? []).some((c) => c.id === MOVE_ON_CATEGORY),
    );
    expect(moveOn.map(verbName)).toEqual(['failed', 'passed', 'completed']);
    const failed = defined.find((s) => verbName(s) === 'failed')!;
    expect(failed.result?.score?.scaled).toBeLessThan(0.75);

    // Progress rose with each step, to all of it; Sideline's own statements came as allowed ones.
    const progress = session
      .filter((s) => verbName(s) === 'progressed' && about(s))
      .map((s) => s.result?.extensions?.['https://w3id.org/xapi/cmi5/result/extensions/progress']);
    expect(progress).toEqual([20, 40, 60, 80, 100]);
    const sideline = session.filter((s) => !about(s));
    const kinds = sideline.map(
      (s) => `${verbName(s)} ${s.object.id.split('/activities/')[1]!.split('/')[0]}`,
    );
    expect(new Set(kinds)).toEqual(
      new Set([
        'completed lesson',
        'attempted practice',
        'completed practice',
        'answered question',
        'failed quiz',
        'passed quiz',
        'completed quiz',
      ]),
    );
    expect(kinds.filter((kind) => kind === 'completed lesson')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'answered question')).toHaveLength(12);

    // A second session in the same registration, with the browser's memory of what the first sent
    // gone (the record is kept: same learner): the LRS says the module is completed and passed, so
    // neither is sent again. Exit returns to the LMS.
    await page.goto(`${lms.origin}/lms/content/package-1/cmi5.html`);
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('sideline-cmi5:')) localStorage.removeItem(key);
    });
    const returnURL = `${lms.origin}/returned`;
    const again = await lms.launch(au, { registration: launch.registration, returnURL });
    await page.goto(again.url);
    await expect(page.getByRole('status')).toHaveText(
      'Your progress is recorded in your learning system.',
    );
    await page.getByRole('button', { name: 'Exit module' }).click();
    await expect(page).toHaveURL(returnURL);
    const second = ((await lrs.statements()) as unknown as Stored[])
      .filter((s) => s.context?.extensions?.[SESSION_ID] === again.sessionId && about(s))
      .reverse()
      .sort((a, b) => a.timestamp.localeCompare(b.timestamp))
      .map(verbName);
    expect(second).toEqual(['launched', 'initialized', 'progressed', 'terminated']);
  } finally {
    await lms.stop();
    await lrs.stop();
  }
});
