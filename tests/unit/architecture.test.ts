import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkArchitecture, formatProblems } from '../architecture/check';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const planted = fileURLToPath(new URL('../fixtures/architecture/planted', import.meta.url));

describe('the house rules of src/ (src/README.md)', () => {
  test('src/ follows them', () => {
    const problems = checkArchitecture(src);
    expect(formatProblems(problems)).toBe('');
  });

  test('a planted mistake of each kind is found, with the file and what to do', () => {
    const found = checkArchitecture(planted).map(({ file, problem }) => `${file} ${problem}`);
    expect(found).toEqual([
      "paths/progress.ts imports record/db.ts, the learning record's own storage.",
      'quiz/machine.ts reaches into scenario/components/, which belongs to the scenario feature alone.',
      'quiz/quiz-scoring.ts repeats its folder\'s name "quiz".',
      'search/everything.ts only re-exports other modules (a barrel file).',
      'site/labels.ts imports quiz/machine.ts: site/ is shared by every feature and may import only content, styles.',
      'video/watching.ts imports node:fs, which only works at build time, into code that runs in the browser.',
      'quiz/everything.css has 307 lines; past 300 a file is usually two things.',
      'scenario/rules.ts is part of an import cycle: scenario/rules.ts → scenario/states.ts.',
    ]);
    expect(checkArchitecture(planted).every(({ fix }) => fix.length > 20)).toBe(true);
  });

  test('pages may compose anything, and .astro files may read content at build time', () => {
    const pageProblems = checkArchitecture(planted).filter(({ file }) => file.startsWith('pages/'));
    expect(pageProblems).toEqual([]);
  });
});
