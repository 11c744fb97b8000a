/** The author view: the map's layout and markup, and the text outline that says the same in words. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ScenarioMap } from '../../../../src/scenario/author/ScenarioMap';
import { ScenarioOutline } from '../../../../src/scenario/author/ScenarioOutline';
import { analyseScenario } from '../../../../src/scenario/checks/graph';
import { layoutScenarioMap } from '../../../../src/scenario/author/layout';
import { fixture, loadScenario } from '../../../fixtures/scenarios/load';

const sound = analyseScenario(fixture('sound'));

describe('the scenario map', () => {
  it('puts decisions in columns by the choices it takes to reach them, then the end, then the endings', () => {
    const { boxes } = layoutScenarioMap(sound);
    const column = (key: string) => boxes.find((b) => b.key === key)!.x;
    expect(column('node:first-call')).toBeLessThan(column('node:board'));
    expect(column('node:board')).toBeLessThan(column('node:crisis'));
    expect(column('node:crisis')).toBeLessThan(column('end'));
    expect(column('end')).toBeLessThan(column('ending:muddle'));
    const endings = boxes.filter((b) => b.kind === 'ending').map((b) => [b.full, b.y]);
    // Top to bottom in the order the endings are checked.
    expect(endings.map(([title]) => title)).toEqual([
      'Clear ownership (2 paths)',
      'Firefight (2 paths)',
      'Muddle (1 path)',
    ]);
    expect(boxes.filter((b) => b.kind === 'ending').map((b) => b.note)).toEqual([
      'if acc >= 9',
      'if risk >= 9',
      'otherwise',
    ]);
    expect(endings.map(([, y]) => y)).toEqual(
      [...endings.map(([, y]) => y)].sort((a, b) => Number(a) - Number(b)),
    );
  });

  it('draws one line per pair of boxes, marks conditional ones, and counts merged choices', () => {
    const { lines } = layoutScenarioMap(sound);
    expect(lines.map((l) => [l.key, l.label ?? '', l.conditional])).toEqual([
      ['first-call>board>', '2 choices', false],
      ['board>crisis>risk >= 10', 'if risk >= 10', true],
      ['board>end>', '2 choices', false],
      ['crisis>end>', '2 choices', false],
      ['end>clear-ownership', '', true],
      ['end>firefight', '', true],
      ['end>muddle', '', false],
    ]);
    expect(lines[0]!.tooltip).toBe('Warn the sponsor today.\nSay nothing for now.');
  });

  it('wraps long titles to two lines and keeps the whole title for the tooltip', () => {
    const scenario = loadScenario('tests/fixtures/scenarios/sound.yaml');
    scenario.nodes[1]!.title = 'The next stage, the same pattern';
    const analysis = analyseScenario(scenario);
    const box = layoutScenarioMap(analysis).boxes.find((b) => b.key === 'node:board')!;
    expect(box.lines).toEqual(['The next stage, the same', 'pattern']);
    expect(box.full).toBe('The next stage, the same pattern');
  });

  it('is an image with a title and a description that points to the outline', () => {
    const html = renderToStaticMarkup(
      <ScenarioMap
        analysis={sound}
        scenarioId="budget-meeting"
        scenarioTitle="The budget meeting"
      />,
    );
    expect(html).toContain(
      'role="img" aria-labelledby="scenario-map-budget-meeting__title scenario-map-budget-meeting__desc"',
    );
    expect(html).toContain(
      '<title id="scenario-map-budget-meeting__title">Map of “The budget meeting”</title>',
    );
    expect(html).toContain(
      '<desc id="scenario-map-budget-meeting__desc">3 decisions leading to 3 endings, from left to right. The outline that follows lists every choice and ending in words.</desc>',
    );
    expect(html.match(/<rect /g)).toHaveLength(3 + 1 + 3);
  });
});

describe('the scenario outline', () => {
  const html = renderToStaticMarkup(<ScenarioOutline analysis={sound} />);

  it('lists every decision with its choices and where each leads, conditions included', () => {
    expect(html).toContain('<strong>The first call</strong> <code>first-call</code> (the start)');
    expect(html).toContain(
      '“Warn the sponsor today.” <code>warn-early</code> leads to “The board meets”.',
    );
    expect(html).toContain(
      '“Ask for a recorded decision.” <code>ask-for-decision</code> leads to:<ul><li>if risk &gt;= 10: “The crisis meeting”</li><li>otherwise: the end (the endings decide)</li></ul>',
    );
  });

  it('lists the endings in order with their conditions, path counts and shortest path', () => {
    expect(html).toContain('5 distinct paths through the scenario');
    expect(html).toContain(
      '<tr><th scope="row">Muddle <code>muddle</code></th><td>Otherwise (the fallback)</td><td>1</td><td><ol class="scenario-outline-example"><li>The first call: <code>warn-early</code></li><li>The board meets: <code>start-over</code></li></ol></td></tr>',
    );
  });
});
