/**
 * Near-duplicate passages between lessons: any run of 12 or more words that two lessons share. Each
 * fact is taught once, where it belongs, and referred to after that; a copied paragraph is a sign
 * that two lessons teach the same thing twice, or that a correction reached only one of them.
 */
import type { ContentProblem } from './friendly-errors';

export const SHARED_RUN_WORDS = 12;

/** The words a learner reads in a lesson body: markup, component tags and link targets removed. */
export function readableWords(body: string): string[] {
  const text = body
    .replace(/^\s*import\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_`#>|[\]{}]/g, ' ')
    .toLowerCase();
  return text.match(/[a-z0-9£$%][a-z0-9£$%'’.,-]*/g)?.map((w) => w.replace(/[.,]+$/, '')) ?? [];
}

export function sharedPassages(lessons: readonly { file: string; body: string }[]): ContentProblem[] {
  const firstSeen = new Map<string, number>();
  const words = lessons.map((lesson) => readableWords(lesson.body));
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  words.forEach((list, lesson) => {
    const seenHere = new Set<string>();
    for (let i = 0; i + SHARED_RUN_WORDS <= list.length; i += 1) {
      const run = list.slice(i, i + SHARED_RUN_WORDS).join(' ');
      if (seenHere.has(run)) continue;
      seenHere.add(run);
      const earlier = firstSeen.get(run);
      if (earlier === undefined) {
        firstSeen.set(run, lesson);
        continue;
      }
      const pair = `${earlier}/${lesson}`;
      if (earlier === lesson || reported.has(pair)) continue;
      reported.add(pair);
      problems.push({
        file: lessons[lesson]!.file,
        problem: `This lesson repeats a passage from ${lessons[earlier]!.file}: "${run} …".`,
        fix: 'Teach it once, in the lesson where it belongs, and refer to that lesson here in other words.',
      });
    }
  });
  return problems;
}
