/**
 * What a learner has answered to one question, and the edits they can make to it. Plain data
 * (no Sets), so it survives the JSON round trip of a saved attempt.
 */
import type { Question, Quiz } from './schema';
import { seedFor, shuffled } from './shuffle';

export type Answer =
  | { type: 'single'; optionId: string | null }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'truefalse'; value: boolean | null }
  /** pair id → the answer text chosen for that pair's item */
  | { type: 'matching'; matches: Record<string, string> }
  /** item ids, top to bottom, as the learner has arranged them */
  | { type: 'ordering'; itemIds: string[] };

/**
 * What each question shows, in the order shown: option ids (single, multiple), answer texts
 * offered in every list (matching), the starting order of item ids (ordering), 'true' and 'false'.
 */
export type Arrangement = Record<string, string[]>;

/** Lays out every question of one attempt. The same quiz and seed always give the same layout. */
export function arrange(quiz: Quiz, seed: number): Arrangement {
  return Object.fromEntries(
    quiz.questions.map((q) => [q.id, arrangeQuestion(q, seed, quiz.shuffle)]),
  );
}

function arrangeQuestion(question: Question, seed: number, shuffle: boolean): string[] {
  const questionSeed = seedFor(seed, question.id);
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const ids = question.options.map((o) => o.id);
      return shuffle ? shuffled(ids, questionSeed) : ids;
    }
    case 'truefalse':
      return ['true', 'false'];
    case 'matching': {
      // Authors write the answers in item order, so showing them as written would give them away:
      // without shuffling they are listed alphabetically instead.
      const answers = matchingAnswers(question);
      return shuffle
        ? shuffled(answers, questionSeed)
        : [...answers].sort((a, b) => a.localeCompare(b));
    }
    case 'ordering': {
      // Always shuffled, and never already right, or there would be nothing to do.
      const ids = question.items.map((i) => i.id);
      const start = shuffled(ids, questionSeed);
      return sameOrder(start, ids) ? [...start.slice(1), ...start.slice(0, 1)] : start;
    }
  }
}

/** Every answer a matching question offers: the right ones, then the distractors, each once. */
export function matchingAnswers(question: Extract<Question, { type: 'matching' }>): string[] {
  return [...new Set([...question.pairs.map((p) => p.match), ...question.distractors])];
}

export function blankAnswer(question: Question, shown: readonly string[]): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: null };
    case 'multiple':
      return { type: 'multiple', optionIds: [] };
    case 'truefalse':
      return { type: 'truefalse', value: null };
    case 'matching':
      return { type: 'matching', matches: {} };
    case 'ordering':
      return { type: 'ordering', itemIds: [...shown] };
  }
}

export function blankAnswers(quiz: Quiz, arrangement: Arrangement): Record<string, Answer> {
  return Object.fromEntries(
    quiz.questions.map((q) => [q.id, blankAnswer(q, arrangement[q.id] ?? [])]),
  );
}

/** Whether the learner has given a complete answer: something chosen, every item matched. */
export function hasAnswer(question: Question, answer: Answer | undefined): boolean {
  if (!answer || answer.type !== question.type) return false;
  switch (answer.type) {
    case 'single':
      return answer.optionId !== null;
    case 'multiple':
      return answer.optionIds.length > 0;
    case 'truefalse':
      return answer.value !== null;
    case 'matching':
      return (
        question.type === 'matching' && question.pairs.every((p) => Boolean(answer.matches[p.id]))
      );
    case 'ordering':
      // The list always holds every item in some order; submitting it as it stands is an answer.
      return answer.itemIds.length > 0;
  }
}

/** Single choice: the option replaces any other. Multiple response: the option is toggled. */
export function chooseOption(question: Question, answer: Answer, optionId: string): Answer {
  if (question.type !== 'single' && question.type !== 'multiple') return answer;
  if (!question.options.some((o) => o.id === optionId)) return answer;
  if (answer.type === 'single') return { type: 'single', optionId };
  if (answer.type === 'multiple') {
    const optionIds = answer.optionIds.includes(optionId)
      ? answer.optionIds.filter((id) => id !== optionId)
      : [...answer.optionIds, optionId];
    return { type: 'multiple', optionIds };
  }
  return answer;
}

export function chooseTrueOrFalse(answer: Answer, value: boolean): Answer {
  return answer.type === 'truefalse' ? { type: 'truefalse', value } : answer;
}

/** Matches one item to an answer; an empty answer clears the item. */
export function matchItem(
  question: Question,
  answer: Answer,
  pairId: string,
  choice: string,
): Answer {
  if (question.type !== 'matching' || answer.type !== 'matching') return answer;
  if (!question.pairs.some((p) => p.id === pairId)) return answer;
  const others = Object.fromEntries(Object.entries(answer.matches).filter(([id]) => id !== pairId));
  if (choice === '') return { type: 'matching', matches: others };
  if (!matchingAnswers(question).includes(choice)) return answer;
  return { type: 'matching', matches: { ...others, [pairId]: choice } };
}

/** Moves an item to a position (0 is the top), keeping it within the list. */
export function moveItem(answer: Answer, itemId: string, to: number): Answer {
  if (answer.type !== 'ordering') return answer;
  const from = answer.itemIds.indexOf(itemId);
  if (from === -1 || !Number.isInteger(to)) return answer;
  const target = Math.max(0, Math.min(answer.itemIds.length - 1, to));
  if (target === from) return answer;
  const itemIds = answer.itemIds.filter((id) => id !== itemId);
  itemIds.splice(target, 0, itemId);
  return { type: 'ordering', itemIds };
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
