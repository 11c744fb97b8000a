/**
 * Money is written one way across the courses and the site: the currency sign before the figure,
 * thousands with commas and millions in words ("£25,000", "$7.2 million"), never "25,000 pounds",
 * "£25k" or "$1.2m".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content/load';

const { content } = loadContent(process.cwd());
const texts: [file: string, text: string][] = [
  ...content.lessons.map(({ file }): [string, string] => [file, readFileSync(file, 'utf8')]),
  ...[
    ...content.quizzes,
    ...content.scenarios,
    ...content.videos,
    ...content.practice,
    ...content.courses,
    ...content.modules,
    ...content.roles,
  ].map(({ file }): [string, string] => [file, readFileSync(file, 'utf8')]),
  [content.glossaryFile, readFileSync(content.glossaryFile, 'utf8')],
];

describe('money is written one way: "£25,000", "$7.2 million"', () => {
  test.each([
    ['the currency in words', /\b\d[\d,.]*( million| billion)? (pounds|dollars)\b/g],
    ['an abbreviated amount', /[£$]\d[\d,.]*(k|m|bn)\b/g],
    ['a space after the sign', /[£$] \d/g],
  ])('no amount is written with %s', (_, pattern) => {
    expect(texts.length).toBeGreaterThan(50);
    const found = texts.flatMap(([file, text]) =>
      [...text.matchAll(pattern)].map((match) => `${file}: ${match[0]}`),
    );
    expect(found).toEqual([]);
  });
});
