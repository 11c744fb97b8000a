/**
 * A table as CSV (RFC 4180): the rows the page shows, in the same order, in the columns a spreadsheet
 * can sort and sum (see Table.csv in figures.ts). Cells that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) are prefixed with an apostrophe, because
 * learner names come from learners (OWASP "CSV injection").
 */
import type { Table } from './figures';

function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function tableToCsv({ csv }: Pick<Table, 'csv'>): string {
  return [csv.columns, ...csv.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function csvFileName(table: Pick<Table, 'id'>, day: string): string {
  return `sideline-${table.id}-${day}.csv`;
}
