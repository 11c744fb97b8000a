/**
 * The practice island: binds the practice machine to the page and to the learning record. The
 * learner's writing is saved as they type (in the record's saved attempts, on this device, offline
 * too) and restored on return; submitting records `attempted`, comparing records `completed` with the
 * rubric result. The record loads lazily; without it the task still works, and says it is not saved.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Snapshot } from 'xstate';
import { linkToRecord } from '../../record/attempts';
import { loadLearningRecord } from '../../record/lazy';
import { useResumableActor, useSavedAttempt } from '../../record/resumable-actor';
import { autosaver, type SaveState } from '../autosave';
import {
  practiceMachine,
  type PracticeEvent,
  type PracticeMachine,
  type PracticeSnapshot,
} from '../machine';
import { PRACTICE_ANSWER_REVISION, restorableSnapshot, toSavedAnswer } from '../restore';
import { assessmentStatement, attemptStatement, type PracticeRecordContext } from '../statements';
import { practiceIds, type PracticeIds } from './ids';
import type { PracticeTaskContent } from './props';
import { PracticeView } from './View';

export interface PracticeTaskProps {
  task: PracticeTaskContent;
  /** The content revision, recorded with each statement. */
  revision: string;
  courseId: string;
  courseTitle: string;
}

export function PracticeTask({ task, revision, courseId, courseTitle }: PracticeTaskProps) {
  const [link] = useState(() => linkToRecord(loadLearningRecord));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const key = `practice:${task.id}`;
  const [saver] = useState(() =>
    autosaver(
      (saved: unknown) => link.saveAttempt(key, PRACTICE_ANSWER_REVISION, saved),
      setSaveState,
    ),
  );
  const ids = useMemo(() => practiceIds(task.id), [task.id]);
  const criteria = useMemo(() => task.rubric.map((criterion) => criterion.id), [task.rubric]);
  const restorable = useCallback(
    (saved: unknown) => restorableSnapshot(saved, criteria),
    [criteria],
  );
  const { resume, loaded, noteLearnerActed } = useSavedAttempt(
    link,
    key,
    PRACTICE_ANSWER_REVISION,
    restorable,
    toSavedAnswer,
  );
  const save = useCallback(
    (snapshot: Snapshot<unknown>) => saver.save(toSavedAnswer(snapshot)),
    [saver],
  );

  const machine = useMemo(() => {
    const context: PracticeRecordContext = { task, courseId, courseTitle, revision };
    return practiceMachine.provide({
      actions: {
        recordAttempt: (_, attempt) => void link.record(attemptStatement(context, attempt)),
        recordAssessment: (_, assessment) =>
          void link.record(assessmentStatement(context, assessment)),
      },
    });
  }, [link, task, courseId, courseTitle, revision]);

  return (
    <PracticeRunner
      key={resume.generation}
      machine={machine}
      criteria={criteria}
      snapshot={resume.snapshot}
      task={task}
      courseTitle={courseTitle}
      ids={ids}
      saveState={saveState}
      ready={loaded}
      onLearnerAct={noteLearnerActed}
      onChange={save}
    />
  );
}

export default PracticeTask;

interface RunnerProps {
  machine: PracticeMachine;
  criteria: readonly string[];
  snapshot: Snapshot<unknown> | undefined;
  task: PracticeTaskContent;
  courseTitle: string;
  ids: PracticeIds;
  saveState: SaveState;
  ready: boolean;
  onLearnerAct: () => void;
  onChange: (snapshot: Snapshot<unknown>) => void;
}

function PracticeRunner({
  machine,
  criteria,
  snapshot,
  ids,
  onLearnerAct,
  onChange,
  ...view
}: RunnerProps) {
  const focus = useCallback(
    (event: PracticeEvent, state: PracticeSnapshot) => focusTarget(event.type, state, ids),
    [ids],
  );
  const { state, send } = useResumableActor(machine, {
    input: { criteria },
    snapshot,
    onLearnerAct,
    onChange,
    focusTarget: focus,
  });
  return <PracticeView state={state} send={send} ids={ids} {...view} />;
}

function focusTarget(
  event: PracticeEvent['type'],
  state: PracticeSnapshot,
  ids: PracticeIds,
): string | null {
  switch (event) {
    case 'learner.submit':
      return state.matches('reviewing') ? ids.comparisonHeading : ids.errorSummary;
    case 'learner.assess':
      return ids.resultHeading;
    case 'learner.revise':
      return ids.answer;
    default:
      return null;
  }
}
