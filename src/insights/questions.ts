/**
 * Quiz questions ranked by how often they are answered wrong the first time, as a table and as bars
 * for the ten hardest. Questions answered by fewer people than the smallest group shown are hidden.
 */
import {
  byText,
  hiddenNote,
  optional,
  percent,
  percentText,
  type Bar,
  type Table,
} from './figures';
import type { LearnerSummary } from './summary';

/** What the page knows of each quiz, so a question can be shown by its prompt. */
export interface QuizOutline {
  id: string;
  title: string;
  questions: readonly { id: string; prompt: string }[];
}

interface QuestionCount {
  /** `quizId/questionId`, as learners' summaries key their first tries. */
  key: string;
  answered: number;
  wrong: number;
}

/** How many people answered each question, and how many got it wrong the first time. */
export function countFirstTries(summaries: readonly LearnerSummary[]): QuestionCount[] {
  const counts = new Map<string, { answered: number; wrong: number }>();
  for (const summary of summaries) {
    for (const [question, correct] of summary.firstTries) {
      const count = counts.get(question) ?? { answered: 0, wrong: 0 };
      count.answered += 1;
      if (!correct) count.wrong += 1;
      counts.set(question, count);
    }
  }
  return [...counts].map(([key, count]) => ({ key, ...count }));
}

export function questionsWrongFirstTime(
  summaries: readonly LearnerSummary[],
  quizzes: readonly QuizOutline[],
  minGroup: number,
): { questions: Table; questionBars: Bar[] } {
  const prompts = new Map<string, { prompt: string; quiz: string }>();
  for (const quiz of quizzes) {
    for (const question of quiz.questions)
      prompts.set(`${quiz.id}/${question.id}`, { prompt: question.prompt, quiz: quiz.title });
  }
  const allQuestions = countFirstTries(summaries);
  const shownQuestions = allQuestions
    .filter((question) => question.answered >= minGroup)
    .sort(
      (a, b) =>
        b.wrong / b.answered - a.wrong / a.answered || b.wrong - a.wrong || byText(a.key, b.key),
    );
  // A question since removed from its quiz is still counted, under its key.
  const questionLabel = (key: string) => prompts.get(key)?.prompt ?? key;
  const questions: Table = {
    id: 'questions-wrong-first-time',
    title: 'Quiz questions answered wrong the first time',
    columns: ['Rank', 'Question', 'Quiz', 'People who answered', 'Wrong the first time'],
    rows: shownQuestions.map((question, index) => [
      String(index + 1),
      questionLabel(question.key),
      prompts.get(question.key)?.quiz ?? question.key.split('/')[0] ?? '',
      String(question.answered),
      `${question.wrong} (${percentText(question.wrong, question.answered)})`,
    ]),
    ...optional(
      'note',
      hiddenNote(allQuestions.length - shownQuestions.length, minGroup, 'question'),
    ),
  };
  const questionBars: Bar[] = shownQuestions.slice(0, 10).map((question) => ({
    label: questionLabel(question.key),
    percent: percent(question.wrong, question.answered),
    text: `${percentText(question.wrong, question.answered)} wrong (${question.wrong} of ${question.answered})`,
  }));
  return { questions, questionBars };
}
