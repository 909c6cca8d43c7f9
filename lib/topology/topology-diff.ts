import { diffCollection, type CollectionDiff } from './collection-diff';
import { jsonEqual } from './json-equal';
import type { ConfigProblem, Container, Endpoint, EngineEntry, EngineInfo, Network, Swarm, SwarmNode, SwarmService, Topology } from './types';

/** A swarm that is still there, with only its nodes or services changed. */
export interface SwarmPatch {
  clusterId: string;
  nodes?: CollectionDiff<SwarmNode>;
  services?: CollectionDiff<SwarmService>;
}

/** Swarms changed: the new ones (and those whose own fields changed) whole, the others as patches. */
export type SwarmsDiff = CollectionDiff<Swarm> & { patch?: SwarmPatch[] };

/**
 * What changed between two topologies, JSON-serializable. A part is present only when it changed:
 * an unchanged topology gives `{}`. `problems: null` says the problems went away.
 */
export interface TopologyDiff {
  engine?: EngineInfo;
  problems?: ConfigProblem[] | null;
  engines?: CollectionDiff<EngineEntry>;
  networks?: CollectionDiff<Network>;
  containers?: CollectionDiff<Container>;
  endpoints?: CollectionDiff<Endpoint>;
  swarms?: SwarmsDiff;
}

/**
 * The key of each element, unique within its list of a merged topology. Container ids are the
 * engine's own, unique per engine only, so the engine comes with them; a network is merged across
 * engines by its id (its `engineId` is merely the first engine it was seen on), so the id alone.
 */
export const topologyKeys = {
  engines: (e: EngineEntry) => e.id,
  networks: (n: Network) => n.id,
  containers: (c: Container) => `${c.engineId}/${c.id}`,
  endpoints: (e: Endpoint) => `${e.containerId}/${e.networkId}`,
  swarms: (s: Swarm) => s.clusterId,
  swarmNodes: (n: SwarmNode) => n.id,
  swarmServices: (s: SwarmService) => s.id,
};

/**
 * The change that turns `before` into `after`: per list, the elements added or changed (whole), the
 * keys removed and where new or moved elements go; `engine` and `problems` only when they changed.
 * Its size follows the change, not the topology. Pure; `applyTopologyDiff` is its inverse.
 */
export function diffTopologies(before: Topology, after: Topology): TopologyDiff {
  if (before === after) return {};
  const diff: TopologyDiff = {
    engine: jsonEqual(before.engine, after.engine) ? undefined : after.engine,
    problems: jsonEqual(before.problems, after.problems) ? undefined : (after.problems ?? null),
    engines: diffCollection(before.engines, after.engines, topologyKeys.engines),
    networks: diffCollection(before.networks, after.networks, topologyKeys.networks),
    containers: diffCollection(before.containers, after.containers, topologyKeys.containers),
    endpoints: diffCollection(before.endpoints, after.endpoints, topologyKeys.endpoints),
    swarms: diffSwarms(before.swarms, after.swarms),
  };
  // Absent, not undefined: the empty diff is `{}`, and what travels is only what changed.
  return Object.fromEntries(Object.entries(diff).filter(([, part]) => part !== undefined));
}

/** True when `diff` changes nothing. */
export function isEmptyDiff(diff: TopologyDiff): boolean {
  return Object.values(diff).every((part) => part === undefined);
}

/**
 * A swarm carries every service with its tasks: sending it whole for one task that changed would
 * be the full-topology problem again, so a swarm whose own fields are unchanged travels as a patch.
 */
function diffSwarms(before: Swarm[], after: Swarm[]): SwarmsDiff | undefined {
  const diff = diffCollection(before, after, topologyKeys.swarms);
  if (!diff || 'reset' in diff) return diff;
  const old = new Map(before.map((s) => [s.clusterId, s]));
  const patch: SwarmPatch[] = [];
  const upsert = diff.upsert.filter((s) => {
    const was = old.get(s.clusterId);
    if (!was || !jsonEqual(shell(was), shell(s))) return true;
    const nodes = diffCollection(was.nodes, s.nodes, topologyKeys.swarmNodes);
    const services = diffCollection(was.services, s.services, topologyKeys.swarmServices);
    patch.push({ clusterId: s.clusterId, ...(nodes && { nodes }), ...(services && { services }) });
    return false;
  });
  return patch.length ? { ...diff, upsert, patch } : diff;
}

/** A swarm's own fields, without the lists that are patched one element at a time. */
function shell({ nodes: _nodes, services: _services, ...rest }: Swarm): Omit<Swarm, 'nodes' | 'services'> {
  return rest;
}
