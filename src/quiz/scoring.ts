/**
 * Marking: a question is right only when all of it is right, and the quiz score is the share of
 * questions answered right.
 */
import type { Question, Quiz } from './schema';
import type { Answer } from './answers';

/** All or nothing: every right option and no wrong one, every item matched or placed right. */
export function isCorrect(question: Question, answer: Answer | undefined): boolean {
  if (!answer || answer.type !== question.type) return false;
  switch (question.type) {
    case 'single':
      return (
        answer.type === 'single' &&
        question.options.some((o) => o.correct && o.id === answer.optionId)
      );
    case 'multiple': {
      if (answer.type !== 'multiple') return false;
      const chosen = new Set(answer.optionIds);
      return question.options.every((o) => o.correct === chosen.has(o.id));
    }
    case 'truefalse':
      return answer.type === 'truefalse' && answer.value === question.answer;
    case 'matching':
      return (
        answer.type === 'matching' && question.pairs.every((p) => answer.matches[p.id] === p.match)
      );
    case 'ordering':
      return (
        answer.type === 'ordering' &&
        answer.itemIds.length === question.items.length &&
        question.items.every((item, index) => answer.itemIds[index] === item.id)
      );
  }
}

/**
 * The learner's answer in the xAPI interaction response formats, for `result.response`:
 * choice "a[,]c", true-false "true", matching "pairId[.]answer[,]…", sequencing "id[,]id".
 */
export function responseFor(question: Question, answer: Answer | undefined): string {
  if (!answer || answer.type !== question.type) return '';
  switch (answer.type) {
    case 'single':
      return answer.optionId ?? '';
    case 'multiple':
      // In the order the author wrote them, so the same choice always reads the same.
      return question.type === 'multiple'
        ? question.options
            .filter((o) => answer.optionIds.includes(o.id))
            .map((o) => o.id)
            .join('[,]')
        : '';
    case 'truefalse':
      return answer.value === null ? '' : String(answer.value);
    case 'matching':
      return question.type === 'matching'
        ? question.pairs
            .filter((p) => answer.matches[p.id])
            .map((p) => `${p.id}[.]${answer.matches[p.id] ?? ''}`)
            .join('[,]')
        : '';
    case 'ordering':
      return answer.itemIds.join('[,]');
  }
}

export interface QuizScore {
  /** Questions answered right. */
  correct: number;
  total: number;
  /** 0 to 1, as xAPI `result.score.scaled` wants it. */
  scaled: number;
  /** 0 to 100, rounded, for people. */
  percent: number;
  passed: boolean;
}

/** Scores an attempt from whether each question was answered right (keyed by question id). */
export function scoreQuiz(quiz: Quiz, marks: Readonly<Record<string, boolean>>): QuizScore {
  const total = quiz.questions.length;
  const correct = quiz.questions.filter((q) => marks[q.id] === true).length;
  const scaled = total === 0 ? 0 : correct / total;
  return {
    correct,
    total,
    scaled,
    percent: Math.round(scaled * 100),
    // Compared in whole numbers so 3 out of 4 passes a pass mark of 75 without rounding trouble.
    passed: correct * 100 >= quiz.passMark * total,
  };
}
