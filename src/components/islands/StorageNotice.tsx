/**
 * The site-wide banner shown only when progress is not reaching lasting storage (IndexedDB unavailable,
 * full, or failing). GOV.UK notification banner pattern: a region with a heading, saying what is not
 * being saved and how to fix it. A polite live region announces it if it appears while the learner is on
 * the page (after a write fails), since a region that appears is not announced by itself.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { StorageStatus } from '../../progress/api';
import { getRecordView } from '../../progress/view';

export interface StorageNoticeProps {
  /** The My learning page, where "Download my record" is. */
  myLearningHref?: string;
}

type Reason = Extract<StorageStatus, { saving: false }>['reason'];

const WHY: Record<Reason, string> = {
  unavailable:
    'This browser is not letting Sideline store anything. This usually happens in a private or incognito window.',
  full: 'This device is running out of storage space, so the browser cannot save your latest progress.',
  error: 'Something stopped this browser saving your progress.',
};

const FIX: Record<Reason, string> = {
  unavailable: 'open Sideline in a normal (not private) window',
  full: 'free up some space on this device, then carry on: your progress is saved again with your next step',
  error: 'reload the page and carry on',
};

export default function StorageNotice({ myLearningHref = '/my-learning/' }: StorageNoticeProps) {
  const store = getRecordView();
  const view = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const [announcement, setAnnouncement] = useState('');
  const wasSaving = useRef(true);
  const reason = view.phase === 'ready' && !view.storage.saving ? view.storage.reason : null;

  useEffect(() => {
    if (view.phase !== 'ready') return;
    if (reason && wasSaving.current) {
      setAnnouncement('Your progress is not being saved. See the message at the top of the page.');
    }
    wasSaving.current = reason === null;
  }, [view.phase, reason]);

  return (
    <>
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      {reason && (
        <div className="record-banner" role="region" aria-labelledby="record-banner-title">
          <div className="record-banner-header">
            <h2 className="record-banner-title" id="record-banner-title">
              Important
            </h2>
          </div>
          <div className="record-banner-content">
            <p className="record-banner-heading">Your progress is not being saved</p>
            <p>
              {WHY[reason]} You can keep learning: your progress is kept until you close this tab.
            </p>
            <p>
              To keep it, {FIX[reason]}. Or{' '}
              <a href={`${myLearningHref}#your-record`}>download your record</a> before you close
              this tab, and import it later.
            </p>
          </div>
        </div>
      )}
    </>
  );
}
