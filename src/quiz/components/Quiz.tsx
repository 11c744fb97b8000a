/**
 * The quiz island: binds the quiz machine to the page and to the learning record. It resumes a
 * saved attempt, saves the attempt after every change and records each answer and the result.
 * The record (and Dexie behind it) loads lazily; without it the quiz still works.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Snapshot } from 'xstate';
import { linkToRecord } from '../../record/attempts';
import { loadLearningRecord } from '../../record/lazy';
import { newSeed } from '../shuffle';
import { answeredStatement, resultStatements, type QuizRecordContext } from '../statements';
import { quizMachine, type QuizEvent, type QuizMachine, type QuizSnapshot } from '../machine';
import { restorableSnapshot, toSavedAttempt } from '../restore';
import type { Quiz as QuizContent } from '../schema';
import { quizIds, type LessonLink, type QuizIds } from './ids';
import { QuizView } from './View';
import { useResumableActor, useSavedAttempt } from '../../record/resumable-actor';

export type { LessonLink } from './ids';

export interface QuizProps {
  quiz: QuizContent;
  /** The content revision: a saved attempt made against another one is not restored. */
  revision: string;
  courseId: string;
  courseTitle: string;
  /** The lessons questions link back to, by lesson id. */
  lessonHrefs: Record<string, LessonLink>;
  /** The step after the quiz (the page's `step.next`): the main action once the learner passes. */
  next?: LessonLink | undefined;
}

export function Quiz({ quiz, revision, courseId, courseTitle, lessonHrefs, next }: QuizProps) {
  const [link] = useState(() => linkToRecord(loadLearningRecord));
  const [seed] = useState(newSeed);
  const ids = useMemo(() => quizIds(quiz.id), [quiz.id]);
  const restorable = useCallback((saved: unknown) => restorableSnapshot(saved, quiz), [quiz]);
  const { resume, changedSinceStart, noteLearnerActed, save } = useSavedAttempt(
    link,
    `quiz:${quiz.id}`,
    revision,
    restorable,
    toSavedAttempt,
  );

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

  return (
    <QuizRunner
      key={resume.generation}
      machine={machine}
      input={{ quiz, seed }}
      snapshot={resume.snapshot}
      ids={ids}
      lessonHrefs={lessonHrefs}
      next={next}
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
  next: LessonLink | undefined;
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
  const focus = useCallback(
    (event: QuizEvent, state: QuizSnapshot) => focusTarget(event.type, state, ids),
    [ids],
  );
  const { state, send } = useResumableActor(machine, {
    input,
    snapshot,
    onLearnerAct,
    onChange,
    focusTarget: focus,
  });
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
