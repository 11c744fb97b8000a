/**
 * The shapes every insight is shown in, and the rules they share. A table holds its cells as the text
 * shown on screen, so the CSV download is the screen, cell for cell. Shares are whole percents. Groups
 * smaller than the smallest group shown are hidden with a note saying how many were: with very few
 * people, a share can point at one person.
 */

export interface Table {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  /** What was hidden, in words, if anything. */
  note?: string;
}

export interface Bar {
  label: string;
  /** The bar's length, 0 to 100. */
  percent: number;
  /** The figure written beside the bar. */
  text: string;
}

export const percent = (part: number, whole: number) =>
  whole ? Math.round((part / whole) * 100) : 0;

export const percentText = (part: number, whole: number) => `${percent(part, whole)}%`;

/** "3 paths hidden: fewer than 5 people.", or nothing when nothing was hidden. */
export function hiddenNote(hidden: number, minGroup: number, what: string): string | undefined {
  if (!hidden) return undefined;
  return `${hidden} ${what}${hidden === 1 ? '' : 's'} hidden: fewer than ${minGroup} people.`;
}

/** Names and titles in the order a reader expects, whatever the computer's language. */
export function byText(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB');
}

/** `{ key: value }`, or `{}` when there is no value: tables leave out a note they do not have. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
