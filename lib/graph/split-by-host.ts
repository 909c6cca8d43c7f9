import type { EngineEntry, Network, Topology } from '../topology/types';
import { spansHosts } from '../topology/spans-hosts';

/** One host's part of the map: its engine, its local networks, its containers and their endpoints. */
export interface HostPart {
  engine: EngineEntry;
  topology: Topology;
}

/**
 * Splits a topology by engine, in the order of `topology.engines`. Each part keeps the endpoints of
 * its containers, including those on shared networks (which the part's own network list leaves out).
 */
export function splitByHost(topology: Topology): { hosts: HostPart[]; shared: Network[] } {
  const shared = topology.networks.filter(spansHosts);
  const engineOf = new Map(topology.containers.map((c) => [c.id, c.engineId]));
  const hosts = topology.engines.map((engine) => ({
    engine,
    topology: {
      ...topology,
      engines: [engine],
      networks: topology.networks.filter((n) => !spansHosts(n) && n.engineId === engine.id),
      containers: topology.containers.filter((c) => c.engineId === engine.id),
      endpoints: topology.endpoints.filter((e) => engineOf.get(e.containerId) === engine.id),
    },
  }));
  return { hosts, shared };
}

/**
 * The map narrowed to one engine (the engine picker): its containers, its local networks and the
 * shared networks its containers are on. The result has one engine, so it is drawn without host boxes.
 */
export function onlyEngine(topology: Topology, engineId: string): Topology {
  const { hosts } = splitByHost(topology);
  const part = hosts.find((h) => h.engine.id === engineId);
  if (!part) return topology;
  const used = new Set(part.topology.endpoints.map((e) => e.networkId));
  const shared = topology.networks.filter((n) => spansHosts(n) && (used.has(n.id) || n.engineIds.includes(engineId)));
  const engine = part.engine.info ?? topology.engine;
  return { ...part.topology, engine, networks: [...part.topology.networks, ...shared].sort((a, b) => a.name.localeCompare(b.name)) };
}
