/**
 * What the quiz and scenario islands share: an attempt that is saved after every step and resumed
 * on return, and a machine actor whose focus follows the learner's actions.
 *
 * Two hooks, because a restored snapshot must remount the actor: `useSavedAttempt` lives in the
 * island and decides what to start from; `useResumableActor` lives in a runner keyed by
 * `resume.generation`, so a new snapshot starts a new actor.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnyStateMachine, EventFromLogic, InputFrom, Snapshot, SnapshotFrom } from 'xstate';
import type { RecordLink } from './attempts';

export interface Resume {
  snapshot?: Snapshot<unknown>;
  /** Changes when a saved attempt is restored, so the runner keyed by it starts afresh. */
  generation: number;
}

export interface SavedAttempt {
  resume: Resume;
  /** A saved attempt was found but the content has changed since, so it was not restored. */
  changedSinceStart: boolean;
  /** The record has been asked for a saved attempt and has answered (found or not). */
  loaded: boolean;
  /** Call on the learner's first action: from then on their new attempt wins over a saved one. */
  noteLearnerActed: () => void;
  save: (snapshot: Snapshot<unknown>) => void;
}

export function useSavedAttempt(
  link: RecordLink,
  attemptKey: string,
  revision: string,
  /** The saved snapshot as the machine can resume it, or null if it no longer fits the content. */
  restorable: (saved: unknown) => Snapshot<unknown> | null,
  toSaved: (snapshot: Snapshot<unknown>) => unknown,
): SavedAttempt {
  const [resume, setResume] = useState<Resume>({ generation: 0 });
  const [changedSinceStart, setChangedSinceStart] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const learnerActed = useRef(false);
  const noteLearnerActed = useCallback(() => {
    learnerActed.current = true;
  }, []);

  useEffect(() => {
    let cancelled = false;
    void link.loadAttempt(attemptKey, revision).then((found) => {
      if (cancelled) return;
      setLoaded(true);
      // If the learner has already started, their new attempt wins over the saved one.
      if (learnerActed.current || found.status === 'none') return;
      const snapshot = found.status === 'found' ? restorable(found.snapshot) : null;
      if (snapshot) setResume((last) => ({ snapshot, generation: last.generation + 1 }));
      else setChangedSinceStart(true);
    });
    return () => {
      cancelled = true;
    };
  }, [link, attemptKey, revision, restorable]);

  const save = useCallback(
    (snapshot: Snapshot<unknown>) => void link.saveAttempt(attemptKey, revision, toSaved(snapshot)),
    [link, attemptKey, revision, toSaved],
  );

  return { resume, changedSinceStart, loaded, noteLearnerActed, save };
}

export interface ResumableActorOptions<TMachine extends AnyStateMachine> {
  input: InputFrom<TMachine>;
  snapshot: Snapshot<unknown> | undefined;
  onLearnerAct: () => void;
  onChange: (snapshot: Snapshot<unknown>) => void;
  /** The id of the element to focus after the learner's event, or null to leave focus alone. */
  focusTarget: (event: EventFromLogic<TMachine>, state: SnapshotFrom<TMachine>) => string | null;
}

export function useResumableActor<TMachine extends AnyStateMachine>(
  machine: TMachine,
  { input, snapshot, onLearnerAct, onChange, focusTarget }: ResumableActorOptions<TMachine>,
): { state: SnapshotFrom<TMachine>; send: (event: EventFromLogic<TMachine>) => void } {
  const actor = useActorRef(machine, snapshot ? { input, snapshot } : { input });
  const state = useSelector(actor, (current) => current);
  const lastEvent = useRef<EventFromLogic<TMachine> | null>(null);

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
    const target = event && focusTarget(event, state);
    if (target) document.getElementById(target)?.focus();
  }, [state, focusTarget]);

  const send = useCallback(
    (event: EventFromLogic<TMachine>) => {
      onLearnerAct();
      lastEvent.current = event;
      actor.send(event);
    },
    [actor, onLearnerAct],
  );

  return { state, send };
}
