/**
 * Assessment that cannot be passed by its form: a fixture quiz that breaks every limit, with the
 * exact words an author reads, and the real courses inside every limit.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkAssessmentForm } from '../../../src/content/assessment';
import { quizSchema } from '../../../src/quiz/schema';
import { fixture } from '../../fixtures/scenarios/load';

const guessable = quizSchema.parse(
  parse(readFileSync(new URL('../../fixtures/assessment/guessable.yaml', import.meta.url), 'utf8')),
);
const course = { file: 'courses/demo/course.yaml', data: { id: 'demo' }, revision: '' };
const quizEntry = { file: 'courses/demo/01-basics/quiz.yaml', data: guessable, revision: '' };

describe('checkAssessmentForm', () => {
  test('fails a course whose quiz can be passed by the form of its options', () => {
    expect(checkAssessmentForm({ courses: [course], quizzes: [quizEntry], scenarios: [] })).toEqual([
      {
        file: 'courses/demo/course.yaml',
        problem:
          'In 5 of 5 single-answer questions (100%) the right option is the longest, so a learner can guess it; at most 35% may be.',
        fix: 'Make the wrong options as specific and as long as the right one in: longest-1, longest-2, longest-3, longest-4, longest-5.',
      },
      {
        file: 'courses/demo/course.yaml',
        problem:
          '0 of 5 true/false answers are "true" (0%), so always answering "false" scores well; between 40% and 60% should be true.',
        fix: 'Turn some false statements into true ones that test the same idea.',
      },
      {
        file: 'courses/demo/course.yaml',
        problem:
          '4 of 5 options in select-all questions are right (80%); between 30% and 60% should be, or ticking everything scores well.',
        fix: 'Replace some right options with wrong ones drawn from real misconceptions.',
      },
      {
        file: 'courses/demo/01-basics/quiz.yaml',
        problem:
          'Only 0 of 11 questions put the learner in a situation; at least 60% should ("Your delivery lead tells you…", at least 15 words).',
        fix: 'Turn definition questions into situations where the learner must use the idea: longest-1, longest-2, longest-3, longest-4, longest-5, false-1 and 5 more.',
      },
    ]);
  });

  test('fails a course whose scenarios give away the strong choice by its length', () => {
    const scenario = structuredClone(fixture('sound'));
    for (const node of scenario.nodes) {
      for (const choice of node.choices) {
        if (choice.quality === 'strong') choice.text = `${choice.text} ${'and explain why, carefully. '.repeat(3)}`;
      }
    }
    const scenarios = [1, 2].map((n) => ({
      file: `courses/demo/0${n}-basics/scenario.yaml`,
      data: { ...scenario, id: `s${n}` },
      revision: '',
    }));
    expect(checkAssessmentForm({ courses: [course], quizzes: [], scenarios })).toEqual([
      {
        file: 'courses/demo/course.yaml',
        problem:
          'In 6 of 6 scenario decisions (100%) the strong choice is the longest, so a learner can spot it; at most 40% may be.',
        fix: 'Make the weaker choices as specific and as tempting as the strong one in: s1/first-call, s1/board, s1/crisis, s2/first-call, s2/board, s2/crisis.',
      },
    ]);
  });

  test('below five items a share is not held to a limit, but every quiz must set situations', () => {
    const small = { ...guessable, questions: guessable.questions.slice(0, 4) };
    const problems = checkAssessmentForm({
      courses: [course],
      quizzes: [{ ...quizEntry, data: small }],
      scenarios: [],
    });
    expect(problems.map((p) => p.file)).toEqual(['courses/demo/01-basics/quiz.yaml']);
  });
});
