import type { EngineEntry, Network, Swarm, Topology } from './types';
import { jsonEqual } from './json-equal';
import { withServiceNames } from './with-service-names';

/** One engine's part of the map: where netatlas stands with it, and what was last read from it. */
export interface EnginePart {
  entry: EngineEntry;
  /** Null when the engine never answered (or is misconfigured). */
  topology: Topology | null;
}

const byName = <T extends { name: string; engineId: string; id: string }>(a: T, b: T) =>
  a.name.localeCompare(b.name) || a.engineId.localeCompare(b.engineId) || a.id.localeCompare(b.id);

/** A swarm-scope network has one id on every node: the copies become one network spanning them. */
function mergeNetworks(parts: EnginePart[]): Network[] {
  const byId = new Map<string, Network>();
  for (const { entry, topology } of parts) {
    for (const n of topology?.networks ?? []) {
      const seen = byId.get(n.id);
      if (!seen) byId.set(n.id, { ...n, engineIds: [entry.id] });
      else if (!seen.engineIds.includes(entry.id)) seen.engineIds = [...seen.engineIds, entry.id];
    }
  }
  return [...byId.values()].sort(byName);
}

/** One swarm per cluster (several managers report the same one); nodes learn which engine they are. */
function mergeSwarms(parts: EnginePart[]): Swarm[] {
  const engineOfNode = new Map<string, string>();
  for (const { entry } of parts) if (entry.info?.swarmNodeId) engineOfNode.set(entry.info.swarmNodeId, entry.id);
  const clusters = new Map<string, Swarm>();
  for (const { topology } of parts) {
    for (const s of topology?.swarms ?? []) if (!clusters.has(s.clusterId)) clusters.set(s.clusterId, s);
  }
  return [...clusters.values()].map((s) => ({
    ...s,
    nodes: s.nodes.map((n) => ({ ...n, engineId: n.engineId ?? engineOfNode.get(n.id) ?? null })),
  }));
}

/**
 * Merges the topologies of several engines into one map. Containers and local networks keep their
 * engine's 64-hex ids (random per engine, so they do not collide) and say which engine they belong
 * to; swarm-scope networks are listed once with every engine they were seen on. `engine` is the
 * first engine that answered, for clients that know only one. Pure; needs at least one topology.
 */
export function mergeTopologies(parts: EnginePart[]): Topology {
  const read = parts.filter((p) => p.topology) as Array<EnginePart & { topology: Topology }>;
  if (read.length === 0) throw new Error('mergeTopologies needs at least one topology');
  const containers = read.flatMap((p) => p.topology.containers).sort(byName);
  const order = new Map(containers.map((c, i) => [c.id, i]));
  const endpoints = read
    .flatMap((p) => p.topology.endpoints)
    .sort((a, b) => (order.get(a.containerId) ?? 0) - (order.get(b.containerId) ?? 0));
  const networks = mergeNetworks(parts);
  const swarms = mergeSwarms(parts);
  return {
    engine: read[0].topology.engine,
    engines: parts.map((p) => p.entry),
    networks,
    containers,
    // A worker's tasks learn their service names from the manager's swarm, read on another engine.
    endpoints: withServiceNames(endpoints, swarms, networks),
    swarms,
  };
}

/**
 * Whether `next` would merge into the map `prev` gave: each engine's topology the very same object
 * (an engine's watcher answers its kept read until the next event) and its entry equal. What lets a
 * read that changed nothing answer the same map, which the feed then compares in no time. Pure.
 */
export function sameParts(prev: readonly EnginePart[], next: readonly EnginePart[]): boolean {
  return prev.length === next.length && prev.every((p, i) => p.topology === next[i].topology && jsonEqual(p.entry, next[i].entry));
}
