import type { ContainerNodeData, MapGraph, MapNode, NetworkNodeData } from './types';

/** What a lab works with, by name (GET /api/labs: `containers`, `networks`). */
export interface LabNames {
  containers: readonly string[];
  networks: readonly string[];
}

/** Set on a container or network node that the open lab works with (see {@link withLabMarks}). */
export type LabMark = { lab?: boolean };

/** Whether a node's data carries the open lab's mark. */
export const isLabMarked = (data: object): boolean => (data as LabMark).lab === true;

function markNode(n: MapNode, containers: ReadonlySet<string>, networks: ReadonlySet<string>): MapNode {
  if (n.type === 'container' && containers.has(n.data.container.name)) {
    const data: ContainerNodeData & LabMark = { ...n.data, lab: true };
    return { ...n, data };
  }
  if (n.type === 'network' && networks.has(n.data.network.name)) {
    const data: NetworkNodeData & LabMark = { ...n.data, lab: true };
    return { ...n, data };
  }
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
