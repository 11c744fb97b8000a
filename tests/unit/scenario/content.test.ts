/**
 * Every scenario under courses/, proved playable: it passes the build's checks, and walking every
 * choice through the machine shows that each path ends and each ending is met by some path.
 * The cases are generated from the content, so a new or edited scenario is covered without edits here.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { formatProblem, parseWithFriendlyErrors } from '../../../src/content/friendly-errors';
import { analyseScenario } from '../../../src/scenario/checks/graph';
import { nodeById } from '../../../src/scenario/rules';
import { scenarioMachine } from '../../../src/scenario/machine';
import { scenarioSchema } from '../../../src/scenario/checks/graph';
import type { Scenario } from '../../../src/scenario/schema';
import { courseScenarioFiles, readYaml } from '../../fixtures/scenarios/load';

type Snapshot = SnapshotFrom<typeof scenarioMachine>;

const files = courseScenarioFiles();

/** Plays every sequence of choices to its end; returns how many sequences end in each ending. */
function walkEveryPath(scenario: Scenario): Map<string, number> {
  const reached = new Map<string, number>();
  const [intro] = initialTransition(scenarioMachine, { scenario });
  const [first] = transition(scenarioMachine, intro, { type: 'learner.start' });

  const visit = (snapshot: Snapshot, depth: number) => {
    // Three or four decisions deep is the design; far deeper means a loop slipped through.
    expect(depth, `a path at ${snapshot.context.nodeId} runs on without ending`).toBeLessThan(50);
    expect(snapshot.value).toEqual({ playing: 'deciding' });
    const node = nodeById(scenario, snapshot.context.nodeId)!;
    for (const choice of node.choices) {
      const [shown, chooseActions] = transition(scenarioMachine, snapshot, {
        type: 'learner.choose',
        choiceId: choice.id,
      });
      expect(shown.value).toEqual({ playing: 'consequence' });
      expect(chooseActions.map((a) => a.type)).toContain('recordChoice');
      const [next, continueActions] = transition(scenarioMachine, shown, {
        type: 'learner.continue',
      });
      if (next.value === 'ended') {
        const endingId = next.context.endingId!;
        expect(continueActions.find((a) => a.type === 'recordEnding')?.params).toMatchObject({
          ending: { id: endingId },
        });
        reached.set(endingId, (reached.get(endingId) ?? 0) + 1);
      } else visit(next, depth + 1);
    }
  };
  visit(first, 0);
  return reached;
}

describe('the scenarios in courses/', () => {
  it('has the eight scenarios from the content brief, and every scenario has its own id', () => {
    const ids = files.map((file) => (readYaml(file) as { id: string }).id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'helpful-rescue',
        'vanishing-sponsor',
        'ten-per-cent',
        'who-owns-the-benefit',
        'watermelon-portfolio',
        'inherited-chair',
        'marking-our-own-homework',
        'deadline-business-case',
      ]),
    );
    expect(new Set(ids).size).toBe(files.length);
  });

  describe.each(files)('%s', (file) => {
    const parsed = parseWithFriendlyErrors(scenarioSchema, readYaml(file), file);

    it('passes every build check', () => {
      expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([]);
    });

    it('ends on every path, and every ending is met by some path', () => {
      if (!parsed.ok) return;
      const scenario = parsed.data;
      const reached = walkEveryPath(scenario);
      expect([...reached.keys()].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
      // The author view's counts are what the walk found.
      const analysis = analyseScenario(scenario);
      expect(Object.fromEntries(analysis.endings.map((e) => [e.id, e.paths]))).toEqual(
        Object.fromEntries(reached),
      );
    });

    it('gives every decision a title and every ending a debrief of 60 to 120 words', () => {
      if (!parsed.ok) return;
      for (const ending of parsed.data.endings) {
        const words = ending.debrief.split(/\s+/).filter(Boolean).length;
        expect(words, `${ending.id} has ${words} words`).toBeGreaterThanOrEqual(60);
        expect(words, `${ending.id} has ${words} words`).toBeLessThanOrEqual(120);
      }
      for (const node of parsed.data.nodes) {
        for (const choice of node.choices)
          expect(choice.result, `${node.id}/${choice.id}`).not.toContain('\n');
      }
    });
  });
});
