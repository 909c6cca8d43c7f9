'use client';
import { useSyncExternalStore } from 'react';
import type { ActivityEntry } from '@/lib/topology/engine-change';

/**
 * The activity list as a store of its own: read only where it is shown (the header's count, the
 * Activity panel). Each change of the map comes with its activity line (`changes`) just before its diff
 * (`topology`); held in the dashboard's own state, that line re-rendered the whole dashboard, map
 * included, in the moment the diff was on its way (13–60 ms of main thread at 1,000 containers).
 */
export interface ActivityStore {
  subscribe(onChange: () => void): () => void;
  get(): ActivityEntry[];
}

const NONE: ActivityEntry[] = [];

/** No activity (a snapshot, the past): nothing ever changes. */
export const NO_ACTIVITY: ActivityStore = { subscribe: () => () => {}, get: () => NONE };

/** A store the event stream writes: `set` replaces the list (or maps it) and tells whoever reads it. */
export function createActivityStore(): ActivityStore & { set(next: (list: ActivityEntry[]) => ActivityEntry[]): void } {
  let list = NONE;
  const readers = new Set<() => void>();
  return {
    subscribe(onChange) {
      readers.add(onChange);
      return () => void readers.delete(onChange);
    },
    get: () => list,
    set(next) {
      const updated = next(list);
      if (updated === list) return;
      list = updated;
      for (const r of readers) r();
    },
  };
}

/** The activity list, re-rendering only the component that reads it. */
export function useActivity(store: ActivityStore): ActivityEntry[] {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
