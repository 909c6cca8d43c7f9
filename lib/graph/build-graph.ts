import type { Topology } from '../topology/types';
import { buildHostGraph } from './build-host-graph';
import { toEdges } from './graph-edges';
import { toGroupNodes, toNetworkNodes } from './graph-parts';
import { groupContainers } from './group-containers';
import { layoutMap } from './layout';
import { orderNetworks } from './order-networks';
import { toStructureKey } from './structure-key';
import type { MapGraph } from './types';

/**
 * Topology -> React Flow nodes and edges, positioned by the bus layout. One engine: networks, then
 * each group box followed by its containers (React Flow needs parents before children). Several
 * engines: one box per host around its own map, swarm-scope networks once beside them (see
 * buildHostGraph).
 */
export function buildGraph(topology: Topology): MapGraph {
  if (topology.engines.length > 1) return buildHostGraph(topology);
  const groups = groupContainers(topology);
  const ordered = orderNetworks(topology.networks, groups);
  const layout = layoutMap(ordered, groups);
  const at = { dx: 0, dy: 0, keyPrefix: '' };
  return {
    nodes: [...toNetworkNodes(topology, ordered, layout, at), ...toGroupNodes(topology, groups, layout, at)],
    edges: toEdges(topology),
    structureKey: toStructureKey(topology.networks, groups),
  };
}
