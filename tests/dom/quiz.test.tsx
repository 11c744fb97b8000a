// @vitest-environment happy-dom
/**
 * The quiz island in a DOM, used as a learner would: controls found by their labels and roles,
 * feedback read from the live region, focus followed after each action.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { Quiz } from '../../src/quiz/components/Quiz';
import { fixtureQuiz } from '../fixtures/quizzes/walk';

afterEach(cleanup);

const lessonHrefs = { 'what-you-own': { href: '/courses/c/what-you-own/', title: 'What you own' } };

/** The polite live region the feedback is announced in. */
const feedbackRegion = () =>
  screen.getAllByRole('status').find((region) => region.textContent?.trim())!;

function startQuiz() {
  // Only the first question, so the test knows what is on screen whatever the shuffle.
  const quiz = { ...fixtureQuiz(), id: `dom-${crypto.randomUUID()}` };
  quiz.questions = quiz.questions.slice(0, 1);
  render(<Quiz quiz={quiz} revision="r1" courseId="c" courseTitle="C" lessonHrefs={lessonHrefs} />);
  return userEvent.setup();
}

describe('the quiz, as a learner uses it', () => {
  test('checking with nothing chosen shows an error summary that takes focus and names the problem', async () => {
    const user = startQuiz();
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    await user.click(await screen.findByRole('button', { name: 'Check answer' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(alert.contains(document.activeElement)).toBe(true);
  });

  test('a right answer is announced as correct, with focus on the feedback, and leads to the result', async () => {
    const user = startQuiz();
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    await user.click(await screen.findByLabelText('The sponsor'));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const live = feedbackRegion();
    expect(live).toHaveTextContent(/Correct/);
    expect(live).toHaveTextContent('The sponsor owns the case and answers for its benefits.');
    expect(within(live).getByRole('heading')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'See your result' }));
    expect(await screen.findByText('You passed.')).toBeInTheDocument();
  });

  test('a wrong answer says so and explains why, and the choice stays as the learner left it', async () => {
    const user = startQuiz();
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    await user.click(await screen.findByLabelText('The head of the PMO'));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const live = feedbackRegion();
    expect(live).toHaveTextContent(/Not quite/);
    expect(live).toHaveTextContent('The PMO supports; it does not own the case.');
    expect(screen.getByLabelText('The head of the PMO')).toBeChecked();
  });
});
