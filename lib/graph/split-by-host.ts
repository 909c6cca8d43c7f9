import type { EngineEntry, Network, Topology } from '../topology/types';
import { spansHosts } from '../topology/spans-hosts';
import { engineView } from '../topology/engine-view';
import { compareText } from './compare-text';

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
  const hosts = topology.engines.map((engine) => {
    const view = engineView(topology, engine.id);
    // The box holds the engine's local networks; the swarm ones are drawn once, beside the boxes.
    return { engine, topology: { ...view, engines: [engine], networks: view.networks.filter((n) => !spansHosts(n)) } };
  });
  return { hosts, shared };
}

/**
 * The map narrowed to one engine (the engine picker): its containers, its local networks and the
 * shared networks its containers are on. The result has one engine, so it is drawn without host boxes.
 */
export function onlyEngine(topology: Topology, engineId: string): Topology {
  const entry = topology.engines.find((e) => e.id === engineId);
  if (!entry) return topology;
  const view = engineView(topology, engineId);
  // A swarm network one of its containers is on, though a worker does not list it until a task runs there.
  const used = new Set(view.endpoints.map((e) => e.networkId));
  const listed = new Set(view.networks.map((n) => n.id));
  const more = topology.networks.filter((n) => spansHosts(n) && used.has(n.id) && !listed.has(n.id));
  return { ...view, engine: entry.info ?? topology.engine, networks: [...view.networks, ...more].sort((a, b) => compareText(a.name, b.name)) };
}
