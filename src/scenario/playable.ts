/**
 * What a scenario page may show before the end. The authors' judgements (each choice's quality and
 * why, and which choices an ending requires or excludes) would give the answers away in the page's
 * source, so the page gets the scenario without them and the debrief loads them once the learner has
 * reached an ending. Plain TypeScript: it runs at build time and its types are used in the browser.
 */
import type {
  ChoiceQuality,
  Scenario,
  ScenarioChoice,
  ScenarioEnding,
  ScenarioNode,
} from './schema';

export type PlayableChoice = Omit<ScenarioChoice, 'quality' | 'why'>;
export type PlayableNode = Omit<ScenarioNode, 'choices'> & { choices: PlayableChoice[] };
export type PlayableEnding = Omit<ScenarioEnding, 'requires' | 'excludes'>;
export type PlayableScenario = Omit<Scenario, 'nodes' | 'endings'> & {
  nodes: PlayableNode[];
  endings: PlayableEnding[];
};

/** Each choice's quality and why, by node id then choice id. */
export type ScenarioDebrief = Record<
  string,
  Record<string, { quality: ChoiceQuality; why: string }>
>;

/** Fields are listed, not removed: a judgement added to the schema later stays out by default. */
export function toPlayable(scenario: Scenario): PlayableScenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((node) => ({ ...node, choices: node.choices.map(playableChoice) })),
    endings: scenario.endings.map(playableEnding),
  };
}

function playableChoice(choice: ScenarioChoice): PlayableChoice {
  const { id, text, result, effects, set, to } = choice;
  return { id, text, result, effects, to, ...(set ? { set } : {}) };
}

function playableEnding(ending: ScenarioEnding): PlayableEnding {
  const { id, title, when, outcome, debrief, rank } = ending;
  return { id, title, outcome, debrief, rank, ...(when === undefined ? {} : { when }) };
}

export function debriefOf(scenario: Scenario): ScenarioDebrief {
  return Object.fromEntries(
    scenario.nodes.map((node) => [
      node.id,
      Object.fromEntries(node.choices.map((c) => [c.id, { quality: c.quality, why: c.why }])),
    ]),
  );
}
