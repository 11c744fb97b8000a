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

/** `hashBits`: tests pass a few, so that different runs share hashes and are told apart by their words. */
export function sharedPassages(
  lessons: readonly { file: string; body: string }[],
  hashBits = 30,
): ContentProblem[] {
  const runs = new Runs(
    lessons.map((lesson) => readableWords(lesson.body)),
    2 ** hashBits - 1,
  );
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  runs.words.forEach((list, lesson) => {
    for (let i = 0; i + SHARED_RUN_WORDS <= list.length; i += 1) {
      // A run repeated inside one lesson, or from a lesson already reported with this one, is passed.
      const earlier = runs.firstLessonWith(lesson, i);
      if (earlier === lesson) continue;
      const pair = `${earlier}/${lesson}`;
      if (reported.has(pair)) continue;
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

/**
 * Every run of SHARED_RUN_WORDS words, asked in order, and the first lesson it appeared in. Joining the
 * words into a string at every word of every lesson was most of the content check's time and memory
 * on a thousand lessons; here a run is found by a small number hashed from its words' numbers. Runs
 * that hash alike but differ are told apart by their words, so the check stays exact.
 */
class Runs {
  readonly words: string[][];
  /** Every lesson's words as numbers, one after another, and the lesson each position is in. */
  private readonly all: Int32Array;
  private readonly lessonAt: Int32Array;
  private readonly lessonStart: number[] = [];
  /** The position of the first run with each hash. */
  private readonly byHash = new Map<number, number>();
  /** Runs whose hash an earlier, different run already had: the first lesson of each, by its words. */
  private readonly byText = new Map<string, number>();

  constructor(
    words: string[][],
    private readonly hashMask: number,
  ) {
    this.words = words;
    const total = words.reduce((sum, list) => sum + list.length, 0);
    this.all = new Int32Array(total);
    this.lessonAt = new Int32Array(total);
    const numbers = new Map<string, number>();
    let at = 0;
    words.forEach((list, lesson) => {
      this.lessonStart.push(at);
      for (const word of list) {
        let number = numbers.get(word);
        if (number === undefined) {
          number = numbers.size;
          numbers.set(word, number);
        }
        this.all[at] = number;
        this.lessonAt[at] = lesson;
        at += 1;
      }
    });
  }

  /** The first lesson the run at `start` of `lesson` appeared in (this one, if it is new). */
  firstLessonWith(lesson: number, start: number): number {
    const at = this.lessonStart[lesson]! + start;
    // 30 bits at most: the key stays a small integer, which a Map keeps without allocating.
    let hash = 0x811c9dc5;
    for (let i = at; i < at + SHARED_RUN_WORDS; i += 1) {
      hash = Math.imul(hash ^ this.all[i]!, 0x01000193);
    }
    hash = (hash ^ (hash >>> 15)) & this.hashMask;
    const first = this.byHash.get(hash);
    if (first === undefined) {
      this.byHash.set(hash, at);
      return lesson;
    }
    if (this.sameRun(first, at)) return this.lessonAt[first]!;
    const text = this.all.subarray(at, at + SHARED_RUN_WORDS).join(' ');
    const seen = this.byText.get(text);
    if (seen !== undefined) return seen;
    this.byText.set(text, lesson);
    return lesson;
  }

  private sameRun(a: number, b: number): boolean {
    for (let i = 0; i < SHARED_RUN_WORDS; i += 1) if (this.all[a + i] !== this.all[b + i]) return false;
    return true;
  }
}
