import type { Topology } from '../topology/types';
import { buildHostGraph } from './build-host-graph';
import { toEdges } from './graph-edges';
import { toGroupNodes, toNetworkNodes } from './graph-parts';
import { groupContainers } from './group-containers';
import { layoutMap } from './layout';
import { orderNetworks } from './order-networks';
import { toStructureKey } from './structure-key';
import { toClusterNodes, toCountEdges } from './graph-clusters';
import { OVERVIEW_SIZES } from './layout-constants';
import type { MapGraph, MapLevel } from './types';

/**
 * Topology -> React Flow nodes and edges, positioned by the bus layout. One engine: networks, then
 * each group box followed by its containers (React Flow needs parents before children); in the
 * overview, each group is one cluster node instead, with count edges. Several engines: one box per
 * host around its own map, swarm-scope networks once beside them (see buildHostGraph).
 */
export function buildGraph(topology: Topology, level: MapLevel = 'containers'): MapGraph {
  if (topology.engines.length > 1) return buildHostGraph(topology, level);
  const groups = groupContainers(topology);
  const ordered = orderNetworks(topology.networks, groups);
  const overview = level === 'overview';
  const layout = layoutMap(ordered, groups, overview ? { sizes: OVERVIEW_SIZES, collapsed: true } : {});
  const at = { dx: 0, dy: 0, keyPrefix: '', level };
  return {
    level,
    nodes: [...toNetworkNodes(topology, ordered, layout, at), ...(overview ? toClusterNodes(topology, groups, layout, at) : toGroupNodes(topology, groups, layout, at))],
    edges: overview ? toCountEdges(topology, groups, at) : toEdges(topology),
    structureKey: `${level}:${toStructureKey(topology.networks, groups)}`,
  };
}
