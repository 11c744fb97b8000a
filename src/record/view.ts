/**
 * The learning record as an external store for islands (React's useSyncExternalStore, or anything
 * else with subscribe/getSnapshot). One per page, shared by every island on it, so a page runs one live
 * query however many islands it has. Framework-free on purpose.
 */
import type { LearningRecord, RecordSnapshot } from './api';
import { getLearningRecord } from './open';

export type RecordView =
  { phase: 'loading' } | ({ phase: 'ready'; record: LearningRecord } & RecordSnapshot);

/** Plain functions (not methods), so they can be handed to useSyncExternalStore as they are. */
export interface RecordViewStore {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => RecordView;
  /** On the server and during hydration: the record is not known there. */
  getServerSnapshot: () => RecordView;
}

const LOADING: RecordView = { phase: 'loading' };

export function createRecordView(load: () => Promise<LearningRecord>): RecordViewStore {
  let current: RecordView = LOADING;
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;
  let generation = 0;

  function start() {
    const mine = (generation += 1);
    void load().then((record) => {
      // React may unsubscribe and subscribe again (strict mode) before the record opens.
      if (mine !== generation || !listeners.size) return;
      stop = record.watch((snapshot) => {
        current = { phase: 'ready', record, ...snapshot };
        for (const listener of listeners) listener();
      });
    });
  }

  return {
    subscribe: (onChange) => {
      listeners.add(onChange);
      if (listeners.size === 1) start();
      return () => {
        listeners.delete(onChange);
        if (listeners.size) return;
        generation += 1;
        stop?.();
        stop = null;
      };
    },
    getSnapshot: () => current,
    getServerSnapshot: () => LOADING,
  };
}

let pageView: RecordViewStore | undefined;

export function getRecordView(): RecordViewStore {
  pageView ??= createRecordView(() => getLearningRecord());
  return pageView;
}
