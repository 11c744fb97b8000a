/**
 * With scripts off, no page leaves a reader with a button that does nothing and says nothing: every
 * part that needs JavaScript says so and what to do instead, and no "Opening…" message waits forever.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

test.use({ javaScriptEnabled: false });

/** The words, wherever the page's lines break. */
const words = (text: string) => new RegExp(text.replace(/ /g, '\\s+'));

const pages: [what: string, path: string, says: RegExp][] = [
  [
    'a quiz',
    '/courses/sponsor-induction/sponsor-accountability-quiz/',
    words('quiz needs JavaScript'),
  ],
  ['a scenario', '/courses/sponsor-induction/inherited-chair/', words('scenario needs JavaScript')],
  [
    'a video',
    '/courses/sponsor-induction/sponsor-role-video/',
    words(
      'The captions switch, the speed choice, resuming and saving for offline use need JavaScript',
    ),
  ],
  [
    'a practice task',
    '/courses/sponsor-induction/sponsor-agree-time-plan/',
    words('Writing and saving your answer here needs JavaScript'),
  ],
  [
    'learning paths',
    '/paths/',
    words('Your assignments and progress are read from the learning record'),
  ],
  ['a learning path', '/paths/new-sponsor/', words('The list below still links every part')],
  [
    'sharing progress',
    '/paths/share/',
    words(
      'Making a progress report reads the learning record kept in this browser, which needs JavaScript',
    ),
  ],
  ['an assignment link', '/assignment/', words('Turn it on and open the link again')],
  ['the certificate', '/certificate/', words('needs JavaScript')],
  ['assigning learning', '/pmo/assign/', words('needs JavaScript')],
  ['insights', '/pmo/insights/', words('needs JavaScript')],
];

for (const [what, path, says] of pages) {
  test(`without JavaScript, ${what} says what needs it and what to do instead`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('.needs-js')).toHaveText(says);
    await expect(page.locator('.needs-js')).toBeVisible();
    // Nothing waits for a script that will never run.
    await expect(
      page.getByText(/^(Opening your learning record|Looking for assignments)/),
    ).toBeHidden();
  });
}

test('on every page, the words either side of a link keep their space ("the courses, the glossary")', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const joined: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    for (const match of text.matchAll(/\S{0,20}[a-z][,;][A-Za-z]\S{0,20}/g))
      joined.push(`${path}: ${match[0]}`);
  }
  expect(joined).toEqual([]);
});
