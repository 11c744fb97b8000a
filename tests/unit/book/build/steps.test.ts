import { describe, expect, it } from 'vitest';
import type { StepNode } from '../../../../src/content/course-tree';
import { parseFragment } from '../../../../src/book/build/html';
import {
  conditionWords,
  orderingShown,
  practiceSection,
  scenarioSection,
} from '../../../../src/book/build/steps';
import type { Question } from '../../../../src/quiz/schema';
import { scenarioShapeSchema } from '../../../../src/scenario/schema';

const step = (kind: string, id: string): StepNode =>
  ({ kind, id, title: 'A step', duration: 5, href: `/courses/demo/${id}/` }) as unknown as StepNode;

const scenario = scenarioShapeSchema.parse({
  id: 'rescue',
  title: 'The rescue',
  summary: 'A short scenario.',
  variables: [
    { id: 'acc', label: 'Accountability clarity', start: 5 },
    { id: 'risk', label: 'Delivery risk', start: 5, better: 'lower' },
  ],
  start: 'second',
  nodes: [
    {
      id: 'first',
      title: 'Later on',
      text: 'It goes on.',
      choices: [
        {
          id: 'finish',
          text: 'Finish',
          quality: 'strong',
          why: 'It ends.',
          result: 'Done.',
          to: 'end',
        },
      ],
    },
    {
      id: 'second',
      title: 'At the start',
      speaker: 'Priya, PMO',
      text: 'It **starts**.',
      choices: [
        {
          id: 'take-over',
          text: 'Take over.',
          quality: 'weak',
          why: 'It hides the problem.',
          result: 'You do it yourself.',
          effects: { acc: -2 },
          to: [{ if: 'risk >= 7 or acc < 3', goto: 'first' }, { goto: 'end' }],
        },
      ],
    },
  ],
  endings: [
    {
      id: 'good',
      title: 'Good',
      rank: 1,
      when: 'acc >= 7 and risk <= 4',
      outcome: 'Well done.',
      debrief: 'Why.',
    },
    { id: 'other', title: 'Other', rank: 2, outcome: 'Hm.', debrief: 'Why not.' },
  ],
});

describe('a scenario as text', () => {
  const variables = new Map(scenario.variables.map((variable) => [variable.id, variable]));

  it('says a condition in words', () => {
    expect(conditionWords('acc >= 7 and (risk <= 4 or acc == 10)', variables)).toBe(
      'Accountability clarity is at least 7 and (Delivery risk is at most 4 or Accountability clarity is 10)',
    );
  });

  it('starts at the first decision and says where each choice leads', () => {
    const dom = parseFragment(scenarioSection(step('scenario', 'rescue'), scenario));
    expect([...dom.querySelectorAll('.decision h3')].map((h) => h.textContent)).toEqual([
      'Decision 1: At the start',
      'Decision 2: Later on',
    ]);
    const choice = dom.querySelector('#rescue--second .choices li')!;
    expect(choice.textContent).toContain('Changes: Accountability clarity down 2.');
    expect([...choice.querySelectorAll('.branches li')].map((li) => li.textContent)).toEqual([
      'If Delivery risk is at least 7 or Accountability clarity is less than 3, go to decision 2, Later on.',
      'Otherwise go to the end: see the endings.',
    ]);
    expect(choice.querySelector('.branches a')?.getAttribute('href')).toBe('#rescue--first');
    expect([...dom.querySelectorAll('.ending__when')].map((p) => p.textContent)).toEqual([
      'You reach this ending if Accountability clarity is at least 7 and Delivery risk is at most 4.',
      'You reach this ending if none of those above applies.',
    ]);
  });
});

describe('a quiz in print', () => {
  it('never shows an ordering question in its right order', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, feedback: 'f' }));
    for (const id of ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']) {
      const question = { id, type: 'ordering', prompt: 'p', items } as Extract<
        Question,
        { type: 'ordering' }
      >;
      expect(orderingShown(question).map((item) => item.id)).not.toEqual(['a', 'b', 'c', 'd']);
    }
  });
});

describe('a practice task in print', () => {
  it('gives the brief and the rubric, and points to the model answer at the end', () => {
    const html = practiceSection(
      step('practice', 'name-owners'),
      {
        id: 'name-owners',
        title: 'Practice: name an owner',
        summary: 'Name owners.',
        duration: 15,
        lesson: 'owners-lesson',
        brief: 'You are the sponsor.',
        prompt: 'Your note',
        rubric: [{ id: 'one', text: 'Names one owner per benefit' }],
        model: 'A model.',
      },
      { stepTitle: (id) => (id === 'owners-lesson' ? 'Benefits need owners' : undefined) },
    );
    const dom = parseFragment(html);
    expect(dom.querySelector('.rubric li')?.textContent).toBe('Names one owner per benefit');
    expect(dom.querySelector('a[href="#owners-lesson"]')?.textContent).toBe('Benefits need owners');
    expect(dom.querySelector('a[href="#answers-name-owners"]')).not.toBeNull();
    expect(html).not.toContain('A model.');
  });
});
