import { jsonEqual } from '../topology/json-equal';

/** A node or edge of the canvas as far as this needs to know it. */
type Item = { id: string; data?: unknown } & Record<string, unknown>;

/** What React Flow adds to a node on the canvas (its measured size, drag state): not the map's to compare. */
const CANVAS_OWNED = new Set(['measured', 'dragging', 'resizing']);

function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a).filter((k) => !CANVAS_OWNED.has(k) && a[k] !== undefined);
  const other = Object.keys(b).filter((k) => !CANVAS_OWNED.has(k) && b[k] !== undefined);
  if (keys.length !== other.length) return false;
  return keys.every((k) => jsonEqual(a[k], b[k]));
}

/**
 * `next` with every item that equals the one already on the canvas replaced by that very object.
 * The map is rebuilt from the topology on every change; React Flow skips a node or edge whose object
 * it already has, so at 1,000 containers a change redraws what changed instead of everything.
 * Pure; compared in place (jsonEqual): node data is rebuilt on every update, but its engine objects keep
 * their identity when unchanged (applyTopologyDiff) and settle at once; the small arrays and objects built
 * around them (network names, positions) are compared by value.
 */
export function reuseUnchanged<T extends Item>(previous: readonly T[], next: T[]): T[] {
  if (previous.length === 0) return next;
  const before = new Map(previous.map((x) => [x.id, x]));
  return next.map((x) => {
    const old = before.get(x.id);
    if (!old) return x;
    if (sameRecord(old, x)) return old;
    // A changed node keeps the size React Flow measured: without it the node counts as not yet
    // measured, and its edges are left out until its box happens to resize (a new badge never does).
    return old.measured !== undefined && x.measured === undefined ? { ...x, measured: old.measured } : x;
  });
}
