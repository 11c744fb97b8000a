/**
 * The island's markup at each state, rendered on the server (no DOM here): the names and roles a
 * learner with a screen reader meets, and a browser test finds. Interaction is left to e2e tests.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { Quiz } from '../../../src/quiz/components/Quiz';
import { quizIds } from '../../../src/quiz/components/ids';
import { QuizView } from '../../../src/quiz/components/View';
import { quizMachine } from '../../../src/quiz/machine';
import { answerCurrent, fixtureQuiz, startedActor, walkAttempt } from '../../fixtures/quizzes/walk';

const quiz = fixtureQuiz();
const lessonHrefs = {
  'what-you-own': { href: '/courses/c/what-you-own/', title: 'What you own' },
  'who-does-what': { href: '/courses/c/who-does-what/', title: 'Who does what' },
};

const next = { href: '/courses/c/next-step/', title: 'The next step' };

function render(
  actor: ReturnType<typeof startedActor>,
  changedSinceStart = false,
  withNext = false,
): string {
  return renderToStaticMarkup(
    <QuizView
      state={actor.getSnapshot()}
      send={() => {}}
      ids={quizIds(quiz.id)}
      lessonHrefs={lessonHrefs}
      next={withNext ? next : undefined}
      changedSinceStart={changedSinceStart}
    />,
  );
}

/** Buttons by their accessible name: aria-label, or else the text content. */
function buttons(html: string): string[] {
  return [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map(
    ([, attributes = '', text = '']) =>
      /aria-label="([^"]*)"/.exec(attributes)?.[1] ?? text.replace(/<[^>]+>/g, ''),
  );
}

const atQuestion = (index: number) => {
  const actor = startedActor(quizMachine, quiz);
  while (actor.getSnapshot().context.current < index) {
    answerCurrent(actor, 'right');
    actor.send({ type: 'learner.next' });
  }
  return actor;
};

describe('the island on the server', () => {
  test('renders the intro before it hydrates, without touching the browser', () => {
    const html = renderToStaticMarkup(
      <Quiz quiz={quiz} revision="r1" courseId="c" courseTitle="C" lessonHrefs={lessonHrefs} />,
    );
    expect(html).toContain('<h1 class="quiz-title">Check your understanding: escalation</h1>');
    expect(html).toContain(
      '<li>5 questions</li><li>Pass mark: 60%</li><li>You can take it 2 times</li>',
    );
    expect(buttons(html)).toEqual(['Start quiz']);
  });
});

describe('the intro', () => {
  test('tells the learner plainly when a saved attempt could not be kept', () => {
    const actor = createActor(quizMachine, { input: { quiz, seed: 1 } }).start();
    expect(render(actor, true)).toContain('This quiz has changed');
    expect(render(actor, false)).not.toContain('This quiz has changed');
  });
});

describe('a question', () => {
  test('is a fieldset whose legend holds the progress and the prompt, with labelled radios', () => {
    const html = render(atQuestion(0));
    expect(html).toMatch(
      /<fieldset[^>]*><legend class="quiz-legend"><h2 class="quiz-prompt" id="quiz-fixture-quiz__question-heading" tabindex="-1"><span class="quiz-progress">Question 1 of 5<\/span> Who owns the business case\?<\/h2><\/legend>/,
    );
    for (const id of ['pmo', 'sponsor', 'lead']) {
      expect(html).toContain(`type="radio" id="quiz-fixture-quiz__who-owns-case__${id}"`);
      expect(html).toContain(`for="quiz-fixture-quiz__who-owns-case__${id}"`);
    }
    expect(html).toContain('<summary class="quiz-hint-summary">Show hint</summary>');
    expect(buttons(html)).toEqual(['Check answer']);
  });

  test('multiple response uses checkboxes', () => {
    expect(render(atQuestion(1)).match(/type="checkbox"/g)).toHaveLength(3);
  });

  test('true or false is two radios', () => {
    const html = render(atQuestion(2));
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toMatch(/>True<\/label>.*>False<\/label>/);
  });

  test('matching is one select per item, labelled by the item', () => {
    const html = render(atQuestion(3));
    expect(html.match(/<select/g)).toHaveLength(3);
    expect(html).toContain(
      '<label class="quiz-match-item" for="quiz-fixture-quiz__match-owners__daily-plan">Runs the day-to-day plan</label>',
    );
    expect(html).toContain('<option value="" selected="">Choose an answer</option>');
    expect(html).toContain('<option value="Internal audit">Internal audit</option>');
  });

  test('ordering has move buttons named after their item, and a live region', () => {
    const names = buttons(render(atQuestion(4)));
    expect(names).toContain('Move up: Warn the sponsor');
    expect(names).toContain('Move down: Warn the sponsor');
    expect(names.filter((n) => n.startsWith('Move'))).toHaveLength(8);
    expect(render(atQuestion(4))).toMatch(
      /<p class="visually-hidden" role="status" aria-live="polite">/,
    );
  });

  test('checking with nothing chosen shows the error summary, linked to the first option', () => {
    const actor = atQuestion(0);
    actor.send({ type: 'learner.submit' });
    const html = render(actor);
    const first = actor.getSnapshot().context.shown['who-owns-case']?.[0];
    expect(html).toContain('role="alert"');
    expect(html).toContain('There is a problem</h2>');
    expect(html).toContain(
      `<a href="#quiz-fixture-quiz__who-owns-case__${first}">Choose an answer</a>`,
    );
    expect(html).toContain('<span class="visually-hidden">Error: </span>Choose an answer');
  });

  test('a partly matched question links to the first item still to match', () => {
    const actor = atQuestion(3);
    actor.send({ type: 'learner.match', pairId: 'business-case', answer: 'Sponsor' });
    actor.send({ type: 'learner.submit' });
    expect(render(actor)).toContain(
      '<a href="#quiz-fixture-quiz__match-owners__daily-plan">Choose an answer for every item</a>',
    );
  });
});

describe('feedback', () => {
  test('says Correct or Not quite in words, explains each choice, names the right one and links to the lesson', () => {
    const actor = atQuestion(0);
    actor.send({ type: 'learner.select', optionId: 'lead' });
    actor.send({ type: 'learner.submit' });
    const html = render(actor);
    expect(html).toContain(
      'role="status" aria-live="polite"><div class="quiz-feedback quiz-feedback--wrong">',
    );
    expect(html).toMatch(
      /id="quiz-fixture-quiz__feedback-heading" tabindex="-1">.*Not quite<\/h3>/,
    );
    expect(html).toContain('You chose “The delivery lead”. That is not right.');
    expect(html).toContain('The right answer is “The sponsor”.');
    // The choice stays chosen and readable: locked with aria-disabled, never greyed out as disabled.
    expect(html).not.toContain('disabled=""');
    expect(html).toContain('aria-disabled="true"');
    expect(html).toContain('The delivery lead runs the work within limits set by the sponsor.');
    expect(html).toContain('<a href="/courses/c/what-you-own/">What you own</a>');
    expect(buttons(html)).toEqual(['Next question']);
  });

  test('the last question leads to the result', () => {
    const actor = atQuestion(4);
    answerCurrent(actor, 'right');
    const html = render(actor);
    expect(html).toContain(' Correct</h3>');
    expect(html).toContain('“Warn the sponsor”: you put it in place 2. That is right.');
    expect(buttons(html)).toEqual(['See your result']);
  });
});

describe('the result', () => {
  test('a pass: the score in words, a review and a retry while attempts are left', () => {
    const actor = startedActor(quizMachine, quiz);
    walkAttempt(actor, (i) => (i === 1 ? 'wrong' : 'right'));
    const html = render(actor);
    expect(html).toContain('You passed.');
    expect(html).toContain('You answered 4 of 5 questions right: 80%. The pass mark is 60%.');
    expect(html.match(/class="quiz-review-item/g)).toHaveLength(5);
    expect(html).toContain(
      ' Not right</p><p class="quiz-review-answer">Your answer: Writing every project&#x27;s plan</p><p class="quiz-review-answer">The right answer:</p><ul class="quiz-review-parts"><li>Coaching project leads</li><li>Offering templates</li></ul>',
    );
    expect(html).toContain('You have 1 more attempt.');
    expect(buttons(html)).toEqual(['Try again']);
  });

  test('a pass with a next step: the next step is the main action, trying again secondary', () => {
    const actor = startedActor(quizMachine, quiz);
    walkAttempt(actor, () => 'right');
    const html = render(actor, false, true);
    expect(html).toContain(
      '<a class="button" href="/courses/c/next-step/">Next: The next step</a><button type="button" class="button button--secondary">Try again</button>',
    );
    // In the result panel with the score and what it means, before the review of every answer.
    expect(html.indexOf('result-panel__actions')).toBeLessThan(html.indexOf('Your answers'));
    expect(html).toContain('class="result-panel result-panel--achieved"');
    expect(html).toContain(
      'check of what its lessons teach. Go on to the next step when you are ready.',
    );
  });

  test('a fail with no attempts left: no retry', () => {
    const actor = startedActor(quizMachine, quiz);
    walkAttempt(actor, () => 'wrong');
    actor.send({ type: 'learner.retry' });
    walkAttempt(actor, () => 'wrong');
    const html = render(actor);
    expect(html).toContain('You did not pass this time.');
    expect(html).toContain('class="result-panel result-panel--not-yet"');
    expect(html).toContain('each one links to the lesson that teaches it');
    expect(html).toContain('You have used all 2 attempts.');
    expect(buttons(html)).toEqual([]);
  });
});
