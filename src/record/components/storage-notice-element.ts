/**
 * <sideline-storage-notice>: shows StorageNotice.astro's banner only while progress is not reaching
 * lasting storage (IndexedDB unavailable, full, or failing), and says why and what to do. A custom
 * element rather than a React island, so that lesson pages carry no framework runtime.
 *
 * A region that appears is not announced by itself, so when saving stops the element also puts a
 * sentence in the polite live region that the page has from the start.
 */
import type { StorageStatus } from '../api';
import type { RecordView } from '../view';
import { RecordElement } from './record-element';

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

const ANNOUNCEMENT = 'Your progress is not being saved. See the message at the top of the page.';

class StorageNoticeElement extends RecordElement {
  private wasSaving = true;

  protected show(view: RecordView) {
    if (view.phase !== 'ready') return;
    const reason = view.storage.saving ? null : view.storage.reason;
    if (reason) {
      this.findPart('why').textContent = WHY[reason];
      this.findPart('fix').textContent = FIX[reason];
      if (this.wasSaving) this.findPart('announcement').textContent = ANNOUNCEMENT;
    }
    this.findPart('banner').hidden = reason === null;
    this.wasSaving = reason === null;
  }
}

if (!customElements.get('sideline-storage-notice')) {
  customElements.define('sideline-storage-notice', StorageNoticeElement);
}
