/**
 * The scenario island: binds the scenario machine to the page and to the learning record. It
 * resumes a saved attempt, saves the attempt after every step and records each choice and the
 * ending. The record (and Dexie behind it) loads lazily; without it the scenario still plays.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Snapshot } from 'xstate';
import { linkToRecord } from '../../lib/quiz-record';
import {
  choiceStatement,
  endingStatement,
  type ScenarioRecordContext,
} from '../../lib/scenario-statements';
import {
  scenarioMachine,
  type ScenarioEvent,
  type ScenarioMachine,
  type ScenarioSnapshot,
} from '../../machines/scenario';
import { restorableSnapshot, toSavedAttempt } from '../../machines/scenario-restore';
import type { Scenario } from '../../schemas/scenario';
import { ScenarioView, scenarioIds, type ScenarioIds } from './ScenarioView';

export interface ScenarioPlayerProps {
  scenario: Scenario;
  /** The content revision: a saved attempt made against another one is not restored. */
  revision: string;
  courseId: string;
  courseTitle: string;
  /** What the organisation calls each role, by role id (singular), for the "written for" line. */
  roleLabels?: Record<string, string>;
}

const openRecord = () => import('../../progress').then((progress) => progress.getLearningRecord());

export function ScenarioPlayer({
  scenario,
  revision,
  courseId,
  courseTitle,
  roleLabels,
}: ScenarioPlayerProps) {
  const attemptKey = `scenario:${scenario.id}`;
  const [link] = useState(() => linkToRecord(openRecord));
  // A restored snapshot remounts the runner (a new `generation`), so the actor starts from it.
  const [resume, setResume] = useState<{ snapshot?: Snapshot<unknown>; generation: number }>({
    generation: 0,
  });
  const [changedSinceStart, setChangedSinceStart] = useState(false);
  const learnerActed = useRef(false);
  const ids = useMemo(() => scenarioIds(scenario.id), [scenario.id]);
  const noteLearnerActed = useCallback(() => {
    learnerActed.current = true;
  }, []);

  useEffect(() => {
    let cancelled = false;
    void link.loadAttempt(attemptKey, revision).then((loaded) => {
      // If the learner has already started, their new attempt wins over the saved one.
      if (cancelled || learnerActed.current || loaded.status === 'none') return;
      const snapshot =
        loaded.status === 'found' ? restorableSnapshot(loaded.snapshot, scenario) : null;
      if (snapshot) setResume((last) => ({ snapshot, generation: last.generation + 1 }));
      else setChangedSinceStart(true);
    });
    return () => {
      cancelled = true;
    };
  }, [link, attemptKey, revision, scenario]);

  const machine = useMemo(() => {
    const context: ScenarioRecordContext = { scenario, courseId, courseTitle, revision };
    return scenarioMachine.provide({
      actions: {
        recordChoice: (_, choice) => void link.record(choiceStatement(context, choice)),
        recordEnding: (_, ending) => void link.record(endingStatement(context, ending)),
      },
    });
  }, [link, scenario, courseId, courseTitle, revision]);

  const save = useCallback(
    (snapshot: Snapshot<unknown>) =>
      void link.saveAttempt(attemptKey, revision, toSavedAttempt(snapshot)),
    [link, attemptKey, revision],
  );

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
  const input = { scenario };
  const actor = useActorRef(machine, snapshot ? { input, snapshot } : { input });
  const state = useSelector(actor, (current) => current);
  const lastEvent = useRef<ScenarioEvent['type'] | null>(null);

  useEffect(() => {
    let last = actor.getSnapshot();
    const subscription = actor.subscribe((next) => {
      if (next === last) return;
      last = next;
      onChange(actor.getPersistedSnapshot());
    });
    return () => subscription.unsubscribe();
  }, [actor, onChange]);

  // Focus follows the learner's action, never a restore: a page that grabs focus on load is lost.
  useEffect(() => {
    const event = lastEvent.current;
    lastEvent.current = null;
    const target = event && focusTarget(event, state, ids);
    if (target) document.getElementById(target)?.focus();
  }, [state, ids]);

  const send = useCallback(
    (event: ScenarioEvent) => {
      onLearnerAct();
      lastEvent.current = event.type;
      actor.send(event);
    },
    [actor, onLearnerAct],
  );

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
