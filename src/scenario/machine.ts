/**
 * A branching scenario as a state machine. The content comes in as input; the context holds what
 * the learner has done (the variables, the path taken, where they are, the last consequence).
 * Recording is left to the island: recordChoice and recordEnding do nothing until `.provide()`d.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { PlayableScenario } from './playable';
import {
  applyChoice,
  changesOf,
  END,
  endingFor,
  nodeById,
  resolveTarget,
  startingValues,
  type Values,
  type VariableChange,
} from './rules';

export interface ScenarioInput {
  scenario: PlayableScenario;
}

/** One decision taken: where, which choice, and what it changed. */
export interface PathStep {
  nodeId: string;
  choiceId: string;
  changes: VariableChange[];
}

/** What the learner sees after a choice, before going on. */
export interface Consequence extends PathStep {
  result: string;
  /** The next node's id, or "end". Worked out with the values after the choice. */
  to: string;
}

export interface ScenarioContext {
  scenario: PlayableScenario;
  variables: Values;
  nodeId: string;
  path: PathStep[];
  consequence: Consequence | null;
  endingId: string | null;
  /** Going back is one step only: it is allowed again after the next choice. */
  mayStepBack: boolean;
}

export type ScenarioEvent =
  | { type: 'learner.start' }
  | { type: 'learner.choose'; choiceId: string }
  | { type: 'learner.continue' }
  | { type: 'learner.back' }
  | { type: 'learner.restart' }
  /** From the debrief: play again from the decision at this index of the path taken. */
  | { type: 'learner.replay'; step: number };

/** What recordChoice receives: the decision, the choice and the variables after it. */
export interface ChoiceRecord {
  node: { id: string; title: string };
  choice: { id: string; text: string };
  variables: Values;
}

/** What recordEnding receives: the ending, the final variables and the path that led there. */
export interface EndingRecord {
  ending: { id: string; title: string };
  variables: Values;
  path: PathStep[];
}

function freshContext(scenario: PlayableScenario): ScenarioContext {
  return {
    scenario,
    variables: startingValues(scenario.variables),
    nodeId: scenario.start,
    path: [],
    consequence: null,
    endingId: null,
    mayStepBack: false,
  };
}

function chosen(context: ScenarioContext, event: ScenarioEvent) {
  if (event.type !== 'learner.choose') return undefined;
  const node = nodeById(context.scenario, context.nodeId);
  const choice = node?.choices.find((c) => c.id === event.choiceId);
  return node && choice ? { node, choice } : undefined;
}

export const scenarioMachine = setup({
  types: {
    context: {} as ScenarioContext,
    events: {} as ScenarioEvent,
    input: {} as ScenarioInput,
  },
  guards: {
    isChoiceHere: ({ context, event }) => chosen(context, event) !== undefined,
    leadsToEnd: ({ context }) => context.consequence?.to === END,
    mayStepBack: ({ context }) =>
      context.scenario.allowBack && context.mayStepBack && context.path.length > 0,
    isStepTaken: ({ context, event }) =>
      event.type === 'learner.replay' &&
      Number.isInteger(event.step) &&
      event.step >= 0 &&
      event.step < context.path.length,
  },
  actions: {
    applyChoice: assign(({ context, event }) => {
      const { node, choice } = chosen(context, event)!;
      const variables = applyChoice(context.scenario.variables, context.variables, choice);
      const step: PathStep = {
        nodeId: node.id,
        choiceId: choice.id,
        changes: changesOf(context.scenario.variables, context.variables, variables, choice),
      };
      // Unknown targets cannot pass the build; ending the scenario is the safe reading if one slips through.
      const to = resolveTarget(choice.to, variables) ?? END;
      return {
        variables,
        path: [...context.path, step],
        consequence: { ...step, result: choice.result, to },
        mayStepBack: true,
      };
    }),
    moveOn: assign(({ context }) => ({
      nodeId: context.consequence?.to ?? context.nodeId,
      consequence: null,
    })),
    decideEnding: assign(({ context }) => {
      const { endings } = context.scenario;
      const ending = endingFor(endings, context.variables) ?? endings[endings.length - 1];
      return { endingId: ending?.id ?? null, mayStepBack: false };
    }),
    stepBack: assign(({ context }) => {
      const last = context.path[context.path.length - 1]!;
      const variables = { ...context.variables };
      for (const change of last.changes) variables[change.id] = change.before;
      return {
        variables,
        nodeId: last.nodeId,
        path: context.path.slice(0, -1),
        consequence: null,
        mayStepBack: false,
      };
    }),
    replayFrom: assign(({ context, event }) => {
      if (event.type !== 'learner.replay') return {};
      // Undo the steps from the last back to the chosen one, as "go back" does for one step.
      const variables = { ...context.variables };
      for (const step of context.path.slice(event.step).reverse()) {
        for (const change of step.changes) variables[change.id] = change.before;
      }
      return {
        variables,
        nodeId: context.path[event.step]!.nodeId,
        path: context.path.slice(0, event.step),
        consequence: null,
        endingId: null,
        mayStepBack: false,
      };
    }),
    startFresh: assign(({ context }) => freshContext(context.scenario)),
    // No-ops until the island provides them; the params are the contract with the learning record.
    recordChoice: (_, params: ChoiceRecord) => void params,
    recordEnding: (_, params: EndingRecord) => void params,
  },
}).createMachine({
  id: 'scenario',
  context: ({ input }) => freshContext(input.scenario),
  initial: 'intro',
  on: {
    'learner.restart': { target: '.playing', actions: 'startFresh' },
  },
  states: {
    intro: {
      on: { 'learner.start': 'playing' },
    },
    playing: {
      initial: 'deciding',
      states: {
        deciding: {
          on: {
            'learner.choose': {
              guard: 'isChoiceHere',
              target: 'consequence',
              actions: [
                'applyChoice',
                {
                  type: 'recordChoice',
                  params: ({ context }) => {
                    const node = nodeById(context.scenario, context.nodeId)!;
                    const choiceId = context.consequence!.choiceId;
                    const choice = node.choices.find((c) => c.id === choiceId)!;
                    return {
                      node: { id: node.id, title: node.title },
                      choice: { id: choice.id, text: choice.text },
                      variables: { ...context.variables },
                    };
                  },
                },
              ],
            },
            'learner.back': {
              guard: 'mayStepBack',
              target: 'deciding',
              reenter: true,
              actions: 'stepBack',
            },
          },
        },
        consequence: {
          on: {
            'learner.continue': [
              {
                guard: 'leadsToEnd',
                target: '#scenario.ended',
                actions: [
                  'decideEnding',
                  {
                    type: 'recordEnding',
                    params: ({ context }) => {
                      const ending = context.scenario.endings.find(
                        (e) => e.id === context.endingId,
                      )!;
                      return {
                        ending: { id: ending.id, title: ending.title },
                        variables: { ...context.variables },
                        path: context.path,
                      };
                    },
                  },
                ],
              },
              { target: 'deciding', actions: 'moveOn' },
            ],
            'learner.back': { guard: 'mayStepBack', target: 'deciding', actions: 'stepBack' },
          },
        },
      },
    },
    ended: {
      on: {
        'learner.replay': {
          guard: 'isStepTaken',
          target: '#scenario.playing.deciding',
          actions: 'replayFrom',
        },
      },
    },
  },
});

export type ScenarioMachine = typeof scenarioMachine;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;
