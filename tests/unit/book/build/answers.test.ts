import { describe, expect, it } from 'vitest';
import { answersHtml } from '../../../../src/book/build/answers';
import { parseFragment } from '../../../../src/book/build/html';
import { quizSchema } from '../../../../src/quiz/schema';

const quiz = quizSchema.parse({
  id: 'q',
  title: 'Check it',
  passMark: 50,
  questions: [
    {
      id: 'tf',
      type: 'truefalse',
      prompt: 'Escalating is failing.',
      answer: false,
      feedback: { true: 'Escalating early is the job.', false: 'Right: it is the job.' },
    },
    {
      id: 'match',
      type: 'matching',
      prompt: 'Match them.',
      pairs: [
        {
          id: 'a',
          item: 'Business case',
          match: 'Sponsor',
          feedback: 'The sponsor keeps it valid.',
        },
        { id: 'b', item: 'Daily plan', match: 'Delivery lead', feedback: 'Day to day.' },
      ],
      distractors: ['Audit'],
    },
  ],
});

describe('the answers at the end of the book', () => {
  const dom = parseFragment(
    answersHtml([
      {
        module: 'Module 1',
        quiz,
        practice: [
          {
            id: 'owners',
            title: 'Practice: name owners',
            summary: 's',
            duration: 10,
            brief: 'b',
            prompt: 'p',
            rubric: [{ id: 'r', text: 'r' }],
            model: '| Benefit | Owner |\n| --- | --- |\n| Faster | Hannah |',
            modelNotes: 'Each owner runs the team.',
          },
        ],
      },
    ]),
  );

  it('gives a practice task its model answer, tables included, and why it works', () => {
    const model = dom.querySelector('#answers-owners')!;
    expect(model.querySelector('h2')?.textContent).toBe('Module 1: Practice: name owners');
    expect(model.querySelector('.model-answer th[scope="row"]')?.textContent).toBe('Faster');
    expect(model.textContent).toContain('Each owner runs the team.');
  });

  it('says the right answer and why, without saying "Right" twice', () => {
    const items = [...dom.querySelectorAll('#answers-q .answer-list > li')];
    expect(items[0]?.querySelector('.answer')?.textContent).toBe('Answer: False');
    expect([...items[0]!.querySelectorAll('.feedback li')].map((li) => li.textContent)).toEqual([
      'If you said true: Not right. Escalating early is the job.',
      'If you said false: Right: it is the job.',
    ]);
    expect([...items[1]!.querySelectorAll('.feedback li')].map((li) => li.textContent)).toEqual([
      '1. Business case matches C. Sponsor. The sponsor keeps it valid.',
      '2. Daily plan matches B. Delivery lead. Day to day.',
    ]);
    expect(items[1]?.textContent).toContain('Matching nothing: Audit.');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('#q--tf');
  });
});
