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
  // A word ends before any full stops and commas after it ("tolerances," is "tolerances").
  return text.match(/[a-z0-9£$%](?:[a-z0-9£$%'’.,-]*[a-z0-9£$%'’-])?/g) ?? [];
}

export function sharedPassages(lessons: readonly { file: string; body: string }[]): ContentProblem[] {
  const runs = new RunKeys(lessons.map((lesson) => readableWords(lesson.body)));
  const firstSeen = new Map<RunKey, number>();
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  runs.words.forEach((list, lesson) => {
    const seenHere = new Set<RunKey>();
    for (let i = 0; i + SHARED_RUN_WORDS <= list.length; i += 1) {
      const run = runs.keyOf(lesson, i);
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
      const text = list.slice(i, i + SHARED_RUN_WORDS).join(' ');
      problems.push({
        file: lessons[lesson]!.file,
        problem: `This lesson repeats a passage from ${lessons[earlier]!.file}: "${text} …".`,
        fix: 'Teach it once, in the lesson where it belongs, and refer to that lesson here in other words.',
      });
    }
  });
  return problems;
}

type RunKey = number | string;

/**
 * A key for each run of SHARED_RUN_WORDS words, equal for runs of the same words. Joining the words
 * into a string at every word of every lesson was most of the content check's time (and memory) on a
 * thousand lessons; a number hashed from the words' numbers is cheap. Two different runs that hash
 * alike are told apart by their words, so the check stays exact.
 */
class RunKeys {
  readonly words: string[][];
  private readonly coded: Int32Array[];
  /** The first run seen with each hash. */
  private readonly owners = new Map<number, { lesson: number; start: number }>();

  constructor(words: string[][]) {
    this.words = words;
    const numbers = new Map<string, number>();
    this.coded = words.map((list) =>
      Int32Array.from(list, (word) => {
        let number = numbers.get(word);
        if (number === undefined) {
          number = numbers.size;
          numbers.set(word, number);
        }
        return number;
      }),
    );
  }

  keyOf(lesson: number, start: number): RunKey {
    const run = this.coded[lesson]!.subarray(start, start + SHARED_RUN_WORDS);
    // Two 32-bit FNV-style hashes make one key of 53 bits, inside what a number holds exactly.
    let high = 0x811c9dc5;
    let low = 0x01000193;
    for (const number of run) {
      high = Math.imul(high ^ number, 0x01000193);
      low = Math.imul(low ^ number, 0x5bd1e995) ^ (low >>> 15);
    }
    const hash = (high >>> 11) * 2 ** 32 + (low >>> 0);
    const owner = this.owners.get(hash);
    if (!owner) {
      this.owners.set(hash, { lesson, start });
      return hash;
    }
    const first = this.coded[owner.lesson]!.subarray(owner.start, owner.start + SHARED_RUN_WORDS);
    if (run.every((number, i) => number === first[i])) return hash;
    return Array.from(run).join(' ');
  }
}
