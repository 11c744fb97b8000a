import { describe, expect, test } from 'vitest';
import { decisionLabel, decisionsToEnd } from '../../../src/scenario/progress';
import type { ScenarioTarget } from '../../../src/scenario/schema';

/** A graph from "node: target target" lines; a target "a|b" is one choice branching two ways. */
function graph(...lines: string[]) {
  return {
    nodes: lines.map((line) => {
      const [id = '', targets = ''] = line.split(':');
      return {
        id,
        choices: targets
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((target): { to: ScenarioTarget } => ({
            to: target.includes('|')
              ? target.split('|').map((goto, i) => (i === 0 ? { if: 'x > 1', goto } : { goto }))
              : target,
          })),
      };
    }),
  };
}

describe('decisions from a node to the end', () => {
  test.each<[string, string[], Record<string, number | undefined>]>([
    ['every route the same length', ['a: b c', 'b: d', 'c: d', 'd: end end'], { a: 3, b: 2, d: 1 }],
    ['routes of different lengths', ['a: b end', 'b: end'], { a: undefined, b: 1 }],
    ['a branch that skips a decision', ['a: b|end', 'b: end'], { a: undefined, b: 1 }],
    ['branches of the same length', ['a: b|c', 'b: end', 'c: end'], { a: 2 }],
    ['a loop', ['a: b', 'b: a end'], { a: undefined, b: undefined }],
    ['a node with no choices', ['a: b', 'b:'], { a: undefined }],
    ['a target that does not exist', ['a: gone'], { a: undefined }],
  ])('%s', (_, lines, expected) => {
    const counts = decisionsToEnd(graph(...lines));
    for (const [id, count] of Object.entries(expected)) expect(counts.get(id), id).toBe(count);
  });
});

describe('where the learner is, in words', () => {
  test.each<[number, number | undefined, string]>([
    [0, 3, 'Decision 1 of 3'],
    [1, 2, 'Decision 2 of 3'],
    [1, undefined, 'Decision 2'],
  ])('%i made, %s to go: %s', (made, toEnd, words) => {
    expect(decisionLabel(made, toEnd)).toBe(words);
  });
});
