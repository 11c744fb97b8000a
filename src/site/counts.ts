/**
 * A count with its noun, singular for exactly one: "1 file", "3 files", "1 activity", "2 activities".
 * Every count a learner or PMO reads goes through here, so none says "1 files".
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${nounFor(count, singular, plural)}`;
}

/** The noun alone, for sentences that put the count elsewhere ("3 of 1 file read" reads "of 1 file"). */
export function nounFor(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}
