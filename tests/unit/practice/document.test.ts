import { expect, test } from 'vitest';
import { practiceDocument, practiceFileName } from '../../../src/practice/document';

const task = {
  title: 'Practice: agree the time you will give',
  brief: 'You sponsor a project.\n\n| Phase | Dates |\n| --- | --- |\n| Build | 2027 |',
  prompt: 'Your time agreement',
  rubric: [
    { id: 'figures', text: 'Gives a figure for every phase' },
    { id: 'signs', text: 'Names three warning signs' },
  ],
  model: '**Time I will give**\n\n- One day a week',
  modelNotes: 'Plans by phase.',
};

test('the download holds the brief, the answer as text, the ticks and the model', () => {
  const html = practiceDocument({
    task,
    courseTitle: 'Sponsor induction',
    answer: '<script>alert(1)</script>\nThursday mornings',
    ticks: { figures: true, signs: false },
    date: '5 December 2026',
  });
  expect(html).toContain('<th scope="row">Build</th>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\nThursday mornings');
  expect(html).not.toContain('<script>');
  expect(html).toContain('my answer meets 1 of 2 points on the checklist');
  expect(html).toContain('<tr><th scope="row">Names three warning signs</th><td>Not yet</td></tr>');
  expect(html).toContain('<strong>Time I will give</strong>');
  expect(html).toContain('Why the model works');
});

test('every point is listed with its verdict, and notes appear only when the task has them', () => {
  const html = practiceDocument({
    task: { ...task, modelNotes: undefined },
    courseTitle: 'Sponsor induction',
    answer: 'Plan',
    ticks: { figures: true, signs: true },
    date: '5 December 2026',
  });
  expect(html).toContain(
    '<tbody><tr><th scope="row">Gives a figure for every phase</th><td>Met</td></tr><tr><th scope="row">Names three warning signs</th><td>Met</td></tr></tbody>',
  );
  expect(html).toContain('my answer meets 2 of 2 points on the checklist');
  expect(html).not.toContain('Why the model works');
  expect(html).toMatch(
    /<div class="answer">Plan<\/div>\n<h2>Checked against the checklist<\/h2>\n<p>/,
  );
});

test('the file is named after the task', () => {
  expect(practiceFileName('Practice: agree the time you will give')).toBe(
    'practice-agree-the-time-you-will-give.html',
  );
  expect(practiceFileName('???')).toBe('practice-answer.html');
  expect(practiceFileName('Write a Practice:  Plan')).toBe('practice-write-a-practice-plan.html');
  expect(practiceFileName('Practice:   Élan')).toBe('practice-elan.html');
});
