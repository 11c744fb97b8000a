import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import { answerRight, quizFile, quizPage, type QuizQuestionFile } from './quiz-answers';

const scenarioPage = '/courses/pmo-coach-dont-play/helpful-rescue/';

/** Gives some answer to the question on screen, whatever its type. */
async function answer(page: Page, byKeyboard: boolean) {
  const radios = page.getByRole('radio');
  const boxes = page.getByRole('checkbox');
  const selects = page.getByRole('combobox');
  if ((await radios.count()) > 0) {
    if (byKeyboard) {
      await radios.first().focus();
      await page.keyboard.press('Space');
    } else await radios.first().check();
  } else if ((await boxes.count()) > 0) {
    if (byKeyboard) {
      await boxes.first().focus();
      await page.keyboard.press('Space');
    } else await boxes.first().check();
  } else if ((await selects.count()) > 0) {
    for (const select of await selects.all()) await select.selectOption({ index: 1 });
  }
  // Ordering questions always have an order: submitting it as it is is an answer.
}

async function press(page: Page, name: string | RegExp, byKeyboard: boolean) {
  const button = page.getByRole('button', { name });
  if (byKeyboard) {
    await button.focus();
    await page.keyboard.press('Enter');
  } else await button.click();
}

for (const byKeyboard of [false, true]) {
  test(`a quiz can be completed ${byKeyboard ? 'by keyboard alone' : 'with the mouse'}`, async ({
    page,
  }) => {
    test.setTimeout(150_000); // six questions, with axe on two states
    await page.goto(quizPage);
    await press(page, 'Start quiz', byKeyboard);
    for (let i = 0; i < 20; i++) {
      await expect(page.getByText(/^Question \d+ of \d+$/)).toBeVisible();
      await answer(page, byKeyboard);
      await press(page, 'Check answer', byKeyboard);
      await expect(page.getByRole('status').filter({ hasText: /Correct|Not quite/ })).toBeVisible();
      if (i === 0 && !byKeyboard) await expectNoAxeViolations(page, 'feedback');
      const last = page.getByRole('button', { name: 'See your result' });
      await expect(last.or(page.getByRole('button', { name: 'Next question' }))).toBeVisible();
      if (await last.isVisible()) {
        await press(page, 'See your result', byKeyboard);
        break;
      }
      await press(page, 'Next question', byKeyboard);
    }
    await expect(page.getByText(/You passed\.|You did not pass this time\./)).toBeVisible();
    if (!byKeyboard) await expectNoAxeViolations(page, 'result');
  });
}

test('answering every question right passes the quiz, with full marks', async ({ page }) => {
  test.setTimeout(120_000);
  const { questions } = parse(readFileSync(quizFile, 'utf8')) as { questions: QuizQuestionFile[] };
  await page.goto(quizPage);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < questions.length; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
    await answerRight(page, questions);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Correct/ })).toBeVisible();
    const next = i === questions.length - 1 ? 'See your result' : 'Next question';
    await page.getByRole('button', { name: next }).click();
  }
  await expect(page.getByText('You passed.')).toBeVisible();
  await expect(
    page.getByText(
      `You answered ${questions.length} of ${questions.length} questions right: 100%.`,
    ),
  ).toBeVisible();
});

test('submitting with nothing chosen shows an error summary; the intro passes axe', async ({
  page,
}) => {
  await page.goto(quizPage);
  await expectNoAxeViolations(page, 'intro');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  // Options are shuffled per learner: go on to the first question with options to choose from.
  const choices = page.getByRole('radio').or(page.getByRole('checkbox'));
  for (let i = 0; i < 10 && (await choices.count()) === 0; i++) {
    await answer(page, false);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await expect(choices.first()).toBeVisible();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
});

test('reloading mid-quiz returns to the same question with the same answer', async ({ page }) => {
  await page.goto(quizPage);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answer(page, false);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText('Question 2 of')).toBeVisible();
  const legend = await page.locator('legend').first().textContent();
  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.getByText('Question 2 of')).toBeVisible();
  expect(await page.locator('legend').first().textContent()).toBe(legend);
});

/** The heading of what the scenario shows now: a decision or an ending (hidden headings do not count). */
function sectionHeading(page: Page) {
  return page.getByRole('heading', { level: 2 }).first();
}

/** Plays the scenario to its end by keyboard, taking the first or last choice at each decision. */
async function playScenario(page: Page, pick: 'first' | 'last'): Promise<string> {
  for (let i = 0; i < 12; i++) {
    const choices = page.getByRole('list', { name: 'What do you do?' }).getByRole('button');
    const choice = pick === 'first' ? choices.first() : choices.last();
    await choice.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /./ }).first()).toBeVisible();
    if (i === 0 && pick === 'first') await expectNoAxeViolations(page, 'consequence');
    await press(page, 'Continue', true);
    // Continue leads either to the next decision or to the ending; wait until one has rendered.
    const again = page.getByRole('button', { name: 'Try again' });
    await expect(
      again.or(page.getByRole('list', { name: 'What do you do?' }).getByRole('button').first()),
    ).toBeVisible();
    if (await again.isVisible()) return (await sectionHeading(page).textContent()) ?? '';
    if (i === 0 && pick === 'first') await expectNoAxeViolations(page, 'decision');
  }
  throw new Error('The scenario did not end');
}

test('a scenario can be played to two different endings by keyboard alone', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(scenarioPage);
  await press(page, 'Start the scenario', true);
  const first = await playScenario(page, 'first');
  await expectNoAxeViolations(page, 'ending');
  await press(page, 'Try again', true);
  const second = await playScenario(page, 'last');
  expect(first).not.toBe('');
  expect(second).not.toBe(first);
});

test('reloading mid-scenario resumes at the same decision', async ({ page }) => {
  await page.goto(scenarioPage);
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  const choices = page
    .getByRole('list')
    .filter({ has: page.getByRole('button') })
    .last()
    .getByRole('button');
  await choices.first().click();
  await page.getByRole('button', { name: 'Continue' }).click();
  const heading = await sectionHeading(page).textContent();
  expect(heading).toBeTruthy();
  await page.waitForTimeout(500);
  await page.reload();
  await expect(sectionHeading(page)).toHaveText(heading ?? '');
});

test('at the ending the learner sees their own decisions with their quality, which the page did not carry before', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const html = await (await request.get(scenarioPage)).text();
  const debrief = (await (await request.get(`${scenarioPage}debrief.json`)).json()) as Record<
    string,
    Record<string, { quality: string; why: string }>
  >;
  const whys = Object.values(debrief).flatMap((node) => Object.values(node).map((c) => c.why));
  expect(whys.length).toBeGreaterThan(5);
  // The reasons (and so the answers) are not in the page a learner opens before choosing.
  expect(whys.filter((why) => html.includes(why.slice(0, 40)))).toEqual([]);

  await page.goto(scenarioPage);
  await press(page, 'Start the scenario', true);
  await playScenario(page, 'last');
  const decisions = page.getByRole('region', { name: 'Your key decisions' });
  await expect(decisions.getByRole('listitem').first()).toContainText(
    /(Strong|Mixed|Weak) choice\./,
  );
  await expect(decisions.getByRole('button', { name: /^Replay from decision 1/ })).toBeVisible();
  await expectNoAxeViolations(page, 'key decisions');
});

test('a wrong answer shows the right one in words, keeps the choice readable, and the result reviews every question', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { questions } = parse(readFileSync(quizFile, 'utf8')) as { questions: QuizQuestionFile[] };
  const single = questions[0]!;
  const right = single.options!.find((o) => o.correct)!.text.trim();
  const wrong = single.options!.find((o) => !o.correct)!.text.trim();
  await page.goto(quizPage);
  await page.getByRole('button', { name: 'Start quiz' }).click();

  // Single choice, answered wrong: the right option is named, and the verdict is said once.
  await page.getByLabel(wrong, { exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const feedback = page.getByRole('status').filter({ hasText: 'Not quite' });
  await expect(feedback).toContainText(`The right answer is “${right}”.`);
  expect((await feedback.innerText()).match(/Not quite/g)).toHaveLength(1);
  // The learner's choice stays chosen and readable (not greyed out as disabled), marked in words.
  const chosen = page.getByLabel(wrong, { exact: true });
  await expect(chosen).toBeChecked();
  // Locked with aria-disabled, not the disabled attribute that greys the control out.
  await expect(chosen).not.toHaveAttribute('disabled');
  await expect(chosen).toHaveAccessibleDescription(/Your answer: not right/);
  await expect(page.getByLabel(right, { exact: true })).toHaveAccessibleDescription(
    /The right answer/,
  );
  await expectNoAxeViolations(page, 'wrong answer with the right one shown');
  await page.getByRole('button', { name: 'Next question' }).click();

  // Select all, with a right option missed: its line says it was missed, with no bare "Right.".
  const multiple = questions[1]!;
  const [firstRight, missed] = multiple.options!.filter((o) => o.correct);
  await page.getByLabel(firstRight!.text.trim(), { exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const missedLine = page
    .getByRole('status')
    .getByRole('listitem')
    .filter({ hasText: missed!.text.trim() });
  await expect(missedLine).toContainText(`You missed “${missed!.text.trim()}”: it is also right.`);
  await expect(missedLine).not.toContainText('Right.');
  await page.getByRole('button', { name: 'Next question' }).click();

  for (let i = 2; i < questions.length; i++) {
    await answer(page, false);
    await page.getByRole('button', { name: 'Check answer' }).click();
    const next = i === questions.length - 1 ? 'See your result' : 'Next question';
    await page.getByRole('button', { name: next }).click();
  }
  await expect(page.getByText('You did not pass this time.')).toBeVisible();
  const review = page.getByRole('list').filter({ hasText: single.prompt.trim() }).first();
  const first = review.getByRole('listitem').filter({ hasText: single.prompt.trim() });
  await expect(first).toContainText(`Your answer: ${wrong}`);
  await expect(first).toContainText(`The right answer: ${right}`);
  await expect(first).toContainText('Not right');
  await expect(first.getByRole('link')).toBeVisible();
  await expectNoAxeViolations(page, 'result with right answers');
});

test('after passing, the next step is the main action and trying again is secondary', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { questions } = parse(readFileSync(quizFile, 'utf8')) as { questions: QuizQuestionFile[] };
  await page.goto(quizPage);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < questions.length; i++) {
    await answerRight(page, questions);
    await page.getByRole('button', { name: 'Check answer' }).click();
    const next = i === questions.length - 1 ? 'See your result' : 'Next question';
    await page.getByRole('button', { name: next }).click();
  }
  await expect(page.getByText('You passed.')).toBeVisible();
  const onward = page.locator('.quiz').getByRole('link', { name: /^Next: / });
  await expect(onward).toHaveClass(/\bbutton\b/);
  await expect(onward).not.toHaveClass(/button--secondary/);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveClass(/button--secondary/);
  await expectNoAxeViolations(page, 'passed, with the next step');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'passed, with the next step, dark');
});

test('a scenario says which decision this is, repeats the choice, and keeps "Go back" after a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(scenarioPage);
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await expect(page.getByText('Decision 1 of 3', { exact: true })).toBeVisible();
  const choices = page.getByRole('list', { name: 'What do you do?' }).getByRole('button');
  const chosen = ((await choices.first().textContent()) ?? '').trim();
  await choices.first().click();
  await expect(page.getByRole('status').filter({ hasText: /./ }).first()).toContainText(
    `You chose: ${chosen}`,
  );
  await expectNoAxeViolations(page, 'consequence with the choice repeated');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Decision 2 of 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go back one step' })).toBeVisible();
  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.getByText('Decision 2 of 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go back one step' })).toBeVisible();
  await page.getByRole('button', { name: 'Go back one step' }).click();
  await expect(page.getByText('Decision 1 of 3', { exact: true })).toBeVisible();
});

test('at a scenario’s ending the next step is the main action and trying again is secondary', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(scenarioPage);
  await press(page, 'Start the scenario', true);
  await playScenario(page, 'first');
  const onward = page.locator('.scenario').getByRole('link', { name: /^Next: / });
  await expect(onward).toHaveClass(/\bbutton\b/);
  await expect(onward).not.toHaveClass(/button--secondary/);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveClass(/button--secondary/);
  await expectNoAxeViolations(page, 'ending');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'ending, dark');
});

for (const [page_, start, first] of [
  [quizPage, 'Start quiz', /^Question 1 of \d+$/],
  [scenarioPage, 'Start the scenario', /^Decision 1 of \d+$/],
] as const) {
  test(`one press on "${start}" before the page's island has woken starts it`, async ({ page }) => {
    // Hold the island's code back, so the press surely comes before it hydrates.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/(Quiz|ScenarioPlayer)\.[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(page_);
    await page.getByRole('button', { name: start }).click();
    release();
    await expect(page.getByText(first)).toBeVisible();
  });
}
