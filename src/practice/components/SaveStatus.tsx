/**
 * Whether the learner's writing is safe. Quiet while all is well (a status that changed on every
 * keystroke would talk over a screen reader's typing echo); a failure is said plainly, with what to do.
 */
import type { SaveState } from '../autosave';

export function SaveStatus({ saveState, ready }: { saveState: SaveState; ready: boolean }) {
  return (
    <p className="practice-save" role="status">
      {!ready && 'Loading your saved answer…'}
      {saveState === 'saved' && 'Saved on this device.'}
      {saveState === 'not-saved' &&
        'Your answer could not be saved on this device (browser storage is full or turned off). Keep this page open, or copy your answer somewhere safe before you leave.'}
    </p>
  );
}
