/**
 * A table as CSV (RFC 4180), cell for cell what the page shows. Cells that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) are prefixed with an apostrophe, because
 * learner names come from learners (OWASP "CSV injection").
 */
import type { Table } from './figures';

function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function tableToCsv(table: Pick<Table, 'columns' | 'rows'>): string {
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function csvFileName(table: Pick<Table, 'id'>, day: string): string {
  return `sideline-${table.id}-${day}.csv`;
}
