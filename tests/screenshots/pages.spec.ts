/**
 * The screens a reviewer asks for: the course page, a lesson, a quiz result, a scenario ending and
 * My learning (with progress in it), at 375 px and 1280 px, light and dark. Not a test of behaviour:
 * the browser tests do that. Files go to dist-screenshots/<screen>-<width>-<scheme>.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { answerRight, quizFile, quizPage, type QuizQuestionFile } from '../e2e/quiz-answers';

const OUT = 'dist-screenshots';
const course = '/courses/sponsor-induction/';
const lesson = '/courses/sponsor-induction/sponsor-what-you-own/';
const scenario = '/courses/pmo-coach-dont-play/helpful-rescue/';

async function passQuiz(page: Page) {
  const { questions } = parse(readFileSync(quizFile, 'utf8')) as { questions: QuizQuestionFile[] };
  await page.goto(quizPage);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < questions.length; i++) {
    await answerRight(page, questions);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: /^(Next question|See your result)$/ }).click();
  }
  await expect(page.getByText('You passed.')).toBeVisible();
}

async function playToAnEnding(page: Page) {
  await page.goto(scenario);
  await page.getByRole('button', { name: /^Start/ }).click();
  for (let i = 0; i < 12; i++) {
    const choices = page.getByRole('list', { name: 'What do you do?' }).getByRole('button');
    if (
      !(await choices
        .first()
        .isVisible()
        .catch(() => false))
    )
      return;
    await choices.first().click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForTimeout(300);
  }
}

async function markLessonDone(page: Page) {
  await page.goto(lesson);
  const button = page.getByRole('button', { name: 'Mark as done' });
  await button.scrollIntoViewIfNeeded();
  await button.click();
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`screens at ${width} px, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const save = (name: string) =>
        page.screenshot({ path: `${OUT}/${name}-${width}-${scheme}.png`, fullPage: true });

      await markLessonDone(page);
      await save('lesson');
      await page.goto(course);
      await save('course');
      await passQuiz(page);
      await save('quiz-result');
      await playToAnEnding(page);
      await save('scenario-ending');
      await page.goto('/my-learning/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await save('my-learning');
    });
  }
}
