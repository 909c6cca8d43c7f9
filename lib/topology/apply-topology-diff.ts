import { applyCollectionDiff } from './apply-collection-diff';
import { isEmptyDiff, topologyKeys as keys, type SwarmPatch, type SwarmsDiff, type TopologyDiff } from './topology-diff';
import type { Swarm, Topology } from './types';

/**
 * The topology `diff` (from `diffTopologies`) turns `before` into, in the same order as the
 * topology it was made from. Pure: `before` is left as it was, and every element the diff does not
 * touch is the very object it was in `before` (as is every untouched list, and `before` itself for an
 * empty diff), so memoized views skip it. Throws when the diff was made against another version.
 */
export function applyTopologyDiff(before: Topology, diff: TopologyDiff): Topology {
  if (isEmptyDiff(diff)) return before;
  const { problems, ...rest } = before;
  const next: Topology = {
    ...rest,
    engine: diff.engine ?? before.engine,
    engines: applyCollectionDiff(before.engines, diff.engines, keys.engines),
    networks: applyCollectionDiff(before.networks, diff.networks, keys.networks),
    containers: applyCollectionDiff(before.containers, diff.containers, keys.containers),
    endpoints: applyCollectionDiff(before.endpoints, diff.endpoints, keys.endpoints),
    swarms: applySwarmsDiff(before.swarms, diff.swarms),
  };
  const nextProblems = diff.problems === undefined ? problems : diff.problems;
  // The key stays absent rather than undefined: the result must equal what the server has, key for key.
  return nextProblems ? { ...next, problems: nextProblems } : next;
}

function applySwarmsDiff(before: Swarm[], diff: SwarmsDiff | undefined): Swarm[] {
  if (!diff || 'reset' in diff) return applyCollectionDiff(before, diff, keys.swarms);
  const old = new Map(before.map((s) => [s.clusterId, s]));
  const patched = new Map((diff.patch ?? []).map((p) => [p.clusterId, patchSwarm(old.get(p.clusterId), p)]));
  return applyCollectionDiff(before, diff, keys.swarms, patched);
}

function patchSwarm(swarm: Swarm | undefined, patch: SwarmPatch): Swarm {
  if (!swarm) throw new Error(`The change patches swarm "${patch.clusterId}", which this version does not have.`);
  return {
    ...swarm,
    nodes: applyCollectionDiff(swarm.nodes, patch.nodes, keys.swarmNodes),
    services: applyCollectionDiff(swarm.services, patch.services, keys.swarmServices),
  };
}
