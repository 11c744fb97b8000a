// @vitest-environment happy-dom
/**
 * The scenario island in a DOM, used as a learner would: by the names and roles a screen reader
 * announces, clicking buttons, with focus followed after each action.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ScenarioPlayer } from '../../src/scenario/components/ScenarioPlayer';
import { debriefOf, toPlayable } from '../../src/scenario/playable';
import { fixture } from '../fixtures/scenarios/load';

// The page gets the scenario without the authors' judgements; they come from debrief.json.
beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(
        url === '/courses/c/s/debrief.json'
          ? new Response(JSON.stringify(debriefOf(fixture('sound'))))
          : new Response('Not found', { status: 404 }),
      ),
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function playScenario() {
  const scenario = { ...toPlayable(fixture('sound')), id: `dom-${crypto.randomUUID()}` };
  render(
    <ScenarioPlayer
      scenario={scenario}
      debriefUrl="/courses/c/s/debrief.json"
      revision="r1"
      courseId="c"
      courseTitle="Course"
    />,
  );
  return userEvent.setup();
}

async function choose(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(await screen.findByRole('button', { name: text }));
  await user.click(await screen.findByRole('button', { name: 'Continue' }));
}

describe('the scenario player, as a learner uses it', () => {
  test('reaching an ending shows each decision with its quality, and the stronger choice where it was weaker', async () => {
    const user = playScenario();
    await user.click(screen.getByRole('button', { name: 'Start the scenario' }));
    await choose(user, 'Say nothing for now.');
    await choose(user, 'Ask for a recorded decision.');
    await choose(user, 'Blame the supplier.');

    const ending = await screen.findByRole('heading', { level: 2, name: 'Firefight' });
    expect(ending).toHaveFocus();
    const decisions = screen.getByRole('region', { name: 'Your key decisions' });
    const items = within(decisions).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.scenario-quality')?.textContent)).toEqual([
      '~ Mixed choice. Checking the figures first can be fair, but the sponsor hears later than they should.',
      '✓ Strong choice. This choice keeps the decision with the person who owns it.',
      '✗ Weak choice. Blaming the supplier hides who owns the overrun and nobody believes it.',
    ]);
    expect(within(items[2]!).getByText('A stronger choice:').parentElement).toHaveTextContent(
      'A stronger choice: Own up.',
    );
    expect(within(items[1]!).queryByText('A stronger choice:')).toBeNull();
  });

  test('replaying from a decision returns to it, with focus on its heading, and plays to another ending', async () => {
    const user = playScenario();
    await user.click(screen.getByRole('button', { name: 'Start the scenario' }));
    await choose(user, 'Say nothing for now.');
    await choose(user, 'Ask for a recorded decision.');
    await choose(user, 'Blame the supplier.');
    await screen.findByRole('heading', { level: 2, name: 'Firefight' });

    await user.click(
      screen.getByRole('button', { name: 'Replay from decision 1: The first call' }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: /The first call/ })).toHaveFocus();
    await choose(user, 'Warn the sponsor today.');
    await choose(user, 'Ask for a recorded decision.');
    expect(await screen.findByRole('heading', { level: 2, name: 'Clear ownership' })).toHaveFocus();
  });

  test('offline, the ending still lists the decisions and says the comparison could not load', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const user = playScenario();
    await user.click(screen.getByRole('button', { name: 'Start the scenario' }));
    await choose(user, 'Warn the sponsor today.');
    await choose(user, 'Ask for a recorded decision.');
    await screen.findByRole('heading', { level: 2, name: 'Clear ownership' });
    const decisions = screen.getByRole('region', { name: 'Your key decisions' });
    expect(decisions).toHaveTextContent('could not be loaded just now');
    expect(within(decisions).getAllByRole('listitem')).toHaveLength(2);
    expect(within(decisions).queryByText(/Strong choice/)).toBeNull();
  });
});
