import type { Topology } from '../topology/types';
import { toClusterNodes, toCountEdges } from './graph-clusters';
import { toGroupNodes, type Placement } from './graph-parts';
import type { ContainerGroup } from './group-containers';
import type { Layout } from './layout';
import type { MapEdge, MapNode } from './types';

export interface GroupBody {
  /** Open groups as boxes followed by their containers; collapsed ones as clusters. */
  nodes: MapNode[];
  /** The clusters' count edges. */
  edges: MapEdge[];
  /** The open groups' count edges (drawn only zoomed out past names: summarizeGroups). */
  groupEdges: MapEdge[];
  /** Containers inside a cluster: no node, so no attachment edge either. */
  hidden: ReadonlySet<string>;
}

/** One map's groups as nodes: each open group a box with its containers, each collapsed one a cluster. */
export function toGroupBody(topology: Topology, groups: ContainerGroup[], layout: Layout, at: Placement, shut: (groupKey: string) => boolean): GroupBody {
  const closed = groups.filter((g) => shut(g.key));
  const open = closed.length ? groups.filter((g) => !shut(g.key)) : groups;
  return {
    nodes: [...toClusterNodes(topology, closed, layout, at), ...toGroupNodes(topology, open, layout, at)],
    edges: toCountEdges(topology, closed, at),
    groupEdges: toCountEdges(topology, open, at),
    hidden: new Set(closed.flatMap((g) => g.containers.map((c) => c.id))),
  };
}

/** The topology without the containers inside clusters (and their endpoints): what attachment edges are drawn for. */
export function withoutHidden(topology: Topology, hidden: ReadonlySet<string>): Topology {
  if (hidden.size === 0) return topology;
  return {
    ...topology,
    containers: topology.containers.filter((c) => !hidden.has(c.id)),
    endpoints: topology.endpoints.filter((e) => !hidden.has(e.containerId)),
  };
}
