/**
 * The scenario island: binds the scenario machine to the page and to the learning record. It
 * resumes a saved attempt, saves the attempt after every step and records each choice and the
 * ending. The record (and Dexie behind it) loads lazily; without it the scenario still plays.
 */
import { useCallback, useMemo, useState } from 'react';
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
import type { Scenario } from '../schema';
import { useResumableActor, useSavedAttempt } from '../../record/resumable-actor';
import { scenarioIds, type ScenarioIds } from './ids';
import { ScenarioView } from './View';

export interface ScenarioPlayerProps {
  scenario: Scenario;
  /** The content revision: a saved attempt made against another one is not restored. */
  revision: string;
  courseId: string;
  courseTitle: string;
  /** What the organisation calls each role, by role id (singular), for the "written for" line. */
  roleLabels?: Record<string, string>;
}

export function ScenarioPlayer({
  scenario,
  revision,
  courseId,
  courseTitle,
  roleLabels,
}: ScenarioPlayerProps) {
  const [link] = useState(() => linkToRecord(loadLearningRecord));
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
    const context: ScenarioRecordContext = { scenario, courseId, courseTitle, revision };
    return scenarioMachine.provide({
      actions: {
        recordChoice: (_, choice) => void link.record(choiceStatement(context, choice)),
        recordEnding: (_, ending) => void link.record(endingStatement(context, ending)),
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
      onLearnerAct={noteLearnerActed}
      onChange={save}
    />
  );
}

export default ScenarioPlayer;

interface RunnerProps {
  machine: ScenarioMachine;
  scenario: Scenario;
  snapshot: Snapshot<unknown> | undefined;
  ids: ScenarioIds;
  roleLabels: Record<string, string> | undefined;
  changedSinceStart: boolean;
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
