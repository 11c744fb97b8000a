/**
 * Quiz questions ranked by how often they are answered wrong the first time, as a table and as bars
 * for the ten hardest. Each row says the right answer and links the lesson that teaches it, so the
 * PMO can coach from the table. Questions answered by fewer people than the smallest group shown are
 * hidden.
 */
import {
  byText,
  countAndShare,
  hiddenNote,
  optional,
  percent,
  percentText,
  type Bar,
  type Cell,
  type Table,
} from './figures';
import type { LearnerSummary } from './summary';

/** The lesson that teaches a question, as the page links it. */
export interface LessonLink {
  title: string;
  href: string;
}

/** What the page knows of each quiz: each question's prompt, right answer and lesson. */
export interface QuizOutline {
  id: string;
  title: string;
  questions: readonly {
    id: string;
    prompt: string;
    /** The right answer in words (src/quiz/right-answer.ts). */
    answer: string;
    lesson?: LessonLink;
  }[];
}

const NO_LESSON = 'No lesson named';

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
  const known = new Map<string, { quiz: string } & QuizOutline['questions'][number]>();
  for (const quiz of quizzes) {
    for (const question of quiz.questions)
      known.set(`${quiz.id}/${question.id}`, { quiz: quiz.title, ...question });
  }
  const allQuestions = countFirstTries(summaries);
  const shownQuestions = allQuestions
    .filter((question) => question.answered >= minGroup)
    .sort(
      (a, b) =>
        b.wrong / b.answered - a.wrong / a.answered || b.wrong - a.wrong || byText(a.key, b.key),
    )
    // A question since removed from its quiz is still counted, under its key.
    .map((count) => {
      const question = known.get(count.key);
      return {
        ...count,
        label: question?.prompt ?? count.key,
        quiz: question?.quiz ?? count.key.split('/')[0] ?? '',
        answer: question?.answer ?? 'Not known: the question is no longer in the quiz',
        lesson: question?.lesson,
      };
    });
  const questions: Table = {
    id: 'questions-wrong-first-time',
    title: 'Quiz questions answered wrong the first time',
    columns: [
      'Rank',
      'Question',
      'Right answer',
      'Lesson that teaches it',
      'Quiz',
      'People who answered',
      'Wrong the first time',
    ],
    rows: shownQuestions.map((question, index): Cell[] => [
      String(index + 1),
      question.label,
      question.answer,
      question.lesson ? { text: question.lesson.title, href: question.lesson.href } : NO_LESSON,
      question.quiz,
      String(question.answered),
      countAndShare(question.wrong, question.answered),
    ]),
    csv: {
      columns: [
        'Rank',
        'Question',
        'Right answer',
        'Lesson that teaches it',
        'Lesson address',
        'Quiz',
        'People who answered',
        'Wrong the first time',
        'Wrong the first time (%)',
      ],
      rows: shownQuestions.map((question, index) => [
        String(index + 1),
        question.label,
        question.answer,
        question.lesson?.title ?? NO_LESSON,
        question.lesson?.href ?? '',
        question.quiz,
        String(question.answered),
        String(question.wrong),
        String(percent(question.wrong, question.answered)),
      ]),
    },
    ...optional(
      'note',
      hiddenNote(allQuestions.length - shownQuestions.length, minGroup, 'question'),
    ),
  };
  const questionBars: Bar[] = shownQuestions.slice(0, 10).map((question) => ({
    label: question.label,
    percent: percent(question.wrong, question.answered),
    text: `${percentText(question.wrong, question.answered)} wrong (${question.wrong} of ${question.answered})`,
  }));
  return { questions, questionBars };
}
