/**
 * What the learner sees at each state of the scenario machine. Rendering only: every change goes
 * back to the machine through `send`.
 */
import type { DebriefState } from '../debrief';
import type { ScenarioEvent, ScenarioSnapshot } from '../machine';
import { ScenarioDecision } from './Decision';
import { ScenarioEnding } from './Ending';
import { ScenarioIntro } from './Intro';
import type { ScenarioIds, StepLink } from './ids';

export interface ScenarioViewProps {
  state: ScenarioSnapshot;
  send: (event: ScenarioEvent) => void;
  ids: ScenarioIds;
  roleLabels?: Record<string, string> | undefined;
  /** A saved attempt was made against an older version of this scenario and could not be resumed. */
  changedSinceStart: boolean;
  /** The authors' judgements of each choice, loaded once an ending is reached. */
  debrief: DebriefState;
  /** The step after the scenario, offered as the main action at the ending. */
  next?: StepLink | undefined;
}

export function ScenarioView({
  state,
  send,
  ids,
  roleLabels,
  changedSinceStart,
  debrief,
  next,
}: ScenarioViewProps) {
  const { scenario } = state.context;
  return (
    <div className="scenario">
      <h1 className="scenario-title">{scenario.title}</h1>
      {state.matches('intro') && (
        <ScenarioIntro
          scenario={scenario}
          roleLabels={roleLabels}
          changedSinceStart={changedSinceStart}
          send={send}
        />
      )}
      {state.matches('playing') && (
        // Each visit to a node is one section, kept mounted from deciding to its consequence so the
        // live region is in place before the consequence arrives; the next node gets a fresh one.
        <ScenarioDecision key={visitKey(state)} state={state} send={send} ids={ids} />
      )}
      {state.matches('ended') && (
        <ScenarioEnding state={state} send={send} ids={ids} debrief={debrief} next={next} />
      )}
    </div>
  );
}

function visitKey(state: ScenarioSnapshot): string {
  const decisionsBefore =
    state.context.path.length - (state.matches({ playing: 'consequence' }) ? 1 : 0);
  return `${decisionsBefore}-${state.context.nodeId}`;
}
