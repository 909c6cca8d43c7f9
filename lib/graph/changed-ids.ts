import type { MapGraph } from './types';

/**
 * Ids of nodes and edges that are new or whose data changed between two graphs: what the map
 * highlights after a live update. Group boxes are left out (their label changes with their members).
 */
export function changedIds(before: MapGraph | null, after: MapGraph): Set<string> {
  const out = new Set<string>();
  if (!before) return out;
  const old = new Map<string, string>();
  for (const n of before.nodes) old.set(n.id, fingerprint(n.data));
  for (const e of before.edges) old.set(e.id, fingerprint(e.data));
  for (const n of after.nodes) if (n.type !== 'group' && old.get(n.id) !== fingerprint(n.data)) out.add(n.id);
  for (const e of after.edges) if (old.get(e.id) !== fingerprint(e.data)) out.add(e.id);
  return out;
}

/** The engine's "Up 3 minutes" changes every minute without anything happening: not a change. */
function fingerprint(data: unknown): string {
  return JSON.stringify(data, (key, value) => (key === 'status' ? undefined : value));
}
