/**
 * The scenario island: binds the scenario machine to the page and to the learning record. It
 * resumes a saved attempt, saves the attempt after every step and records each choice and the
 * ending. The record (and Dexie behind it) loads lazily; without it the scenario still plays.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Snapshot } from 'xstate';
import { linkToRecord } from '../../record/attempts';
import { loadLearningRecord } from '../../record/lazy';
import { choiceStatement, endingStatement, type ScenarioRecordContext } from '../statements';
import {
  scenarioMachine,
  type ScenarioEvent,
  type ScenarioMachine,
  type ScenarioSnapshot,
} from '../machine';
import { restorableSnapshot, toSavedAttempt } from '../restore';
import { loadDebrief, type DebriefState } from '../debrief';
import type { PlayableScenario, ScenarioDebrief } from '../playable';
import { useResumableActor, useSavedAttempt } from '../../record/resumable-actor';
import { scenarioIds, type ScenarioIds, type StepLink } from './ids';
import { ScenarioView } from './View';

export interface ScenarioPlayerProps {
  scenario: PlayableScenario;
  /** The content revision: a saved attempt made against another one is not restored. */
  revision: string;
  courseId: string;
  courseTitle: string;
  /** What the organisation calls each role, by role id (singular), for the "written for" line. */
  roleLabels?: Record<string, string>;
  /** Where the authors' judgements of each choice are (see playable.ts); loaded after the page. */
  debriefUrl?: string;
  /** The step after the scenario (the page's `step.next`): the main action at the ending. */
  next?: StepLink | undefined;
}

export function ScenarioPlayer({
  scenario,
  revision,
  courseId,
  courseTitle,
  roleLabels,
  debriefUrl,
  next,
}: ScenarioPlayerProps) {
  const [link] = useState(() => linkToRecord(loadLearningRecord));
  const debrief = useDebrief(debriefUrl);
  // Statements read the judgements when a choice is made; a ref, so the machine is not rebuilt.
  const judged = useRef<ScenarioDebrief | undefined>(undefined);
  judged.current = debrief.status === 'ready' ? debrief.debrief : undefined;
  const ids = useMemo(() => scenarioIds(scenario.id), [scenario.id]);
  const restorable = useCallback(
    (saved: unknown) => restorableSnapshot(saved, scenario),
    [scenario],
  );
  const { resume, changedSinceStart, noteLearnerActed, save } = useSavedAttempt(
    link,
    `scenario:${scenario.id}`,
    revision,
    restorable,
    toSavedAttempt,
  );

  const machine = useMemo(() => {
    const context = (): ScenarioRecordContext => ({
      scenario: withQualities(scenario, judged.current),
      courseId,
      courseTitle,
      revision,
    });
    return scenarioMachine.provide({
      actions: {
        recordChoice: (_, choice) => void link.record(choiceStatement(context(), choice)),
        recordEnding: (_, ending) => void link.record(endingStatement(context(), ending)),
      },
    });
  }, [link, scenario, courseId, courseTitle, revision]);

  return (
    <ScenarioRunner
      key={resume.generation}
      machine={machine}
      scenario={scenario}
      snapshot={resume.snapshot}
      ids={ids}
      roleLabels={roleLabels}
      changedSinceStart={changedSinceStart}
      debrief={debrief}
      next={next}
      onLearnerAct={noteLearnerActed}
      onChange={save}
    />
  );
}

export default ScenarioPlayer;

/** The judgements, fetched once after the page has loaded; without an address there are none. */
function useDebrief(url: string | undefined): DebriefState {
  const [state, setState] = useState<DebriefState>(
    url ? { status: 'loading' } : { status: 'unavailable' },
  );
  useEffect(() => {
    if (!url) return;
    let current = true;
    void loadDebrief(url).then((loaded) => current && setState(loaded));
    return () => {
      current = false;
    };
  }, [url]);
  return state;
}

/** The scenario's nodes with each choice's quality, for the statements an LRS reads. */
function withQualities(scenario: PlayableScenario, debrief: ScenarioDebrief | undefined) {
  return {
    ...scenario,
    nodes: scenario.nodes.map((node) => ({
      ...node,
      choices: node.choices.map((choice) => {
        const quality = debrief?.[node.id]?.[choice.id]?.quality;
        return quality ? { ...choice, quality } : choice;
      }),
    })),
  };
}

interface RunnerProps {
  machine: ScenarioMachine;
  scenario: PlayableScenario;
  snapshot: Snapshot<unknown> | undefined;
  ids: ScenarioIds;
  roleLabels: Record<string, string> | undefined;
  changedSinceStart: boolean;
  debrief: DebriefState;
  next: StepLink | undefined;
  onLearnerAct: () => void;
  onChange: (snapshot: Snapshot<unknown>) => void;
}

function ScenarioRunner({
  machine,
  scenario,
  snapshot,
  ids,
  onLearnerAct,
  onChange,
  ...view
}: RunnerProps) {
  const input = useMemo(() => ({ scenario }), [scenario]);
  const focus = useCallback(
    (event: ScenarioEvent, state: ScenarioSnapshot) => focusTarget(event.type, state, ids),
    [ids],
  );
  const { state, send } = useResumableActor(machine, {
    input,
    snapshot,
    onLearnerAct,
    onChange,
    focusTarget: focus,
  });
  return <ScenarioView state={state} send={send} ids={ids} {...view} />;
}

/** Where focus goes after each action: the new situation's heading, what happened, or the ending. */
export function focusTarget(
  event: ScenarioEvent['type'],
  state: ScenarioSnapshot,
  ids: ScenarioIds,
): string | null {
  if (state.matches('ended')) return event === 'learner.continue' ? ids.endingHeading : null;
  if (state.matches({ playing: 'consequence' }))
    return event === 'learner.choose' ? ids.consequenceHeading : null;
  if (state.matches({ playing: 'deciding' }) && event !== 'learner.choose') return ids.nodeHeading;
  return null;
}
