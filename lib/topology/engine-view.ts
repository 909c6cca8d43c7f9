import type { Network, Topology } from './types';

/** The networks an engine has: its local ones and the swarm networks that span it. */
export function engineNetworks(topology: Topology, engineId: string): Network[] {
  return topology.networks.filter((n) => n.engineIds.includes(engineId));
}

/**
 * One engine's part of the map, as that engine sees it: its containers, every network it has (its local
 * ones and the swarm networks that span it) and the endpoints of its containers. The one cut used by the
 * host boxes, the engine picker, reachability queries scoped to an engine and the doctor.
 */
export function engineView(topology: Topology, engineId: string): Topology {
  const containers = topology.containers.filter((c) => c.engineId === engineId);
  const own = new Set(containers.map((c) => c.id));
  return {
    ...topology,
    engines: topology.engines.filter((e) => e.id === engineId),
    networks: engineNetworks(topology, engineId),
    containers,
    endpoints: topology.endpoints.filter((e) => own.has(e.containerId)),
  };
}
