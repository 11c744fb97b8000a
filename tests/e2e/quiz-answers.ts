/** The quiz the browser tests take, and how to answer its questions right, read from its own file. */
import { expect, type FrameLocator, type Page } from '@playwright/test';

export const quizPage = '/courses/sponsor-induction/sponsor-accountability-quiz/';
export const quizFile = 'courses/sponsor-induction/01-what-you-are-accountable-for/quiz.yaml';

export interface QuizQuestionFile {
  type: string;
  prompt: string;
  options?: { text: string; correct?: boolean }[];
  answer?: boolean;
  pairs?: { item: string; match: string }[];
  items?: { text: string }[];
}

/** Gives the right answer to the question on screen, read from the quiz file itself (in a page or a frame). */
export async function answerRight(page: Page | FrameLocator, questions: QuizQuestionFile[]) {
  const heading = (await page.locator('.quiz-prompt').textContent()) ?? '';
  const question = questions.find((q) => heading.includes(q.prompt.trim()));
  expect(question, `the question on screen is in ${quizFile}`).toBeTruthy();
  const { type, options = [], pairs = [], items = [] } = question!;
  if (type === 'single' || type === 'multiple') {
    for (const option of options.filter((o) => o.correct)) {
      await page.getByLabel(option.text.trim(), { exact: true }).check();
    }
  } else if (type === 'truefalse') {
    await page.getByLabel(question!.answer ? 'True' : 'False', { exact: true }).check();
  } else if (type === 'matching') {
    for (const pair of pairs) {
      await page.getByLabel(pair.item.trim(), { exact: true }).selectOption(pair.match.trim());
    }
  } else if (type === 'ordering') {
    // Move each item up into its place, first to last.
    for (const [place, item] of items.entries()) {
      const texts = page.locator('.quiz-order-text');
      while ((await texts.allTextContents()).indexOf(item.text.trim()) > place) {
        await page.getByRole('button', { name: `Move up: ${item.text.trim()}` }).click();
      }
    }
  }
}

/**
 * Presses "Start quiz" until the first question shows. The button is in the page's HTML before the
 * quiz island has hydrated, and a press before then does nothing: on a loaded machine (an LMS frame
 * loading its own scripts) a single click can land in that gap.
 */
export async function startQuiz(page: Page | FrameLocator) {
  const start = page.getByRole('button', { name: 'Start quiz' });
  await start.scrollIntoViewIfNeeded();
  await expect(async () => {
    if (await start.isVisible()) await start.click();
    await expect(page.locator('.quiz-prompt')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}
