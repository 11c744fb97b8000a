/** What each RACI letter means, said in full for screen readers and small screens. */
export const RACI_WORDS: Record<string, string> = {
  R: 'Responsible',
  A: 'Accountable',
  'A/R': 'Accountable and responsible',
  C: 'Consulted',
  I: 'Informed',
  '-': 'No part',
};

/** A matrix is only useful if every row has one letter per role and exactly one accountable person. */
export function checkRaci(roles: string[], rows: string[][]): string | undefined {
  for (const [task, ...letters] of rows) {
    if (letters.length !== roles.length) {
      return `the row "${task}" has ${letters.length} entries but there are ${roles.length} roles. Give one letter per role.`;
    }
    const unknown = letters.find((letter) => !(letter in RACI_WORDS));
    if (unknown) return `the row "${task}" has "${unknown}". Use R, A, A/R, C, I or -.`;
    const accountable = letters.filter((letter) => letter === 'A' || letter === 'A/R').length;
    if (accountable !== 1) {
      return `the row "${task}" has ${accountable} accountable roles. Give exactly one A (or A/R) per row.`;
    }
  }
  return undefined;
}
