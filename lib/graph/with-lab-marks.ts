import type { MapGraph, MapNode } from './types';

/** What a lab works with, by name (GET /api/labs: `containers`, `networks`). */
export interface LabNames {
  containers: readonly string[];
  networks: readonly string[];
}

function markNode(n: MapNode, containers: ReadonlySet<string>, networks: ReadonlySet<string>): MapNode {
  if (n.type === 'container' && containers.has(n.data.container.name)) return { ...n, data: { ...n.data, lab: true } };
  if (n.type === 'network' && networks.has(n.data.network.name)) return { ...n, data: { ...n.data, lab: true } };
  return n;
}

/**
 * The graph with the open lab's containers and networks marked (`data.lab = true`), matched by name
 * as the lab names them (on a map of several hosts, every host's namesake). Clusters are left as they
 * are: a lab's handful of containers is drawn one by one. Whatever is not marked is the very same
 * object, and the structure key is kept: marks move nothing. Pure.
 */
export function withLabMarks(graph: MapGraph, names: LabNames): MapGraph {
  const containers = new Set(names.containers);
  const networks = new Set(names.networks);
  if (containers.size === 0 && networks.size === 0) return graph;
  let marked = false;
  const nodes = graph.nodes.map((n) => {
    const m = markNode(n, containers, networks);
    if (m !== n) marked = true;
    return m;
  });
  return marked ? { ...graph, nodes } : graph;
}
