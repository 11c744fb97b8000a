/**
 * The shapes every insight is shown in, and the rules they share. A table holds its cells twice: as
 * the text shown on screen ("3 of 6", "40%", "15 November 2026"), and as a spreadsheet wants them
 * for its CSV download (numbers in their own columns, shares as bare numbers, days as YYYY-MM-DD), the
 * same rows in the same order. Shares are whole percents. Groups smaller than the smallest group
 * shown are hidden with a note saying how many were: with very few people, a share can point at one
 * person.
 */

/** A cell as shown: its text, or text that links to the page it names (a lesson). */
export type Cell = string | { text: string; href: string };

export interface Table {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** The same rows for a spreadsheet: see csv.ts. */
  csv: { columns: string[]; rows: string[][] };
  /** What was hidden, in words, if anything. */
  note?: string;
}

export const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.text);

export interface Bar {
  label: string;
  /** The author's verdict on what the bar counts, said beside its label ("Strong choice"). */
  verdict?: string;
  /** The bar's length, 0 to 100. */
  percent: number;
  /** The figure written beside the bar. */
  text: string;
}

export const percent = (part: number, whole: number) =>
  whole ? Math.round((part / whole) * 100) : 0;

export const percentText = (part: number, whole: number) => `${percent(part, whole)}%`;

/** "3 (60%)" on screen; in a CSV the count and the share go in columns of their own. */
export const countAndShare = (part: number, whole: number) =>
  `${part} (${percentText(part, whole)})`;

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
