/**
 * Where the PMO gives the page report files: drop files or a folder, or choose them with a button.
 * The file inputs stay in the tab order behind labels that look like buttons (see src/insights/styles.css).
 */
import { useState, type ChangeEvent, type DragEvent } from 'react';
import { droppedFiles } from '../dropped-files';
import { countOf } from '../../site/counts';

export interface ReportDropProps {
  /** How many files are chosen so far. */
  chosen: number;
  working: boolean;
  onChoose: (files: File[]) => void;
  onClear: () => void;
}

export default function ReportDrop({ chosen, working, onChoose, onClear }: ReportDropProps) {
  const [dragging, setDragging] = useState(false);

  async function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    onChoose(await droppedFiles(event.dataTransfer));
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    onChoose([...(event.target.files ?? [])]);
    // Choosing the same files again should read them again.
    event.target.value = '';
  }

  return (
    <div
      className={`insights-drop${dragging ? ' insights-drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => void drop(event)}
      data-testid="insights-drop"
    >
      <p className="insights-drop__title">
        Drop report files or a folder of them here, or choose them:
      </p>
      <p className="insights-drop__buttons">
        <label className="button" htmlFor="insights-files">
          Choose report files
        </label>
        <input
          id="insights-files"
          className="insights-file-input"
          type="file"
          multiple
          accept=".json,.gz,application/json,application/gzip"
          disabled={working}
          onChange={pick}
        />
        <label className="button button--secondary" htmlFor="insights-folder">
          Choose a folder
        </label>
        <input
          id="insights-folder"
          className="insights-file-input"
          type="file"
          disabled={working}
          // Chromium, Firefox and Safari all support picking a folder this way.
          {...{ webkitdirectory: '' }}
          onChange={pick}
        />
      </p>
      <p className="insights-drop__hint">
        Files stay on this computer: they are read here, in your browser, and nothing is uploaded.
        Reports (plain or compressed) and whole learning records (“Download my record”) are all
        accepted.
        {chosen > 0 && ` ${countOf(chosen, 'file')} chosen so far; new files are added to them.`}
      </p>
      {chosen > 0 && !working && (
        <p>
          <button type="button" className="button button--secondary" onClick={onClear}>
            Clear all files
          </button>
        </p>
      )}
    </div>
  );
}
