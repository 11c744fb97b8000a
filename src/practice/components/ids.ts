/**
 * Element ids the practice island moves focus to and links between; unique per task. Content ids
 * never hold "__", so joining with it cannot make two ids the same.
 */
export interface PracticeIds {
  base: string;
  answer: string;
  hint: string;
  errorSummary: string;
  comparisonHeading: string;
  resultHeading: string;
}

export function practiceIds(taskId: string): PracticeIds {
  const base = `practice-${taskId}`;
  return {
    base,
    answer: `${base}__answer`,
    hint: `${base}__hint`,
    errorSummary: `${base}__error-summary`,
    comparisonHeading: `${base}__comparison-heading`,
    resultHeading: `${base}__result-heading`,
  };
}
