/**
 * One insights table, with a button that downloads it as CSV: the same cells, in the same order, as on
 * screen (see src/insights/csv.ts).
 */
import { useState } from 'react';
import { csvFileName, tableToCsv } from '../csv';
import type { Table } from '../figures';
import { saveFile } from '../../site/download';

export default function InsightsTable({
  table,
  day,
  empty,
}: {
  table: Table;
  day: string;
  empty: string;
}) {
  const [saved, setSaved] = useState('');
  const captionId = `${table.id}-caption`;
  return (
    <div className="insights-table" data-table={table.id}>
      {table.rows.length ? (
        <div
          className="insights-table__scroll"
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
        >
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
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th scope="row" key={column}>
                        {cell}
                      </th>
                    ) : (
                      <td key={column}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="insights-empty">{empty}</p>
      )}
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
