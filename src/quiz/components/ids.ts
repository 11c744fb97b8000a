/** Element ids and lesson links the quiz's components share. */
export interface LessonLink {
  href: string;
  title: string;
}

/**
 * Element ids the island moves focus to; unique per quiz, so two quizzes could share a page.
 * Content ids never hold "_" or "--", so joining with them cannot make two ids the same.
 */
export interface QuizIds {
  base: string;
  questionHeading: string;
  feedbackHeading: string;
  resultHeading: string;
  errorSummary: string;
}

export function quizIds(quizId: string): QuizIds {
  const base = `quiz-${quizId}`;
  return {
    base,
    questionHeading: `${base}__question-heading`,
    feedbackHeading: `${base}__feedback-heading`,
    resultHeading: `${base}__result-heading`,
    errorSummary: `${base}__error-summary`,
  };
}

/** The id of one control (an option, a matching list), or of something else about a question. */
export function controlId(ids: QuizIds, questionId: string, part: string): string {
  return `${ids.base}__${questionId}__${part}`;
}
