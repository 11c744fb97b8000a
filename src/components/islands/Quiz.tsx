/**
 * The quiz island: binds the quiz machine to the page and to the learning record. It resumes a
 * saved attempt, saves the attempt after every change and records each answer and the result.
 * The record (and Dexie behind it) loads lazily; without it the quiz still works.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Snapshot } from 'xstate';
import { linkToRecord } from '../../lib/quiz-record';
import { newSeed } from '../../lib/quiz-shuffle';
import {
  answeredStatement,
  resultStatements,
  type QuizRecordContext,
} from '../../lib/quiz-statements';
import {
  quizMachine,
  type QuizEvent,
  type QuizMachine,
  type QuizSnapshot,
} from '../../machines/quiz';
import { restorableSnapshot, toSavedAttempt } from '../../machines/quiz-restore';
import type { Quiz as QuizContent } from '../../schemas/quiz';
import { QuizView, quizIds, type LessonLink, type QuizIds } from './QuizView';

export type { LessonLink } from './QuizView';

export interface QuizProps {
  quiz: QuizContent;
  /** The content revision: a saved attempt made against another one is not restored. */
  revision: string;
  courseId: string;
  courseTitle: string;
  /** The lessons questions link back to, by lesson id. */
  lessonHrefs: Record<string, LessonLink>;
}

const openRecord = () => import('../../progress').then((progress) => progress.getLearningRecord());

export function Quiz({ quiz, revision, courseId, courseTitle, lessonHrefs }: QuizProps) {
  const attemptKey = `quiz:${quiz.id}`;
  const [link] = useState(() => linkToRecord(openRecord));
  const [seed] = useState(newSeed);
  // A restored snapshot remounts the runner (a new `generation`), so the actor starts from it.
  const [resume, setResume] = useState<{ snapshot?: Snapshot<unknown>; generation: number }>({
    generation: 0,
  });
  const [changedSinceStart, setChangedSinceStart] = useState(false);
  const learnerActed = useRef(false);
  const ids = useMemo(() => quizIds(quiz.id), [quiz.id]);
  const noteLearnerActed = useCallback(() => {
    learnerActed.current = true;
  }, []);

  useEffect(() => {
    let cancelled = false;
    void link.loadAttempt(attemptKey, revision).then((loaded) => {
      // If the learner has already started, their new attempt wins over the saved one.
      if (cancelled || learnerActed.current || loaded.status === 'none') return;
      const snapshot = loaded.status === 'found' ? restorableSnapshot(loaded.snapshot, quiz) : null;
      if (snapshot) setResume((last) => ({ snapshot, generation: last.generation + 1 }));
      else setChangedSinceStart(true);
    });
    return () => {
      cancelled = true;
    };
  }, [link, attemptKey, revision, quiz]);

  const machine = useMemo(() => {
    const context: QuizRecordContext = { quiz, courseId, courseTitle, revision };
    return quizMachine.provide({
      actions: {
        recordAnswer: (_, answer) => void link.record(answeredStatement(context, answer)),
        recordResult: (_, result) =>
          resultStatements(context, result).forEach((draft) => void link.record(draft)),
      },
    });
  }, [link, quiz, courseId, courseTitle, revision]);

  const save = useCallback(
    (snapshot: Snapshot<unknown>) =>
      void link.saveAttempt(attemptKey, revision, toSavedAttempt(snapshot)),
    [link, attemptKey, revision],
  );

  return (
    <QuizRunner
      key={resume.generation}
      machine={machine}
      input={{ quiz, seed }}
      snapshot={resume.snapshot}
      ids={ids}
      lessonHrefs={lessonHrefs}
      changedSinceStart={changedSinceStart}
      onLearnerAct={noteLearnerActed}
      onChange={save}
    />
  );
}

export default Quiz;

interface RunnerProps {
  machine: QuizMachine;
  input: { quiz: QuizContent; seed: number };
  snapshot: Snapshot<unknown> | undefined;
  ids: QuizIds;
  lessonHrefs: Record<string, LessonLink>;
  changedSinceStart: boolean;
  onLearnerAct: () => void;
  onChange: (snapshot: Snapshot<unknown>) => void;
}

function QuizRunner({
  machine,
  input,
  snapshot,
  ids,
  onLearnerAct,
  onChange,
  ...view
}: RunnerProps) {
  const actor = useActorRef(machine, snapshot ? { input, snapshot } : { input });
  const state = useSelector(actor, (current) => current);
  const lastEvent = useRef<QuizEvent['type'] | null>(null);

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
    (event: QuizEvent) => {
      onLearnerAct();
      lastEvent.current = event.type;
      actor.send(event);
    },
    [actor, onLearnerAct],
  );

  return <QuizView state={state} send={send} ids={ids} {...view} />;
}

function focusTarget(event: QuizEvent['type'], state: QuizSnapshot, ids: QuizIds): string | null {
  switch (event) {
    case 'learner.submit':
      return state.matches('answered') ? ids.feedbackHeading : ids.errorSummary;
    case 'learner.start':
    case 'learner.next':
    case 'learner.retry':
      return state.matches('result') ? ids.resultHeading : ids.questionHeading;
    default:
      return null;
  }
}
