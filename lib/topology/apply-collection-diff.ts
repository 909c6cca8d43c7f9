import type { CollectionDiff } from './collection-diff';

/**
 * The list `diff` turns `before` into. Pure: `before` is left as it was, and every element the diff
 * does not replace is the very object it was (so memoized views skip it); with no diff, `before`
 * itself. `replaced` adds replacements made elsewhere (a swarm patched rather than sent whole).
 * Throws when the diff names an element `before` lacks: it was made against another version.
 */
export function applyCollectionDiff<T>(
  before: T[],
  diff: CollectionDiff<T> | undefined,
  keyOf: (t: T) => string,
  replaced: ReadonlyMap<string, T> = new Map(),
): T[] {
  if (!diff) return before;
  if ('reset' in diff) return diff.reset;
  const next = new Map(replaced);
  for (const t of diff.upsert) next.set(keyOf(t), t);
  const old = new Map(before.map((t) => [keyOf(t), t]));
  const gone = new Set(diff.remove);
  const placed = [...diff.place].sort((a, b) => a[1] - b[1]);
  const moving = new Set(placed.map(([k]) => k));
  const stay = before.filter((t) => !gone.has(keyOf(t)) && !moving.has(keyOf(t)));
  const out: T[] = [];
  let s = 0;
  for (const [key, at] of placed) {
    while (out.length < at && s < stay.length) out.push(current(stay[s++], next, keyOf));
    const t = next.get(key) ?? old.get(key);
    if (t === undefined) throw new Error(`The change names "${key}", which this version does not have.`);
    out.push(t);
  }
  while (s < stay.length) out.push(current(stay[s++], next, keyOf));
  return out;
}

function current<T>(t: T, next: ReadonlyMap<string, T>, keyOf: (t: T) => string): T {
  return next.get(keyOf(t)) ?? t;
}
