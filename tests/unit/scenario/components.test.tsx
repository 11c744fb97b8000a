/**
 * The player's markup at each state, rendered on the server (no DOM here): the names, roles and
 * words a learner with a screen reader meets. Interaction and focus in a browser are e2e tests.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { focusTarget, ScenarioPlayer } from '../../../src/scenario/components/ScenarioPlayer';
import { scenarioIds } from '../../../src/scenario/components/ids';
import { ScenarioView } from '../../../src/scenario/components/View';
import { debriefOf } from '../../../src/scenario/playable';
import { scenarioMachine } from '../../../src/scenario/machine';
import { fixture } from '../../fixtures/scenarios/load';

const scenario = fixture('sound');
const ids = scenarioIds(scenario.id);

function actorAfter(...steps: string[]) {
  const actor = createActor(scenarioMachine, { input: { scenario } }).start();
  actor.send({ type: 'learner.start' });
  for (const step of steps) {
    actor.send(
      step === 'continue'
        ? { type: 'learner.continue' }
        : { type: 'learner.choose', choiceId: step },
    );
  }
  return actor;
}

const render = (actor: ReturnType<typeof actorAfter>, changedSinceStart = false) =>
  renderToStaticMarkup(
    <ScenarioView
      state={actor.getSnapshot()}
      send={() => {}}
      ids={ids}
      roleLabels={{ sponsor: 'senior responsible owner' }}
      changedSinceStart={changedSinceStart}
      debrief={{ status: 'ready', debrief: debriefOf(fixture('sound')) }}
    />,
  );

const buttons = (html: string) =>
  [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map(([, text = '']) =>
    text.replace(/<[^>]+>/g, ''),
  );
/** Each reviewed decision as its paragraphs' and button's text, joined by " | ". */
const decisions = (html: string) =>
  [...html.matchAll(/<li class="scenario-decision-review">(.*?)<\/li>/g)].map(([, item = '']) =>
    [...item.matchAll(/<(?:p|button)[^>]*>(.*?)<\/(?:p|button)>/g)]
      .map(([, text = '']) =>
        text
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .join(' | '),
  );
const statusRegion = (html: string) =>
  /<div class="scenario-status" role="status">(.*?)<\/div>/.exec(html)?.[1];

describe('the scenario player', () => {
  it('renders the intro on the server, with the title, summary, measures and a start button', () => {
    const html = renderToStaticMarkup(
      <ScenarioPlayer scenario={scenario} revision="r1" courseId="c" courseTitle="C" />,
    );
    expect(html).toContain('<h1 class="scenario-title">The budget meeting</h1>');
    expect(html).toContain('<p class="scenario-summary">A small sound scenario for tests.</p>');
    expect(html).toContain(
      '<li>Accountability clarity</li><li>Delivery risk (lower is better)</li>',
    );
    expect(html).toContain('you can go back one step');
    expect(buttons(html)).toEqual(['Start the scenario']);
  });

  it('says plainly when a saved attempt could not be kept because the scenario changed', () => {
    const actor = createActor(scenarioMachine, { input: { scenario } }).start();
    expect(render(actor, true)).toContain(
      '<div class="scenario-notice" role="status"><p>This scenario has changed since you started it, so it starts again from the beginning.</p></div>',
    );
  });

  it('shows a decision: its heading, speaker, text and the choices as buttons in a list, with no gauges', () => {
    const html = render(actorAfter());
    expect(html).toContain(
      `<h2 class="scenario-node-title" id="${ids.nodeHeading}" tabindex="-1">The first call</h2>`,
    );
    // The situation is narration, so the name stands alone, without "Speaker:".
    expect(html).toContain('<p class="scenario-speaker">Sam, delivery lead</p>');
    expect(html).toContain(
      '<p>The forecast is <strong>over budget</strong>. The sponsor is on the phone.</p>',
    );
    expect(html).toMatch(
      /<ul class="scenario-choices" aria-labelledby="[^"]+"><li><button type="button" class="scenario-choice">Warn the sponsor today.<\/button><\/li><li>/,
    );
    expect(buttons(html)).toEqual(['Warn the sponsor today.', 'Say nothing for now.']);
    expect(html).not.toContain('<meter');
    expect(statusRegion(html)).toBe('');
  });

  it('shows the consequence in the live region, the gauges with their values in words, and Continue', () => {
    const html = render(actorAfter('stay-quiet'));
    expect(statusRegion(html)).toBe(
      '<p class="scenario-you-chose"><span class="scenario-you-chose-label">You chose:</span> Say nothing for now.</p>' +
        '<p class="scenario-result">Nobody hears about the overrun.</p><ul class="scenario-changes">' +
        '<li class="scenario-change">Accountability clarity: 5 <span aria-hidden="true">→</span><span class="visually-hidden">to</span> 4 (down 1)</li>' +
        '<li class="scenario-change">Delivery risk: 8 <span aria-hidden="true">→</span><span class="visually-hidden">to</span> 10 (up 2; lower is better)</li></ul>',
    );
    expect(html).toContain(
      `<h3 class="scenario-consequence-title" id="${ids.consequenceHeading}" tabindex="-1">What happened</h3>`,
    );
    expect(html).toContain(
      '<meter id="scenario-budget-meeting__now__risk" class="scenario-gauge-meter" min="0" max="10" value="10"',
    );
    expect(html).toContain('<span class="scenario-gauge-value">10 out of 10</span>');
    expect(html).toContain(
      '<label class="scenario-gauge-label" for="scenario-budget-meeting__now__risk">Delivery risk<span class="scenario-gauge-reading"> (lower is better)</span></label>',
    );
    expect(buttons(html)).toEqual(['Continue', 'Go back one step']);
  });

  it('offers to go back one step only where the scenario allows it', () => {
    expect(buttons(render(actorAfter('warn-early', 'continue')))).toContain('Go back one step');
    expect(buttons(render(actorAfter()))).not.toContain('Go back one step');
  });

  it("shows the ending: title, outcome, debrief, the learner's decisions in order, final values, and Try again", () => {
    const html = render(actorAfter('warn-early', 'continue', 'ask-for-decision', 'continue'));
    expect(html).toContain(
      `<h2 class="scenario-ending-title" id="${ids.endingHeading}" tabindex="-1">Clear ownership</h2>`,
    );
    expect(html).toContain('<p class="scenario-outcome">Everyone knows who decided.</p>');
    expect(html).toContain('<div class="scenario-debrief"><p>Warn early.</p></div>');
    expect(decisions(html)).toEqual([
      'Decision 1: The first call | You chose: Warn the sponsor today. | ✓ Strong choice. This choice keeps the decision with the person who owns it. | Replay from decision 1',
      'Decision 2: The board meets | You chose: Ask for a recorded decision. | ✓ Strong choice. This choice keeps the decision with the person who owns it. | Replay from decision 2',
    ]);
    expect(html).toContain('<span class="scenario-gauge-value">10 out of 10</span>');
    // What is next sits in the result panel, before the debrief; the replays follow the decisions.
    expect(buttons(html)).toEqual([
      'Try again',
      'Replay from decision 1',
      'Replay from decision 2',
    ]);
  });

  it('marks the best ending as an achievement, and tells a learner at a lesser one that a better one exists', () => {
    const best = render(actorAfter('warn-early', 'continue', 'ask-for-decision', 'continue'));
    expect(best).toContain('class="result-panel result-panel--achieved"');
    expect(best).toContain('Your ending: the best one');
    expect(best).toContain('This is the best of the 3 endings.');
    const lesser = render(
      actorAfter(
        'stay-quiet',
        'continue',
        'ask-for-decision',
        'continue',
        'blame-supplier',
        'continue',
      ),
    );
    expect(lesser).toContain('class="result-panel result-panel--not-yet"');
    expect(lesser).not.toContain('result-panel__seal');
    expect(lesser).toContain('This is one of 3 endings, and a better one is possible.');
  });

  it('says why a weaker choice was weaker, and what the stronger choice at that moment was', () => {
    const html = render(
      actorAfter(
        'stay-quiet',
        'continue',
        'ask-for-decision',
        'continue',
        'blame-supplier',
        'continue',
      ),
    );
    expect(decisions(html)).toEqual([
      'Decision 1: The first call | You chose: Say nothing for now. | ~ Mixed choice. Checking the figures first can be fair, but the sponsor hears later than they should. | A stronger choice: Warn the sponsor today. This choice keeps the decision with the person who owns it. | Replay from decision 1',
      'Decision 2: The board meets | You chose: Ask for a recorded decision. | ✓ Strong choice. This choice keeps the decision with the person who owns it. | Replay from decision 2',
      'Decision 3: The crisis meeting | You chose: Blame the supplier. | ✗ Weak choice. Blaming the supplier hides who owns the overrun and nobody believes it. | A stronger choice: Own up. This choice keeps the decision with the person who owns it. | Replay from decision 3',
    ]);
  });

  it('moves focus to the new heading, to what happened, or to the ending, after the learner acts', () => {
    expect(focusTarget('learner.start', actorAfter().getSnapshot(), ids)).toBe(ids.nodeHeading);
    expect(focusTarget('learner.choose', actorAfter('warn-early').getSnapshot(), ids)).toBe(
      ids.consequenceHeading,
    );
    expect(
      focusTarget('learner.continue', actorAfter('warn-early', 'continue').getSnapshot(), ids),
    ).toBe(ids.nodeHeading);
    expect(
      focusTarget('learner.back', actorAfter('warn-early', 'continue').getSnapshot(), ids),
    ).toBe(ids.nodeHeading);
    expect(
      focusTarget(
        'learner.continue',
        actorAfter('warn-early', 'continue', 'start-over', 'continue').getSnapshot(),
        ids,
      ),
    ).toBe(ids.endingHeading);
    expect(focusTarget('learner.restart', actorAfter().getSnapshot(), ids)).toBe(ids.nodeHeading);
  });
});
