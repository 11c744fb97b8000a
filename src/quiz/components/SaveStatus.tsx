/**
 * Whether the learner's answers are safe, said beside the quiz: the site-wide banner is at the top of
 * the page, out of sight while they answer. Quiet while all is well. When storage refuses a write the
 * record keeps the answers in memory and saves them on its own once there is room (create.ts), so this
 * says what happened, what to do, and then that they are saved.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { StorageStatus } from '../../record/api';
import { loadRecordView } from '../../record/lazy';
import type { RecordView, RecordViewStore } from '../../record/view';

type Reason = Extract<StorageStatus, { saving: false }>['reason'];

const NOT_SAVED: Record<Reason, string> = {
  full: 'Your answers are not saved yet: this device is out of storage space. They are kept while this page is open and saved as soon as there is room, with nothing more for you to do. Free up some space on this device and keep this page open until this says they are saved.',
  unavailable:
    'Your answers cannot be saved in this browser (storage is turned off, as in a private window). They are kept only until you close this tab.',
  error:
    'Your answers could not be saved on this device just now. They are kept while this page is open and saved again in a few seconds: keep this page open.',
};

const LOADING: RecordView = { phase: 'loading' };
/** Until the record's code has loaded: nothing to say, as on the server. */
const NOT_LOADED: RecordViewStore = {
  subscribe: () => () => undefined,
  getSnapshot: () => LOADING,
  getServerSnapshot: () => LOADING,
};

/** The page's record view, loaded with the record (lazy.ts) so the quiz hydrates without it. */
function usePageRecordView(): RecordView {
  const [store, setStore] = useState(NOT_LOADED);
  useEffect(() => {
    let mounted = true;
    loadRecordView().then(
      (loaded) => mounted && setStore(loaded),
      () => undefined, // No record code: the quiz goes on, as attempts.ts does.
    );
    return () => {
      mounted = false;
    };
  }, []);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}

export function SaveStatus() {
  const view = usePageRecordView();
  const failing = view.phase === 'ready' && !view.storage.saving ? view.storage.reason : null;
  const wasFailing = useRef(false);
  const [savedAgain, setSavedAgain] = useState(false);

  useEffect(() => {
    if (failing) {
      wasFailing.current = true;
      setSavedAgain(false);
    } else if (wasFailing.current) {
      wasFailing.current = false;
      setSavedAgain(true);
    }
  }, [failing]);

  return (
    <p className="quiz-save" role="status">
      {failing ? NOT_SAVED[failing] : savedAgain ? 'Your answers are saved on this device.' : ''}
    </p>
  );
}
