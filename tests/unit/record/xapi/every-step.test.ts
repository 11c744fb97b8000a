/**
 * Every step of every real course, through the statement builders the islands use and the record's
 * own validation: if the build accepts a course, the record accepts every statement a learner can make
 * on it. A title the schema refused would lose that learner's progress on the step without a word.
 * The long-title case shows the builder, not each author, keeps names within the record's limit.
 */
import { describe, expect, test } from 'vitest';
import type { StatementDraft } from '../../../../src/record/api';
import { validateContent } from '../../../../src/content/integration';
import { lessonStatement } from '../../../../src/record/lesson-statement';
import { LIMITS } from '../../../../src/record/xapi/limits';
import { statementSchema } from '../../../../src/record/xapi/schema';
import { buildStatement } from '../../../../src/record/xapi/statements';
import { answeredStatement, resultStatements } from '../../../../src/quiz/statements';
import { choiceStatement, endingStatement } from '../../../../src/scenario/statements';
import { videoStatement } from '../../../../src/video/statements';
import { assessmentStatement, attemptStatement } from '../../../../src/practice/statements';

process.env['SIDELINE_SKIP_VIDEO_CHECK'] = '1'; // the rendered videos are not this test's subject
const { content, tree } = validateContent(process.cwd());

function problemsOf(draft: StatementDraft): string[] {
  const statement = buildStatement(draft, {
    activityBase: content.site.activityBase,
    learner: { id: 'learner-1', name: 'Sam' },
  });
  const parsed = statementSchema.safeParse(statement);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Every statement a learner can make on each step, by step. */
function draftsByStep(): [step: string, drafts: StatementDraft[]][] {
  const out: [string, StatementDraft[]][] = [];
  for (const course of tree.courses) {
    const base = { courseId: course.id, courseTitle: course.title };
    for (const module of course.modules) {
      for (const step of module.steps) {
        const ctx = { ...base, revision: step.revision };
        const drafts: StatementDraft[] = [];
        if (step.kind === 'lesson') {
          const lesson = {
            lessonId: step.id,
            lessonTitle: step.title,
            moduleId: module.id,
            ...ctx,
          };
          drafts.push(
            lessonStatement('experienced', lesson),
            lessonStatement('completed', lesson),
            lessonStatement('reopened', lesson),
          );
        }
        if (step.kind === 'quiz') {
          const quiz = content.quizzes.find((entry) => entry.data.id === step.id)!.data;
          for (const question of quiz.questions) {
            drafts.push(
              answeredStatement(
                { quiz, ...ctx },
                { question, response: 'x', correct: false, attempt: 1 },
              ),
            );
          }
          const score = { correct: 1, total: 2, scaled: 0.5, percent: 50, passed: false };
          drafts.push(...resultStatements({ quiz, ...ctx }, { score, passed: false, attempt: 1 }));
        }
        if (step.kind === 'scenario') {
          const scenario = content.scenarios.find((entry) => entry.data.id === step.id)!.data;
          for (const node of scenario.nodes) {
            for (const choice of node.choices) {
              drafts.push(
                choiceStatement(
                  { scenario, ...ctx },
                  { node: { id: node.id, title: node.title }, choice, variables: {} },
                ),
              );
            }
          }
          for (const ending of scenario.endings) {
            drafts.push(
              endingStatement(
                { scenario, ...ctx },
                { ending: { id: ending.id, title: ending.title }, variables: {}, path: [] },
              ),
            );
          }
        }
        if (step.kind === 'video') {
          const video = { id: step.id, title: step.title };
          drafts.push(
            videoStatement({ video, ...ctx }, { verb: 'progressed', progress: 50 }, 60),
            videoStatement({ video, ...ctx }, { verb: 'completed', progress: 90 }, 110),
          );
        }
        if (step.kind === 'practice') {
          const task = { id: step.id, title: step.title };
          drafts.push(
            attemptStatement({ task, ...ctx }, { answer: 'My answer.', attempt: 1 }),
            assessmentStatement(
              { task, ...ctx },
              { answer: 'My answer.', rubric: { a: true }, share: true, attempt: 1 },
            ),
          );
        }
        out.push([`${course.id}/${step.id} (${step.kind})`, drafts]);
      }
    }
  }
  return out;
}

describe('every step of every course', () => {
  const steps = draftsByStep();

  test('covers every kind of step', () => {
    const kinds = new Set(steps.map(([name]) => /\((\w+)\)$/.exec(name)![1]));
    expect([...kinds].sort()).toEqual(['lesson', 'practice', 'quiz', 'scenario', 'video']);
  });

  test.each(steps)('%s: the record accepts every statement a learner can make', (_step, drafts) => {
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.flatMap(problemsOf)).toEqual([]);
  });
});

test('a title longer than the record allows is fitted by the builder, not refused', () => {
  const title = 'A very long lesson title '.repeat(20);
  expect(title.length).toBeGreaterThan(LIMITS.name);
  const lesson = {
    lessonId: 'long',
    lessonTitle: title,
    moduleId: 'm',
    courseId: 'c',
    courseTitle: title,
    revision: 'r',
  };
  expect(problemsOf(lessonStatement('completed', lesson))).toEqual([]);
});
