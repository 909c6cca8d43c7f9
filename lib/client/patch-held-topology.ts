import { applyTopologyDiff } from '../topology/apply-topology-diff';
import type { TopologyDiff } from '../topology/topology-diff';
import { toChangeAction } from '../topology/versioned-change';
import type { HeldTopology } from './fetch-topology';

/** A change of the map as GET /api/events sends it (`event: topology`). */
export interface TopologyChange {
  epoch: string;
  from: number;
  to: number;
  diff: TopologyDiff;
}

/**
 * The map after `change`: patched when it follows the version held, the same object when it is
 * already in, or 'refetch' when it cannot be patched (nothing held yet, another server process, a
 * change missed, a diff that does not fit).
 */
export function patchHeldTopology(held: HeldTopology | undefined, change: TopologyChange): HeldTopology | 'refetch' {
  if (!held || held.epoch !== change.epoch) return 'refetch';
  const action = toChangeAction(held.version, change);
  if (action === 'ignore') return held;
  if (action === 'refetch') return 'refetch';
  try {
    return { epoch: held.epoch, version: change.to, topology: applyTopologyDiff(held.topology, change.diff) };
  } catch {
    return 'refetch';
  }
}
