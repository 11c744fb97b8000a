import { describe, expect, it } from 'vitest';
import {
  classesInHtml,
  classesNeededBy,
  classIsUsable,
  pruneCss,
} from '../../../../src/styles/build/prune';

describe('which classes a page can carry', () => {
  it('reads every class of every element, quoted or not', () => {
    expect([
      ...classesInHtml('<p class="a  b">x</p><div class=c></div><span class=\'d\'></span>'),
    ]).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([
    ['in the HTML', 'card', ''],
    ['named in a script', 'quiz-feedback--wrong', 'e.className="quiz-feedback--wrong"'],
    ['built from a beginning in a template', 'record-tag--completed', '`record-tag--${e.status}`'],
    ['built from a beginning by concatenation', 'record-tag--completed', '"record-tag--"+e'],
  ])('a class %s is usable', (_, name, js) => {
    expect(classIsUsable(name, new Set(['card']), js)).toBe(true);
  });

  it('a class nowhere in the pages or their scripts is not', () => {
    expect(classIsUsable('scenario-map', new Set(['card']), 'const record = "tag"')).toBe(false);
  });
});

describe('the classes a selector needs', () => {
  it.each([
    ['.a .b > .c', ['a', 'b', 'c']],
    ['.a:not(.b)', ['a']],
    [':is(.a, .b) p', []],
    ['.a:has(> .b:not(.c))', ['a']],
    ['[class~="x.y"] .z', ['z']],
    ['button:hover', []],
  ])('%s needs %j', (selector, classes) => {
    expect(classesNeededBy(selector)).toEqual(classes);
  });
});

describe('pruning a stylesheet', () => {
  const css = [
    ':root{--x:1}',
    '.used{color:red}',
    '.unused{color:blue}',
    '.unused,.used p{margin:0}',
    '@media (prefers-color-scheme:dark){.unused{color:black}.used{color:white}}',
    '@media print{.unused{display:none}}',
    '@keyframes spin{from{opacity:0}to{opacity:1}}',
    'p:not(.unused){padding:0}',
  ].join('');
  const result = pruneCss(css, (name) => name === 'used');

  it('drops only rules whose every selector needs a class no page can carry', () => {
    expect(result.css).toBe(
      [
        ':root{--x:1}',
        '.used{color:red}',
        '.unused,.used p{margin:0}',
        '@media (prefers-color-scheme:dark){.used{color:white}}',
        '@keyframes spin{from{opacity:0}to{opacity:1}}',
        'p:not(.unused){padding:0}',
      ].join(''),
    );
    expect(result).toMatchObject({ rulesDropped: 3 });
  });
});
