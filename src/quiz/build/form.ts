/**
 * Whether a course's quizzes can be answered from the form of their options rather than from what
 * the learner knows: the right option is the longest, true/false is nearly always "false", most
 * options of a select-all are right, or questions ask for definitions instead of judgement. The
 * limits are stated in courses/README.md; content/assessment.ts turns figures past them into
 * problems, and the content report prints them.
 */
import type { Question, Quiz } from '../schema';

export const QUIZ_FORM_LIMITS = {
  /** Most single-answer questions of a course whose right option is the longest. */
  correctLongestMax: 0.35,
  /** Share of true/false answers in a course that are "true". */
  trueShare: { min: 0.4, max: 0.6 },
  /** Share of a course's select-all options that are right. */
  selectAllCorrect: { min: 0.3, max: 0.6 },
  /** Fewest questions of every quiz that put the learner in a situation. */
  situationalMin: 0.6,
  /** Below this many items a share says little, so it is reported but not held to a limit. */
  smallestSample: 5,
} as const;

export interface QuizFormFigures {
  single: { questions: number; correctLongest: string[] };
  trueFalse: { questions: number; true: number };
  selectAll: { options: number; correct: number };
  /** Per quiz: how many of its questions put the learner in a situation. */
  quizzes: { id: string; questions: number; situational: number; definitions: string[] }[];
}

/**
 * A question that puts the learner in a situation speaks to them ("you", "your") and sets a scene
 * of some length; a bare definition question rarely does both.
 */
export function isSituational(prompt: string): boolean {
  const words = prompt.trim().split(/\s+/).filter(Boolean);
  return /\byou(r|rs|rself)?\b/i.test(prompt) && words.length >= 15;
}

/** The right option is strictly longer than every other. */
export function correctIsLongest(question: Extract<Question, { type: 'single' }>): boolean {
  const right = question.options.find((o) => o.correct);
  if (!right) return false;
  return question.options.every((o) => o === right || o.text.length < right.text.length);
}

export function quizFormFigures(quizzes: readonly Quiz[]): QuizFormFigures {
  const figures: QuizFormFigures = {
    single: { questions: 0, correctLongest: [] },
    trueFalse: { questions: 0, true: 0 },
    selectAll: { options: 0, correct: 0 },
    quizzes: [],
  };
  for (const quiz of quizzes) {
    const definitions: string[] = [];
    for (const question of quiz.questions) {
      if (!isSituational(question.prompt)) definitions.push(question.id);
      if (question.type === 'single') {
        figures.single.questions += 1;
        if (correctIsLongest(question)) figures.single.correctLongest.push(question.id);
      } else if (question.type === 'truefalse') {
        figures.trueFalse.questions += 1;
        if (question.answer) figures.trueFalse.true += 1;
      } else if (question.type === 'multiple') {
        figures.selectAll.options += question.options.length;
        figures.selectAll.correct += question.options.filter((o) => o.correct).length;
      }
    }
    figures.quizzes.push({
      id: quiz.id,
      questions: quiz.questions.length,
      situational: quiz.questions.length - definitions.length,
      definitions,
    });
  }
  return figures;
}
