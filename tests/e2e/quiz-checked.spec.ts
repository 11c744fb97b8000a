/**
 * After "Check answer", a matching or ordering question keeps the learner's answer plain to read:
 * not greyed out like a disabled control, at AA contrast (axe, light and dark), and each part says
 * in words, with a tick or cross, whether it is right, so colour is never the only signal.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import { answerRight, type QuizQuestionFile } from './quiz-answers';

const quizPage = '/courses/delivery-lead-essentials/delivery-accountability-chain-quiz/';
const quizFile = 'courses/delivery-lead-essentials/01-the-accountability-chain/quiz.yaml';

/** Answers each question right until the one of this type is on screen. */
async function reach(page: Page, type: 'matching' | 'ordering'): Promise<QuizQuestionFile> {
  const { questions } = parse(readFileSync(quizFile, 'utf8')) as { questions: QuizQuestionFile[] };
  await page.goto(quizPage);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (;;) {
    const heading = (await page.locator('.quiz-prompt').textContent()) ?? '';
    const question = questions.find((q) => heading.includes(q.prompt.trim()))!;
    if (question.type === type) return question;
    await answerRight(page, questions);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
}

async function expectReadableInBothSchemes(page: Page, state: string) {
  await expectNoAxeViolations(page, state);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, `${state}, dark`);
}

test('a checked matching question shows each answer as text, marked right or not in words', async ({
  page,
}) => {
  const question = await reach(page, 'matching');
  const pairs = question.pairs!;
  // One pair wrong on purpose (the second pair's match), the rest right.
  const [first, second, ...rest] = pairs;
  await page.getByLabel(first!.item.trim(), { exact: true }).selectOption(second!.match.trim());
  for (const pair of [second!, ...rest]) {
    await page.getByLabel(pair.item.trim(), { exact: true }).selectOption(pair.match.trim());
  }
  await page.getByRole('button', { name: 'Check answer' }).click();

  const answers = page.locator('.quiz-fieldset');
  await expect(answers.locator('select, [disabled]')).toHaveCount(0);
  const wrong = answers.getByRole('listitem').filter({ hasText: first!.item.trim() });
  await expect(wrong).toContainText(second!.match.trim());
  await expect(wrong).toContainText('Not right');
  for (const pair of [second!, ...rest]) {
    const right = answers.getByRole('listitem').filter({ hasText: pair.item.trim() });
    await expect(right).toContainText(pair.match.trim());
    await expect(right).toContainText(/✓\s*Right/);
  }
  await expectReadableInBothSchemes(page, 'matching, checked');
});

test('a checked ordering question marks each item’s place in words', async ({ page }) => {
  const question = await reach(page, 'ordering');
  const items = question.items!.map((item) => item.text.trim());
  await page.getByRole('button', { name: 'Check answer' }).click();

  const list = page.locator('.quiz-order');
  const shown = await list.locator('.quiz-order-text').allTextContents();
  expect(shown).toHaveLength(items.length);
  for (const [index, text] of shown.entries()) {
    const item = list.getByRole('listitem').filter({ hasText: text });
    const belongs = items.indexOf(text.trim()) + 1;
    await expect(item).toContainText(
      belongs === index + 1 ? 'Right place' : `Not right: it belongs in place ${belongs}`,
    );
  }
  await expectReadableInBothSchemes(page, 'ordering, checked');
});
