import { describe, expect, it } from 'vitest';
import { readableWords, SHARED_RUN_WORDS, sharedPassages } from '../../../src/content/passages';

/** Runs of words compared as joined text, the plain way: what the check must find, whatever its keys. */
function sharedByText(lessons: { file: string; body: string }[]): [string, string][] {
  const firstSeen = new Map<string, number>();
  const pairs = new Map<string, [string, string]>();
  lessons.forEach(({ body }, lesson) => {
    const words = readableWords(body);
    for (let i = 0; i + SHARED_RUN_WORDS <= words.length; i += 1) {
      const run = words.slice(i, i + SHARED_RUN_WORDS).join(' ');
      const earlier = firstSeen.get(run);
      if (earlier === undefined) firstSeen.set(run, lesson);
      else if (earlier !== lesson && !pairs.has(`${earlier}/${lesson}`))
        pairs.set(`${earlier}/${lesson}`, [lessons[lesson]!.file, lessons[earlier]!.file]);
    }
  });
  return [...pairs.values()];
}

/** Lessons from a small vocabulary, so runs repeat within and across lessons now and then. */
function lessons(count: number, seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const vocabulary = ['the', 'sponsor', 'owns', 'benefits', 'and', 'plan'];
  return Array.from({ length: count }, (_, index) => ({
    file: `courses/c/01-m/${index}.mdx`,
    body: Array.from({ length: 40 }, () => vocabulary[Math.floor(next() * 2)]).join(' '),
  }));
}

describe('sharedPassages', () => {
  it.each([
    [1, 30],
    [2, 30],
    [3, 30],
    [4, 2],
    [5, 0],
  ])('finds exactly the lesson pairs that share a run (seed %i, %i-bit hashes)', (seed, bits) => {
    const given = lessons(30, seed);
    const found = sharedPassages(given, bits).map(
      (problem) => [problem.file, /from (\S+):/.exec(problem.problem)?.[1]] as [string, string],
    );
    expect(found).toEqual(sharedByText(given));
    expect(found.length).toBeGreaterThan(0);
  });

  it('quotes the shared words and names both files', () => {
    const run = 'when the forecast goes past the tolerance the decision is no longer ours';
    const [problem, ...more] = sharedPassages([
      { file: 'a.mdx', body: `First. ${run}.` },
      { file: 'b.mdx', body: `Other words. ${run} again.` },
      { file: 'c.mdx', body: 'Nothing shared here at all, in twelve words or more, as it should be.' },
    ]);
    expect(more).toEqual([]);
    expect(problem?.file).toBe('b.mdx');
    expect(problem?.problem).toContain(`from a.mdx: "${run.split(' ').slice(0, 12).join(' ')} …"`);
  });
});
