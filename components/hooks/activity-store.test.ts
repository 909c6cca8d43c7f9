import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '@/lib/topology/engine-change';
import { NO_ACTIVITY, createActivityStore } from './activity-store';

const entry = (seq: number): ActivityEntry => ({ seq, time: seq * 1000, text: `line ${seq}` } as ActivityEntry);

describe('the activity store', () => {
  it('tells its readers of each new list, and only of new ones', () => {
    const store = createActivityStore();
    let told = 0;
    const off = store.subscribe(() => told++);
    expect(store.get()).toEqual([]);
    store.set(() => [entry(1)]);
    store.set((a) => [entry(2), ...a]);
    expect(store.get().map((e) => e.seq)).toEqual([2, 1]);
    store.set((a) => a); // nothing new: nobody re-renders
    expect(told).toBe(2);
    off();
    store.set(() => []);
    expect(told).toBe(2);
    expect(store.get()).toEqual([]);
  });
  it('keeps the same list object between changes (React reads it on every render)', () => {
    const store = createActivityStore();
    store.set(() => [entry(1)]);
    expect(store.get()).toBe(store.get());
  });
  it('has nothing, ever, for a snapshot or the past', () => {
    expect(NO_ACTIVITY.get()).toEqual([]);
    expect(NO_ACTIVITY.get()).toBe(NO_ACTIVITY.get());
  });
});
