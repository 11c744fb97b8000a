import { describe, expect, test, vi } from 'vitest';
import { createActor, type Snapshot } from 'xstate';
import { arrange } from '../../../src/quiz/answers';
import {
  currentAnswer,
  currentQuestion,
  quizMachine,
  type AnswerRecord,
  type ResultRecord,
} from '../../../src/quiz/machine';
import { restorableSnapshot, toSavedAttempt } from '../../../src/quiz/restore';
import type { Quiz } from '../../../src/quiz/schema';
import { answerCurrent, fixtureQuiz, startedActor, walkAttempt } from '../../fixtures/quizzes/walk';

/** What storage gives back: a JSON copy. */
const throughJson = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

// A saved attempt as JSON gives it back: loosely typed, so tests can spoil it.
type Spoilable = {
  version: number;
  snapshot: { value: unknown; context: { current: number; quiz: { id: string } } };
};

// The fixture's questions, in order: single, multiple, truefalse, matching, ordering.
const quiz = fixtureQuiz();
const goTo = (actor: ReturnType<typeof startedActor>, index: number) => {
  while (actor.getSnapshot().context.current < index) {
    answerCurrent(actor, 'right');
    actor.send({ type: 'learner.next' });
  }
};

describe('starting', () => {
  test('shows the intro until the learner starts, then the first question', () => {
    const actor = createActor(quizMachine, { input: { quiz, seed: 1 } }).start();
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send({ type: 'learner.start' });
    expect(actor.getSnapshot().value).toBe('question');
    expect(currentQuestion(actor.getSnapshot().context).id).toBe('who-owns-case');
    expect(actor.getSnapshot().context.attempt).toBe(1);
  });
});

describe('single choice', () => {
  test('a new choice replaces the old one, and only the right option scores', () => {
    const actor = startedActor(quizMachine, quiz);
    actor.send({ type: 'learner.select', optionId: 'pmo' });
    actor.send({ type: 'learner.select', optionId: 'sponsor' });
    expect(currentAnswer(actor.getSnapshot().context)).toEqual({
      type: 'single',
      optionId: 'sponsor',
    });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('answered');
    expect(actor.getSnapshot().context.marks).toEqual({ 'who-owns-case': true });
  });

  test('a wrong choice is marked wrong', () => {
    const actor = startedActor(quizMachine, quiz);
    actor.send({ type: 'learner.select', optionId: 'lead' });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().context.marks['who-owns-case']).toBe(false);
  });

  test('an option the question does not have is ignored', () => {
    const actor = startedActor(quizMachine, quiz);
    actor.send({ type: 'learner.select', optionId: 'nobody' });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('question');
  });

  test('the answer cannot change once it has been checked', () => {
    const actor = startedActor(quizMachine, quiz);
    actor.send({ type: 'learner.select', optionId: 'lead' });
    actor.send({ type: 'learner.submit' });
    actor.send({ type: 'learner.select', optionId: 'sponsor' });
    expect(currentAnswer(actor.getSnapshot().context)).toEqual({
      type: 'single',
      optionId: 'lead',
    });
  });
});

describe('multiple response', () => {
  const atMultiple = () => {
    const actor = startedActor(quizMachine, quiz);
    goTo(actor, 1);
    return actor;
  };

  test('selecting again unticks an option', () => {
    const actor = atMultiple();
    actor.send({ type: 'learner.select', optionId: 'coaching' });
    actor.send({ type: 'learner.select', optionId: 'templates' });
    actor.send({ type: 'learner.select', optionId: 'coaching' });
    expect(currentAnswer(actor.getSnapshot().context)).toEqual({
      type: 'multiple',
      optionIds: ['templates'],
    });
  });

  test.each([
    [['coaching', 'templates'], true],
    [['coaching'], false],
    [['coaching', 'templates', 'writing-plans'], false],
    [['writing-plans'], false],
  ])('choosing %j is %s: all or nothing', (optionIds, right) => {
    const actor = atMultiple();
    optionIds.forEach((optionId) => actor.send({ type: 'learner.select', optionId }));
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().context.marks['pmo-services']).toBe(right);
  });
});

describe('true or false', () => {
  test.each([
    [false, true],
    [true, false],
  ])('answering %s is marked %s', (value, right) => {
    const actor = startedActor(quizMachine, quiz);
    goTo(actor, 2);
    actor.send({ type: 'learner.answer', value });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().context.marks['escalation-is-failure']).toBe(right);
  });
});

describe('matching', () => {
  const atMatching = () => {
    const actor = startedActor(quizMachine, quiz);
    goTo(actor, 3);
    return actor;
  };

  test('is not complete until every item has an answer', () => {
    const actor = atMatching();
    actor.send({ type: 'learner.match', pairId: 'business-case', answer: 'Sponsor' });
    actor.send({ type: 'learner.match', pairId: 'daily-plan', answer: 'Delivery lead' });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('question');
    expect(actor.getSnapshot().context.nothingChosen).toBe(true);
    actor.send({ type: 'learner.match', pairId: 'reporting', answer: 'PMO' });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('answered');
    expect(actor.getSnapshot().context.marks['match-owners']).toBe(true);
  });

  test('one item matched wrong makes the question wrong; a distractor is a wrong answer', () => {
    const actor = atMatching();
    actor.send({ type: 'learner.match', pairId: 'business-case', answer: 'Sponsor' });
    actor.send({ type: 'learner.match', pairId: 'daily-plan', answer: 'Delivery lead' });
    actor.send({ type: 'learner.match', pairId: 'reporting', answer: 'Internal audit' });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().context.marks['match-owners']).toBe(false);
  });

  test('choosing the empty answer clears an item; answers not on offer are ignored', () => {
    const actor = atMatching();
    actor.send({ type: 'learner.match', pairId: 'business-case', answer: 'Sponsor' });
    actor.send({ type: 'learner.match', pairId: 'daily-plan', answer: 'The Treasury' });
    actor.send({ type: 'learner.match', pairId: 'business-case', answer: '' });
    expect(currentAnswer(actor.getSnapshot().context)).toEqual({ type: 'matching', matches: {} });
  });
});

describe('ordering', () => {
  const atOrdering = () => {
    const actor = startedActor(quizMachine, quiz);
    goTo(actor, 4);
    return actor;
  };
  const order = (actor: ReturnType<typeof atOrdering>) => {
    const answer = currentAnswer(actor.getSnapshot().context);
    return answer?.type === 'ordering' ? answer.itemIds : [];
  };

  test('moves items up and down, and not past either end', () => {
    const actor = atOrdering();
    const [first, second] = order(actor) as [string, string];
    actor.send({ type: 'learner.move', itemId: second, direction: 'up' });
    expect(order(actor).slice(0, 2)).toEqual([second, first]);
    actor.send({ type: 'learner.move', itemId: second, direction: 'up' });
    expect(order(actor)[0]).toBe(second);
    actor.send({ type: 'learner.move', itemId: second, direction: 'down' });
    expect(order(actor).slice(0, 2)).toEqual([first, second]);
    const last = order(actor)[3] as string;
    actor.send({ type: 'learner.move', itemId: last, direction: 'down' });
    expect(order(actor)[3]).toBe(last);
  });

  test('moves an item straight to a position', () => {
    const actor = atOrdering();
    actor.send({ type: 'learner.move', itemId: 'decide', to: 0 });
    expect(order(actor)[0]).toBe('decide');
  });

  test('is right only in the exact order written', () => {
    const actor = atOrdering();
    ['forecast', 'warn', 'report', 'decide'].forEach((itemId, to) =>
      actor.send({ type: 'learner.move', itemId, to }),
    );
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().context.marks['escalation-order']).toBe(true);
  });

  test('submitting the starting order is an answer, and a wrong one', () => {
    const actor = atOrdering();
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('answered');
    expect(actor.getSnapshot().context.marks['escalation-order']).toBe(false);
  });
});

describe('submitting with nothing chosen', () => {
  test('stays on the question with the error flag set, and records nothing', () => {
    const recordAnswer = vi.fn();
    const actor = startedActor(quizMachine.provide({ actions: { recordAnswer } }), quiz);
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('question');
    expect(actor.getSnapshot().context.nothingChosen).toBe(true);
    expect(recordAnswer).not.toHaveBeenCalled();

    actor.send({ type: 'learner.select', optionId: 'sponsor' });
    actor.send({ type: 'learner.submit' });
    expect(actor.getSnapshot().value).toBe('answered');
    expect(actor.getSnapshot().context.nothingChosen).toBe(false);
  });
});

describe('scoring and the result', () => {
  test.each([
    ['all right', () => 'right' as const, 'passed', 100],
    [
      'three of five (the pass mark is 60)',
      (i: number) => (i < 3 ? 'right' : 'wrong'),
      'passed',
      60,
    ],
    ['two of five', (i: number) => (i < 2 ? 'right' : 'wrong'), 'failed', 40],
    ['none right', () => 'wrong' as const, 'failed', 0],
  ] as const)('%s', (_, plan, verdict, percent) => {
    const recordResult = vi.fn();
    const actor = startedActor(quizMachine.provide({ actions: { recordResult } }), quiz);
    walkAttempt(actor, plan);
    expect(actor.getSnapshot().value).toEqual({ result: verdict });
    expect(recordResult).toHaveBeenCalledTimes(1);
    const params = recordResult.mock.calls[0]?.[1] as ResultRecord;
    expect(params.passed).toBe(verdict === 'passed');
    expect(params.score).toMatchObject({ total: 5, percent, scaled: percent / 100 });
  });

  test('the last question leads to the result, not to another question', () => {
    const actor = startedActor(quizMachine, quiz);
    goTo(actor, 4);
    answerCurrent(actor, 'right');
    actor.send({ type: 'learner.next' });
    expect(actor.getSnapshot().matches('result')).toBe(true);
  });
});

describe('recording', () => {
  test('each checked question is recorded with its response and whether it was right', () => {
    const recordAnswer = vi.fn();
    const actor = startedActor(quizMachine.provide({ actions: { recordAnswer } }), quiz);
    walkAttempt(actor, (i) => (i % 2 === 0 ? 'right' : 'wrong'));
    const calls = recordAnswer.mock.calls.map(([, params]) => params as AnswerRecord);
    expect(calls.map((c) => [c.question.id, c.response, c.correct, c.attempt])).toEqual([
      ['who-owns-case', 'sponsor', true, 1],
      ['pmo-services', 'writing-plans', false, 1],
      ['escalation-is-failure', 'false', true, 1],
      [
        'match-owners',
        'business-case[.]Delivery lead[,]daily-plan[.]Sponsor[,]reporting[.]Sponsor',
        false,
        1,
      ],
      ['escalation-order', 'forecast[,]warn[,]report[,]decide', true, 1],
    ]);
  });
});

describe('retrying', () => {
  test('a retry starts a fresh attempt with a new order', () => {
    const actor = startedActor(quizMachine, quiz);
    const first = actor.getSnapshot().context;
    walkAttempt(actor, () => 'wrong');
    actor.send({ type: 'learner.retry' });
    const second = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('question');
    expect(second).toMatchObject({ attempt: 2, current: 0, marks: {}, nothingChosen: false });
    expect(second.seed).not.toBe(first.seed);
    expect(second.shown).not.toEqual(first.shown);
    expect(second.answers['who-owns-case']).toEqual({ type: 'single', optionId: null });
  });

  test('the retry seed follows from the last, so it is the same on every device', () => {
    const seeds = [1, 2].map(() => {
      const actor = startedActor(quizMachine, quiz, 7);
      walkAttempt(actor, () => 'wrong');
      actor.send({ type: 'learner.retry' });
      return actor.getSnapshot().context.seed;
    });
    expect(seeds[0]).toBe(seeds[1]);
  });

  test('stops at the attempts allowed (2 in the fixture), passed or not', () => {
    const actor = startedActor(quizMachine, quiz);
    walkAttempt(actor, () => 'right');
    expect(actor.getSnapshot().can({ type: 'learner.retry' })).toBe(true);
    actor.send({ type: 'learner.retry' });
    walkAttempt(actor, () => 'wrong');
    expect(actor.getSnapshot().can({ type: 'learner.retry' })).toBe(false);
    actor.send({ type: 'learner.retry' });
    expect(actor.getSnapshot().value).toEqual({ result: 'failed' });
    expect(actor.getSnapshot().context.attempt).toBe(2);
  });

  test('with attempts: 0 the learner can always try again', () => {
    const actor = startedActor(quizMachine, { ...quiz, attempts: 0 });
    for (let attempt = 1; attempt <= 5; attempt++) {
      walkAttempt(actor, () => 'wrong');
      actor.send({ type: 'learner.retry' });
    }
    expect(actor.getSnapshot().context.attempt).toBe(6);
    expect(actor.getSnapshot().value).toBe('question');
  });
});

describe('shuffling', () => {
  const optionOrders = (q: Quiz, seed: number) => arrange(q, seed);

  test('the same seed always gives the same order', () => {
    expect(optionOrders(quiz, 123)).toEqual(optionOrders(quiz, 123));
  });

  test('different seeds give different orders', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => JSON.stringify(optionOrders(quiz, seed))),
    );
    expect(orders.size).toBeGreaterThan(10);
  });

  test('an ordering question never starts in the right order', () => {
    for (let seed = 0; seed < 500; seed++) {
      expect(optionOrders(quiz, seed)['escalation-order']).not.toEqual([
        'forecast',
        'warn',
        'report',
        'decide',
      ]);
    }
  });

  test('shuffle: false keeps options as written and lists matching answers alphabetically', () => {
    const shown = optionOrders({ ...quiz, shuffle: false }, 99);
    expect(shown['who-owns-case']).toEqual(['pmo', 'sponsor', 'lead']);
    expect(shown['match-owners']).toEqual(['Delivery lead', 'Internal audit', 'PMO', 'Sponsor']);
  });

  test('matching answers include the distractors, each once', () => {
    expect([...(optionOrders(quiz, 5)['match-owners'] ?? [])].sort()).toEqual([
      'Delivery lead',
      'Internal audit',
      'PMO',
      'Sponsor',
    ]);
  });
});

describe('resuming from a saved snapshot', () => {
  const midQuiz = () => {
    const actor = startedActor(quizMachine, quiz, 2024);
    goTo(actor, 3);
    actor.send({ type: 'learner.match', pairId: 'business-case', answer: 'Sponsor' });
    return actor;
  };

  test('restores the same question, answers and order after a JSON round trip', () => {
    const actor = midQuiz();
    const saved = throughJson<Snapshot<unknown>>(actor.getPersistedSnapshot());
    const restored = createActor(quizMachine, {
      input: { quiz, seed: 1 },
      snapshot: saved,
    }).start();
    expect(restored.getSnapshot().value).toBe('question');
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);

    // …and the learner carries on to the end.
    restored.send({ type: 'learner.match', pairId: 'daily-plan', answer: 'Delivery lead' });
    restored.send({ type: 'learner.match', pairId: 'reporting', answer: 'PMO' });
    restored.send({ type: 'learner.submit' });
    restored.send({ type: 'learner.next' });
    walkAttempt(restored, () => 'right');
    expect(restored.getSnapshot().value).toEqual({ result: 'passed' });
  });

  test('restores feedback and result states too', () => {
    const actor = startedActor(quizMachine, quiz);
    answerCurrent(actor, 'wrong');
    const answered = throughJson<Snapshot<unknown>>(actor.getPersistedSnapshot());
    expect(
      createActor(quizMachine, { input: { quiz, seed: 1 }, snapshot: answered })
        .start()
        .getSnapshot().value,
    ).toBe('answered');
    actor.send({ type: 'learner.next' });
    walkAttempt(actor, () => 'right');
    const result = throughJson<Snapshot<unknown>>(actor.getPersistedSnapshot());
    expect(
      createActor(quizMachine, { input: { quiz, seed: 1 }, snapshot: result })
        .start()
        .getSnapshot().value,
    ).toEqual({ result: 'passed' });
  });

  test('restorableSnapshot accepts a saved attempt of this quiz', () => {
    const saved = throughJson<Spoilable>(toSavedAttempt(midQuiz().getPersistedSnapshot()));
    expect(restorableSnapshot(saved, quiz)).toEqual(saved.snapshot);
  });

  test.each([
    ['nothing', () => undefined],
    ['a bare snapshot, saved without a version', (saved: Spoilable) => saved.snapshot],
    ['a newer version', (saved: Spoilable) => ({ ...saved, version: 2 })],
    [
      'another quiz',
      (saved: Spoilable) => ((saved.snapshot.context.quiz.id = 'another-quiz'), saved),
    ],
    [
      'a question that no longer exists',
      (saved: Spoilable) => ((saved.snapshot.context.current = 9), saved),
    ],
    [
      'a state the machine does not have',
      (saved: Spoilable) => ((saved.snapshot.value = 'celebrating'), saved),
    ],
  ])('restorableSnapshot refuses %s', (_, spoil) => {
    const saved = throughJson<Spoilable>(toSavedAttempt(midQuiz().getPersistedSnapshot()));
    expect(restorableSnapshot(spoil(saved), quiz)).toBeNull();
  });
});
