/**
 * Saving a practice answer as the learner types. Every keystroke makes a new draft; writing each one
 * would queue hundreds of writes behind a slow disk. Here at most one write is in flight and one
 * waits: a newer draft replaces the waiting one, so the latest words are always what lands, soon.
 */
import type { WriteOutcome } from '../record/api';

export type SaveState = 'idle' | 'saving' | 'saved' | 'not-saved';

export interface Autosaver<T> {
  save(draft: T): void;
  /** Resolves when the latest draft so far has been written. */
  flush(): Promise<void>;
}

export function autosaver<T>(
  write: (draft: T) => Promise<WriteOutcome>,
  onState: (state: SaveState) => void,
): Autosaver<T> {
  let waiting: { draft: T } | null = null;
  let running: Promise<void> | null = null;

  const run = async () => {
    while (waiting) {
      const { draft } = waiting;
      waiting = null;
      const outcome = await write(draft).catch((): WriteOutcome => ({
        saved: false,
        reason: 'error',
      }));
      if (!waiting) onState(outcome.saved ? 'saved' : 'not-saved');
    }
    running = null;
  };

  return {
    save(draft) {
      waiting = { draft };
      onState('saving');
      running ??= run();
    },
    async flush() {
      while (running) await running;
    },
  };
}
