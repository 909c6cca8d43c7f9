import { jsonEqual } from './json-equal';

/**
 * How one keyed list of the topology changed. `place` gives the final index of every element whose
 * position the rest cannot imply: the added ones, and the few that moved. Elements not named there
 * keep their relative order, so a change costs the changed elements, never the whole list.
 */
export interface CollectionPatch<T> {
  /** Elements added or changed, whole. */
  upsert: T[];
  /** Keys of the elements that are gone. */
  remove: string[];
  /** `[key, index in the new list]`, by ascending index. */
  place: [string, number][];
}

/**
 * A {@link CollectionPatch}, or the whole new list when keys are not unique (one daemon configured as
 * two engines lists the same endpoint twice): a key then names no single element to patch.
 */
export type CollectionDiff<T> = CollectionPatch<T> | { reset: T[] };

/**
 * The difference between two versions of a list whose elements `keyOf` identifies; undefined when
 * they are equal (same elements, deep-equal, same order). Pure.
 */
export function diffCollection<T>(before: T[], after: T[], keyOf: (t: T) => string): CollectionDiff<T> | undefined {
  const oldKeys = before.map(keyOf);
  const newKeys = after.map(keyOf);
  const oldIndex = new Map(oldKeys.map((k, i) => [k, i]));
  const newSet = new Set(newKeys);
  if (oldIndex.size !== before.length || newSet.size !== after.length) {
    return jsonEqual(before, after) ? undefined : { reset: after };
  }
  const remove = oldKeys.filter((k) => !newSet.has(k));
  const from = newKeys.map((k) => oldIndex.get(k));
  const upsert = after.filter((t, i) => from[i] === undefined || !jsonEqual(before[from[i]!], t));
  const stay = longestIncreasingRun(from);
  const place = newKeys.flatMap((k, i): [string, number][] => (stay.has(i) ? [] : [[k, i]]));
  return upsert.length || remove.length || place.length ? { upsert, remove, place } : undefined;
}

/**
 * Positions (into `seq`) of a longest strictly increasing run of its defined values, found by
 * patience sorting in O(n log n). Those elements kept their relative order; only the others need placing.
 */
function longestIncreasingRun(seq: (number | undefined)[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  seq.forEach((v, i) => {
    if (v === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const run = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) run.add(i);
  return run;
}
