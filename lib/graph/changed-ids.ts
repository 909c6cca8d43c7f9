import { jsonEqual } from '../topology/json-equal';
import type { MapGraph } from './types';

/** The class a live change's flash puts on what changedIds names (app/globals.css draws it). */
export const FLASH_CLASS = 'na-flash';

/**
 * Ids of nodes and edges that are new or whose data changed between two graphs: what the map
 * highlights after a live update. Group boxes are left out (their label changes with their members).
 * Node data is rebuilt on every update, but the engine objects in it keep their identity when they did
 * not change (applyTopologyDiff): jsonEqual compares in place and settles an identical object at once,
 * so a change at 1,000 containers costs the changed ones (comparing every node's data as JSON text cost
 * ~40 ms a change there). A container's `status` is already without its relative time (toTimeFreeStatus:
 * "Up 3 minutes" is "Up"), so a change of it — `Up (healthy)` to `Up (unhealthy)` — is a change.
 */
export function changedIds(before: MapGraph | null, after: MapGraph): Set<string> {
  const out = new Set<string>();
  if (!before) return out;
  const old = new Map<string, unknown>();
  for (const n of before.nodes) old.set(n.id, n.data);
  for (const e of before.edges) old.set(e.id, e.data);
  for (const n of after.nodes) if (n.type !== 'group' && (!old.has(n.id) || !jsonEqual(old.get(n.id), n.data))) out.add(n.id);
  for (const e of after.edges) if (!old.has(e.id) || !jsonEqual(old.get(e.id), e.data)) out.add(e.id);
  return out;
}
