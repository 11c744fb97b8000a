/**
 * The build's scenario checks, each on a small bad scenario, with the exact words an author reads.
 * The eight fixtures in tests/fixtures/scenarios/ are the named cases; the rest are one-line edits
 * of the sound fixture, so each test shows the single thing that breaks it.
 */
import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../../../src/content/friendly-errors';
import { analyseScenario, checkScenario } from '../../../../src/scenario/checks/graph';
import { exploreScenario } from '../../../../src/scenario/states';
import { scenarioSchema } from '../../../../src/scenario/checks/graph';
import type { Scenario } from '../../../../src/scenario/schema';
import { fixture, readYaml } from '../../../fixtures/scenarios/load';

const check = (name: string) =>
  checkScenario(fixture(name), `tests/fixtures/scenarios/${name}.yaml`);

/** The sound fixture with one edit, checked as "s.yaml". */
function edited(edit: (scenario: Scenario) => void) {
  const scenario = structuredClone(fixture('sound'));
  edit(scenario);
  return checkScenario(scenario, 's.yaml');
}

const node = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id)!;
const choice = (s: Scenario, nodeId: string, id: string) =>
  node(s, nodeId).choices.find((c) => c.id === id)!;

describe('checkScenario on the bad fixtures', () => {
  it('passes the sound fixture', () => {
    expect(check('sound')).toEqual([]);
  });

  it('reports a target that does not exist', () => {
    expect(check('missing-target')).toEqual([
      {
        file: 'tests/fixtures/scenarios/missing-target.yaml',
        field: 'nodes[0].choices[1].to',
        problem:
          'Choice "go-to-boardroom" of node "first" leads to "boardroom", which is not a node.',
        fix: 'Use the id of a node (first, second), or "end" to finish the scenario.',
      },
    ]);
  });

  it('reports a node no path reaches', () => {
    expect(check('unreachable-node')).toEqual([
      {
        file: 'tests/fixtures/scenarios/unreachable-node.yaml',
        field: 'nodes[1]',
        problem: 'No path reaches node "side-room": no choice leads to it.',
        fix: 'Lead a choice to "side-room", or remove the node.',
      },
    ]);
  });

  it('reports a node with no way out', () => {
    expect(check('dead-end')).toEqual([
      {
        file: 'tests/fixtures/scenarios/dead-end.yaml',
        field: 'nodes[1].choices',
        problem: 'Node "waiting-room" has no choices, so a learner who reaches it is stuck.',
        fix: 'Add at least one choice. To finish the scenario here, give a choice "to: end".',
      },
    ]);
  });

  it('reports a loop with no exit', () => {
    expect(check('cycle-no-exit')).toEqual([
      {
        file: 'tests/fixtures/scenarios/cycle-no-exit.yaml',
        field: 'nodes[1]',
        problem:
          'Nodes "corridor" and "stairwell" lead only to each other, so a learner who reaches them can never finish.',
        fix: 'Give one of these nodes a choice that leads to another node or to "end".',
      },
    ]);
  });

  it('reports an ending that an earlier ending always takes first', () => {
    expect(check('unreachable-ending')).toEqual([
      {
        file: 'tests/fixtures/scenarios/unreachable-ending.yaml',
        field: 'endings[1]',
        problem:
          'No path reaches ending "model-sponsor": whenever its condition holds, an earlier ending applies first ("good-enough").',
        fix: 'Move it before those endings, or make their conditions stricter.',
      },
    ]);
  });

  it('reports a variable used but not declared', () => {
    expect(check('undeclared-variable')).toEqual([
      {
        file: 'tests/fixtures/scenarios/undeclared-variable.yaml',
        field: 'nodes[0].choices[0].effects.trust',
        problem:
          'Choice "be-candid" of node "first" changes "trust", which is not a declared variable.',
        fix: 'Declare "trust" under "variables", or use one of: acc, risk.',
      },
    ]);
  });

  it('reports a condition that can never hold, with the values it meets', () => {
    expect(check('impossible-condition')).toEqual([
      {
        file: 'tests/fixtures/scenarios/impossible-condition.yaml',
        field: 'nodes[0].choices[0].to[0].if',
        problem:
          'The condition "risk >= 9" never holds after choice "escalate" of node "first": there, risk is always 6.',
        fix: 'Change the condition, or the effects that lead here, so that it can hold.',
      },
    ]);
  });

  it('reports an ending without a debrief', () => {
    expect(check('ending-without-debrief')).toEqual([
      {
        file: 'tests/fixtures/scenarios/ending-without-debrief.yaml',
        field: 'endings[0].debrief',
        problem: 'Ending "done" has no debrief.',
        fix: 'Add a "debrief": the principle this ending teaches and why it matters, in Markdown.',
      },
    ]);
  });
});

describe('checkScenario on one-line edits of a sound scenario', () => {
  it('reports a start that is not a node', () => {
    expect(edited((s) => (s.start = 'opening'))).toEqual([
      {
        file: 's.yaml',
        field: 'start',
        problem: 'The start node "opening" is not one of the nodes.',
        fix: 'Set "start" to the id of the first node: one of first-call, board, crisis.',
      },
    ]);
  });

  it('reports duplicate ids of nodes, choices and endings', () => {
    const problems = edited((s) => {
      node(s, 'crisis').id = 'board';
      choice(s, 'first-call', 'stay-quiet').id = 'warn-early';
      s.endings[1]!.id = 'muddle';
    }).map((p) => [p.field, p.problem]);
    expect(problems).toEqual([
      ['nodes', 'Two nodes have the id "board".'],
      ['endings', 'Two endings have the id "muddle".'],
      ['nodes[0].choices', 'Node "first-call" has two choices with the id "warn-early".'],
      // Renaming "crisis" also leaves the branch that led to it pointing nowhere.
      [
        'nodes[1].choices[0].to[0].goto',
        'Choice "ask-for-decision" of node "board" leads to "crisis", which is not a node.',
      ],
    ]);
  });

  it('reports an ending before the last with no "when", and a last ending with one', () => {
    const problems = edited((s) => {
      delete s.endings[0]!.when;
      s.endings[2]!.when = 'acc <= 4';
    });
    expect(problems.map((p) => [p.field, p.problem, p.fix])).toEqual([
      [
        'endings[0]',
        'Ending "clear-ownership" has no "when", so it always applies and the endings after it ("firefight", "muddle") are never reached.',
        'Give it a "when", or move it to the end of the list as the fallback.',
      ],
      [
        'endings[2].when',
        'The last ending, "muddle", has a "when", so when no ending\'s condition holds, nothing applies.',
        'Remove its "when" so it becomes the fallback, or add a fallback ending with no "when" after it.',
      ],
    ]);
  });

  it('reports a condition that does not parse, and one that names an undeclared variable', () => {
    const problems = edited((s) => {
      s.endings[0]!.when = 'acc => 9';
      s.endings[1]!.when = 'trust >= 9';
    });
    expect(problems.map((p) => [p.field, p.problem, p.fix])).toEqual([
      [
        'endings[0].when',
        'The condition "acc => 9" uses "=>", which is not part of a condition.',
        'Write ">=" for "at least".',
      ],
      [
        'endings[1].when',
        'The condition "trust >= 9" uses "trust", which is not a declared variable.',
        'Declare "trust" under "variables", or use one of: acc, risk.',
      ],
    ]);
  });

  it('reports a set outside the range, and a variable both changed and set', () => {
    const problems = edited((s) => {
      const startOver = choice(s, 'board', 'start-over');
      startOver.set = { acc: 12 };
      startOver.effects = { acc: 1 };
    });
    expect(problems.map((p) => [p.field, p.problem])).toEqual([
      [
        'nodes[1].choices[1].set.acc',
        'Choice "start-over" of node "board" sets "acc" to 12, outside its range 0 to 10.',
      ],
      [
        'nodes[1].choices[1].set.acc',
        'Choice "start-over" of node "board" both changes and sets "acc"; the set wins, so the change does nothing.',
      ],
    ]);
  });

  it('reports conditional targets whose order leaves the learner nowhere to go or hides branches', () => {
    const problems = edited((s) => {
      choice(s, 'board', 'ask-for-decision').to = [
        { goto: 'crisis' },
        { if: 'risk >= 10', goto: 'end' },
      ];
    });
    expect(problems.map((p) => [p.field, p.problem])).toEqual([
      [
        'nodes[1].choices[0].to[0]',
        'Branch 1 of choice "ask-for-decision" of node "board" has no "if", so the branches after it are never used.',
      ],
      [
        'nodes[1].choices[0].to[1].if',
        'The last branch of choice "ask-for-decision" of node "board" has an "if", so when no condition holds the learner has nowhere to go.',
      ],
    ]);
  });

  it('reports a branch that never applies because an earlier one always does', () => {
    const problems = edited((s) => {
      choice(s, 'board', 'ask-for-decision').to = [
        { if: 'risk >= 5', goto: 'end' },
        { if: 'risk >= 10', goto: 'crisis' },
        { goto: 'end' },
      ];
    });
    expect(problems.map((p) => [p.field, p.problem])).toEqual([
      ['nodes[2]', 'No path reaches node "crisis": the branches that lead to it never apply.'],
      [
        'nodes[1].choices[0].to[1]',
        'The branch to "crisis" in choice "ask-for-decision" of node "board" never applies: whenever "risk >= 10" holds, an earlier branch applies first.',
      ],
    ]);
  });

  it('reports a loop a learner can be caught in, though it has a way out for others', () => {
    // "crisis" is now reached with risk 6 (and leaves) or with risk 10 (and waits for ever).
    const problems = edited((s) => {
      choice(s, 'first-call', 'warn-early').to = 'crisis';
      node(s, 'crisis').choices = [
        {
          id: 'wait',
          text: 'Wait.',
          quality: 'mixed',
          why: 'Waiting can help, but not for ever.',
          result: 'Time passes.',
          effects: {},
          to: [{ if: 'risk <= 8', goto: 'end' }, { goto: 'crisis' }],
        },
      ];
    });
    expect(problems).toContainEqual({
      file: 's.yaml',
      field: 'nodes[2]',
      problem:
        'A learner can be caught going round node "crisis" for ever: from some situations there, no sequence of choices leads to an ending.',
      fix: 'Make sure a way out always applies in this loop, such as a choice that leads on whatever the values.',
    });
  });

  it('reports an ending whose condition never holds at the end, with the values found there', () => {
    expect(edited((s) => (s.endings[1]!.when = 'risk >= 9 and acc <= 0'))).toEqual([
      {
        file: 's.yaml',
        field: 'endings[1].when',
        problem:
          'The condition "risk >= 9 and acc <= 0" of ending "firefight" never holds when the scenario ends: at the end, risk is between 6 and 10 and acc is between 5 and 10.',
        fix: 'Lower the bar in "when", or change the choices\u2019 effects so that some path meets it.',
      },
    ]);
  });

  it('reports a fallback ending that every path passes by', () => {
    expect(edited((s) => (s.endings[0]!.when = 'acc >= 0')).map((p) => p.problem)).toEqual([
      'No path reaches ending "firefight": whenever its condition holds, an earlier ending applies first ("clear-ownership").',
      'No path reaches ending "muddle": every path meets an earlier ending\'s condition first.',
    ]);
  });

  it('reports variables that start outside their range or have no room to change', () => {
    const problems = edited((s) => {
      s.variables[0]!.start = 12;
      s.variables[1]!.min = 10;
    });
    expect(problems.map((p) => [p.field, p.problem])).toEqual([
      ['variables[0].start', 'Variable "acc" starts at 12, outside its range 0 to 10.'],
      ['variables[1]', 'Variable "risk" has min 10 and max 10, so it has no room to change.'],
    ]);
  });

  it('keeps "end" for finishing: a node cannot be called that', () => {
    expect(edited((s) => (node(s, 'crisis').id = 'end')).map((p) => p.problem)).toContain(
      'A node has the id "end", which is kept for finishing the scenario.',
    );
  });
});

describe('the scenario schema', () => {
  it('reports the graph checks through the friendly errors, in the same words', () => {
    const file = 'tests/fixtures/scenarios/dead-end.yaml';
    expect(parseWithFriendlyErrors(scenarioSchema, readYaml(file), file)).toEqual({
      ok: false,
      problems: check('dead-end'),
    });
  });

  it('reports a missing field in its own words before any graph check', () => {
    const data = readYaml('tests/fixtures/scenarios/sound.yaml') as Record<string, unknown>;
    delete data['summary'];
    const parsed = parseWithFriendlyErrors(scenarioSchema, data, 's.yaml');
    expect(parsed).toEqual({
      ok: false,
      problems: [
        {
          file: 's.yaml',
          field: 'summary',
          problem: '"summary" is missing.',
          fix: 'Add "summary" (one sentence for the module page).',
        },
      ],
    });
  });

  it('explains a variable id that a condition could not read', () => {
    const data = readYaml('tests/fixtures/scenarios/sound.yaml') as { variables: { id: string }[] };
    data.variables[0]!.id = 'board-trust';
    const parsed = parseWithFriendlyErrors(scenarioSchema, data, 's.yaml');
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      {
        file: 's.yaml',
        field: 'variables[0].id',
        problem: 'The variable id "board-trust" cannot be read in a condition.',
        fix: 'Use lower-case letters and digits only, starting with a letter, like acc or risk.',
      },
    ]);
  });

  it('fills in the defaults: range 0 to 10, higher is better, no going back, no effects', () => {
    const scenario = fixture('missing-target');
    expect(scenario.variables[0]).toEqual({
      id: 'acc',
      label: 'Accountability clarity',
      start: 5,
      min: 0,
      max: 10,
      better: 'higher',
    });
    expect(scenario.allowBack).toBe(false);
    expect(scenario.nodes[0]!.choices[0]!.effects).toEqual({});
  });
});

describe('analyseScenario', () => {
  it('counts the distinct choice sequences that end in each ending, with the shortest as an example', () => {
    const analysis = analyseScenario(fixture('sound'));
    expect(analysis.endings).toEqual([
      {
        id: 'clear-ownership',
        title: 'Clear ownership',
        when: 'acc >= 9',
        paths: 2,
        example: [
          { node: 'first-call', choice: 'warn-early' },
          { node: 'board', choice: 'ask-for-decision' },
        ],
      },
      {
        id: 'firefight',
        title: 'Firefight',
        when: 'risk >= 9',
        paths: 2,
        example: [
          { node: 'first-call', choice: 'stay-quiet' },
          { node: 'board', choice: 'start-over' },
        ],
      },
      {
        id: 'muddle',
        title: 'Muddle',
        paths: 1,
        example: [
          { node: 'first-call', choice: 'warn-early' },
          { node: 'board', choice: 'start-over' },
        ],
      },
    ]);
    expect(analysis.totalPaths).toBe(5);
    expect(analysis.hasLoops).toBe(false);
  });

  it('lists an edge per choice, and per branch of a conditional target', () => {
    const { edges, nodes, start } = analyseScenario(fixture('sound'));
    expect(start).toBe('first-call');
    expect(nodes.map((n) => [n.id, n.reachable])).toEqual([
      ['first-call', true],
      ['board', true],
      ['crisis', true],
    ]);
    expect(
      edges.map((e) => `${e.from} -${e.choice}${e.if ? ` if ${e.if}` : ''}-> ${e.to}`),
    ).toEqual([
      'first-call -warn-early-> board',
      'first-call -stay-quiet-> board',
      'board -ask-for-decision if risk >= 10-> crisis',
      'board -ask-for-decision-> end',
      'board -start-over-> end',
      'crisis -own-up-> end',
      'crisis -blame-supplier-> end',
    ]);
  });

  it('says when a learner can come back to the same situation', () => {
    const scenario = structuredClone(fixture('sound'));
    choice(scenario, 'crisis', 'blame-supplier').to = 'crisis';
    expect(analyseScenario(scenario).hasLoops).toBe(true);
  });
});

describe('exploring the situations', () => {
  it('stops at the limit and says it did', () => {
    expect(exploreScenario(fixture('sound'), 2).truncated).toBe(true);
    expect(exploreScenario(fixture('sound')).truncated).toBe(false);
  });
});

describe('endings true to the path that reaches them', () => {
  it('fails a scenario where a path with a weak choice reaches the best-ranked ending, naming the path', () => {
    expect(check('weak-reaches-best')).toEqual([
      {
        file: 'tests/fixtures/scenarios/weak-reaches-best.yaml',
        field: 'endings[0].rank',
        problem:
          'A path with the weak choice "stay-quiet" reaches "clear-ownership", which is ranked best: "stay-quiet" (node "first-call") → "ask-for-decision" (node "board") → "own-up" (node "crisis").',
        fix: 'Lead that path to a lower-ranked ending (through a branch, or a "when" on the variables), or add the choice to "excludes" of "clear-ownership"; if the choice is not weak after all, change its quality and its why.',
      },
    ]);
  });

  it('passes once the ending excludes the weak choice and the variables send that path elsewhere', () => {
    const scenario = structuredClone(fixture('weak-reaches-best'));
    scenario.endings[0]!.when = 'acc >= 9 and risk <= 8';
    scenario.endings[0]!.excludes = ['stay-quiet'];
    expect(checkScenario(scenario, 's.yaml')).toEqual([]);
  });

  it('proves what an ending requires and excludes over every path, and names one that breaks it', () => {
    const problems = edited((s) => {
      s.endings[0]!.requires = ['warn-early'];
      s.endings[1]!.excludes = ['stay-quiet'];
    });
    expect(problems.map((p) => [p.field, p.problem])).toEqual([
      [
        'endings[1].excludes[0]',
        'Ending "firefight" excludes the choice "stay-quiet", but this path makes that choice and still reaches it: "stay-quiet" (node "first-call") → "start-over" (node "board").',
      ],
      [
        'endings[0].requires[0]',
        'Ending "clear-ownership" requires the choice "warn-early", but this path reaches it without that choice: "stay-quiet" (node "first-call") → "ask-for-decision" (node "board") → "own-up" (node "crisis").',
      ],
    ]);
  });

  it('accepts requires and excludes that every path honours', () => {
    expect(
      edited((s) => {
        s.endings[0]!.when = 'acc >= 9 and risk <= 8';
        s.endings[0]!.requires = ['warn-early'];
        s.endings[2]!.excludes = ['blame-supplier'];
      }),
    ).toEqual([]);
  });

  it('reports a choice named in requires or excludes that does not exist or is ambiguous', () => {
    const problems = edited((s) => {
      s.endings[2]!.excludes = ['nobody'];
      choice(s, 'crisis', 'own-up').id = 'warn-early';
      s.endings[0]!.requires = ['warn-early'];
    });
    expect(problems.map((p) => [p.field, p.problem])).toEqual([
      [
        'endings[0].requires[0]',
        'Ending "clear-ownership" requires "warn-early", but choices in nodes "first-call" and "crisis" share that id, so it is not clear which one is meant.',
      ],
      [
        'endings[2].excludes[0]',
        'Ending "muddle" excludes a choice "nobody", but no choice has that id.',
      ],
    ]);
  });

  it('asks for a strong choice wherever there is a weak one, so the debrief can show it', () => {
    const problems = edited((s) => (choice(s, 'crisis', 'own-up').quality = 'mixed'));
    expect(problems).toEqual([
      {
        file: 's.yaml',
        field: 'nodes[2].choices[1].quality',
        problem:
          'Node "crisis" has a weak choice but no strong one, so the debrief cannot show the learner what would have been stronger.',
        fix: 'Mark the best choice at this node strong, or add a strong choice.',
      },
    ]);
  });
});
