/**
 * Download, import and delete the learner's record. Import checks the whole file before changing
 * anything; its plain message is an alert on failure and a status on success. A file of another
 * learner's, on a device with progress, stops and asks: replace this record with it, or keep it.
 * Delete asks first. Renders nothing until the record is open (these buttons cannot work without
 * JavaScript).
 */
import { useEffect, useRef, useState, useSyncExternalStore, type SubmitEvent } from 'react';
import type { ImportOutcome, KnownContent } from '../api';
import { MAX_IMPORT_BYTES } from '../transfer';
import { getRecordView } from '../view';
import { entriesText as entries, importedText } from '../wording';
import { saveFile } from '../../site/download';

export interface RecordToolsProps {
  /** What this site has: an import leaves out assignments naming anything else. */
  known?: KnownContent;
}

/** A file of another learner's, waiting for the learner to choose. */
interface OtherLearnersFile {
  file: File;
  message: string;
}

export default function RecordTools({ known }: RecordToolsProps = {}) {
  const store = getRecordView();
  const view = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const [downloadMessage, setDownloadMessage] = useState('');
  const [importError, setImportError] = useState('');
  const [importMessage, setImportMessage] = useState('');
  const [importing, setImporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [otherLearners, setOtherLearners] = useState<OtherLearnersFile | null>(null);
  const [deleteMessage, setDeleteMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const deleteResult = useRef<HTMLParagraphElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const whoseHeading = useRef<HTMLHeadingElement>(null);
  const importResult = useRef<HTMLParagraphElement>(null);

  // Move focus to a question once, when it appears (not on every re-render).
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (otherLearners) whoseHeading.current?.focus();
  }, [otherLearners]);

  if (view.phase !== 'ready') return null;
  const { record } = view;

  async function download() {
    const { blob, fileName, file } = await record.exportRecord();
    saveFile(blob, fileName);
    if (blob.size > MAX_IMPORT_BYTES) {
      // Never let a backup that cannot be restored pass silently.
      setDownloadMessage(
        `Your record has been downloaded as ${fileName} (${entries(file.statements.length)}), but it is too big for Sideline to import again in one go. Keep it as your backup, and tell whoever runs this site.`,
      );
      return;
    }
    setDownloadMessage(
      `Your record has been downloaded as ${fileName} (${entries(file.statements.length)}).`,
    );
  }

  async function importFile(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setImportMessage('');
    setImportError('');
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setImportError('Choose a record file to import');
      fileInput.current?.focus();
      return;
    }
    setImporting(true);
    const outcome = await record.importRecord(file, known ? { known } : {});
    setImporting(false);
    if (!outcome.ok && outcome.problem === 'other-learner') {
      setOtherLearners({ file, message: outcome.message });
      return;
    }
    showImported(outcome);
  }

  function showImported(outcome: ImportOutcome) {
    if (!outcome.ok) {
      setImportError(outcome.message);
      fileInput.current?.focus();
      return;
    }
    if (fileInput.current) fileInput.current.value = '';
    setImportMessage(importedText(outcome));
  }

  async function replaceRecord(file: File) {
    setImporting(true);
    const outcome = await record.importRecord(file, { replace: true, ...(known ? { known } : {}) });
    setImporting(false);
    setOtherLearners(null);
    showImported(outcome);
    requestAnimationFrame(() => importResult.current?.focus());
  }

  function keepRecord() {
    setOtherLearners(null);
    if (fileInput.current) fileInput.current.value = '';
    setImportMessage('Nothing was imported. Your record has not been changed.');
    requestAnimationFrame(() => importResult.current?.focus());
  }

  async function deleteEverything() {
    const outcome = await record.deleteAll();
    setConfirming(false);
    setDeleteMessage(
      outcome.saved || outcome.reason === 'unavailable'
        ? 'All your data has been deleted from this browser.'
        : 'Your data could not be deleted. Reload the page and try again.',
    );
    requestAnimationFrame(() => deleteResult.current?.focus());
  }

  function cancelDelete() {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  }

  const importErrorId = 'record-import-error';
  return (
    <section className="record-tools" id="your-record" aria-labelledby="record-tools-heading">
      <h2 id="record-tools-heading">Your record</h2>

      <h3>Download my record</h3>
      <p>
        A file with everything you have done on Sideline. Keep it as a backup, use it to move your
        progress to another device, or send it to your PMO.
      </p>
      <button type="button" className="record-button" onClick={() => void download()}>
        Download my record
      </button>
      <p role="status" className="record-tools-message">
        {downloadMessage}
      </p>

      <h3>Import a record</h3>
      <form className="record-tools-import" onSubmit={(event) => void importFile(event)} noValidate>
        <div className={importError ? 'record-field record-field--error' : 'record-field'}>
          <label className="record-label" htmlFor="record-import-file">
            Choose a record file
          </label>
          <p className="record-hint" id="record-import-hint">
            A file you downloaded with “Download my record”. What is in it is added to your progress
            here; nothing is lost, and importing the same file twice changes nothing.
          </p>
          {importError && (
            <p className="record-error" id={importErrorId} role="alert">
              <span className="visually-hidden">Error: </span>
              {importError}
            </p>
          )}
          <input
            ref={fileInput}
            className="record-file"
            id="record-import-file"
            name="record"
            type="file"
            accept=".json,application/json"
            aria-describedby={
              importError ? `record-import-hint ${importErrorId}` : 'record-import-hint'
            }
            aria-invalid={importError ? true : undefined}
          />
        </div>
        <button
          type="submit"
          className="record-button record-button--secondary"
          disabled={importing || otherLearners !== null}
        >
          Import record
        </button>
      </form>
      {otherLearners && (
        <div className="record-confirm" role="group" aria-labelledby="record-whose-heading">
          <h4 id="record-whose-heading" tabIndex={-1} ref={whoseHeading}>
            Replace your record with this one?
          </h4>
          <p>{otherLearners.message}</p>
          <p>
            Replacing removes your progress on this device and uses the name in the file. If you may
            want your progress back, download your record first.
          </p>
          <div className="record-button-group">
            <button
              type="button"
              className="record-button record-button--warning"
              disabled={importing}
              onClick={() => void replaceRecord(otherLearners.file)}
            >
              Replace my record
            </button>
            <button
              type="button"
              className="record-button record-button--secondary"
              disabled={importing}
              onClick={keepRecord}
            >
              Keep my record
            </button>
          </div>
        </div>
      )}
      <p role="status" className="record-tools-message" tabIndex={-1} ref={importResult}>
        {importMessage}
      </p>

      <h3>Delete all my data</h3>
      <p>Removes your progress, scores, saved answers and name from this browser.</p>
      {confirming ? (
        <div className="record-confirm" role="group" aria-labelledby="record-confirm-heading">
          <h4 id="record-confirm-heading" tabIndex={-1} ref={confirmHeading}>
            Are you sure you want to delete all your data?
          </h4>
          <p>
            This cannot be undone. If you may want your progress back, download your record first.
          </p>
          <div className="record-button-group">
            <button
              type="button"
              className="record-button record-button--warning"
              onClick={() => void deleteEverything()}
            >
              Yes, delete all my data
            </button>
            <button
              type="button"
              className="record-button record-button--secondary"
              onClick={cancelDelete}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={deleteButton}
          className="record-button record-button--warning"
          onClick={() => {
            setDeleteMessage('');
            setConfirming(true);
          }}
        >
          Delete all my data
        </button>
      )}
      <p role="status" className="record-tools-message" tabIndex={-1} ref={deleteResult}>
        {deleteMessage}
      </p>
    </section>
  );
}
