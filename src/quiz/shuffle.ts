/**
 * Seeded shuffling. The seed lives in the quiz machine's context, so an attempt restored from a
 * snapshot shows its options in the order the learner first saw.
 */

/** mulberry32: tiny and good enough to mix a few options; not for anything secret. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order fixed by `seed` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = randomFrom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The seed of the next attempt: derived from the last, so a retry gets a new order. */
export function nextSeed(seed: number): number {
  return Math.floor(randomFrom(seed ^ 0x9e3779b9)() * 4294967296) >>> 0;
}

/** A seed for one question, so adding a question does not reshuffle the others. */
export function seedFor(seed: number, key: string): number {
  let hash = 2166136261; // FNV-1a
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return (hash ^ seed) >>> 0;
}

/** A fresh seed for a first attempt. */
export function newSeed(): number {
  return Math.floor(Math.random() * 4294967296) >>> 0;
}
