/**
 * One dataset of the insights page, drawn once: its chart with the table behind a "Show as a table"
 * disclosure (or, where the table says more, the table with the chart behind "Show as a chart"), so
 * the page does not show every figure twice. A `<details>` opens by keyboard and without JavaScript.
 * A button downloads the table as CSV: the same rows, in a spreadsheet's columns (see
 * src/insights/csv.ts).
 *
 * A long table (a learner per row, thousands of them) draws its first rows, in the same order, with a
 * button to show all: building ten thousand rows at once took seconds before anything appeared. The
 * CSV and every count still hold every row.
 */
import { useRef, useState, type ReactNode } from 'react';
import { csvFileName, tableToCsv } from '../csv';
import type { Cell, Table } from '../figures';
import { saveFile } from '../../site/download';

function CellContent({ cell }: { cell: Cell }) {
  return typeof cell === 'string' ? cell : <a href={cell.href}>{cell.text}</a>;
}

/** How many rows a table draws until the PMO asks for all of them. */
export const FIRST_ROWS = 100;

const wholeNumber = new Intl.NumberFormat('en-GB');

function TableView({ table }: { table: Table }) {
  const captionId = `${table.id}-caption`;
  const [showAll, setShowAll] = useState(false);
  const region = useRef<HTMLDivElement>(null);
  const cut = !showAll && table.rows.length > FIRST_ROWS;
  const rows = cut ? table.rows.slice(0, FIRST_ROWS) : table.rows;
  const all = wholeNumber.format(table.rows.length);
  return (
    <>
      <div
        className="insights-table__scroll"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        ref={region}
      >
        <TableRows table={table} rows={rows} captionId={captionId} />
      </div>
      {cut && (
        <p className="insights-more">
          Showing the first {FIRST_ROWS} of {all} rows.{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setShowAll(true);
              // The button goes away: keep the keyboard in the table it opened, not at the page top.
              region.current?.focus();
            }}
          >
            Show all {all} rows<span className="visually-hidden">: {table.title}</span>
          </button>
        </p>
      )}
    </>
  );
}

function TableRows({
  table,
  rows,
  captionId,
}: {
  table: Table;
  rows: readonly Table['rows'][number][];
  captionId: string;
}) {
  return (
    <table>
      <caption id={captionId}>{table.title}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) =>
              column === 0 ? (
                <th scope="row" key={column}>
                  <CellContent cell={cell} />
                </th>
              ) : (
                <td key={column}>
                  <CellContent cell={cell} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Disclosure({
  label,
  title,
  children,
}: {
  label: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <details className="insights-disclosure">
      <summary>
        {label}
        <span className="visually-hidden">: {title}</span>
      </summary>
      {children}
    </details>
  );
}

export default function InsightsTable({
  table,
  day,
  empty,
  chart,
  show = 'chart',
}: {
  table: Table;
  day: string;
  empty: string;
  /** The same figures as a chart, if they have one. */
  chart?: ReactNode;
  /** Which view is open at first when there is a chart; the other is behind a disclosure. */
  show?: 'chart' | 'table';
}) {
  const [saved, setSaved] = useState('');
  const tableView = <TableView table={table} />;
  let views: ReactNode = tableView;
  if (chart && show === 'chart') {
    views = (
      <>
        {chart}
        <Disclosure label="Show as a table" title={table.title}>
          {tableView}
        </Disclosure>
      </>
    );
  } else if (chart) {
    views = (
      <>
        {tableView}
        <Disclosure label="Show as a chart" title={table.title}>
          {chart}
        </Disclosure>
      </>
    );
  }
  return (
    <div className="insights-table" data-table={table.id}>
      {table.rows.length ? views : <p className="insights-empty">{empty}</p>}
      {table.note && <p className="insights-note">{table.note}</p>}
      {table.rows.length > 0 && (
        <p className="insights-download">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const name = csvFileName(table, day);
              // A byte-order mark so spreadsheet programs read the file as UTF-8.
              saveFile(
                new Blob([`\ufeff${tableToCsv(table)}`], { type: 'text/csv;charset=utf-8' }),
                name,
              );
              setSaved(`Saved as ${name}.`);
            }}
          >
            Download as CSV<span className="visually-hidden">: {table.title}</span>
          </button>{' '}
          <span role="status">{saved}</span>
        </p>
      )}
    </div>
  );
}
