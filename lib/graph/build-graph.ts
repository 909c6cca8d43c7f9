import type { Topology } from '../topology/types';
import { buildHostGraph } from './build-host-graph';
import { toGroupBody, withoutHidden } from './graph-body';
import { toEdges } from './graph-edges';
import { toNetworkNodes } from './graph-parts';
import { groupContainers } from './group-containers';
import { layoutMap } from './layout';
import { OVERVIEW_SIZES, SIZES } from './layout-constants';
import { collapsedTest, DEFAULT_VIEW, viewKey, type MapView } from './map-view';
import { orderNetworks } from './order-networks';
import { toStructureKey } from './structure-key';
import type { MapGraph, MapLevel } from './types';

/**
 * Topology -> React Flow nodes and edges, positioned by the bus layout. One engine: networks, then
 * each group box followed by its containers (React Flow needs parents before children); a collapsed
 * group (every group in the overview) is one cluster node instead, with count edges. Groups gather
 * containers on the same networks, or of one compose project (`view.groupBy`). Several engines: one
 * box per host around its own map, swarm-scope networks once beside them (see buildHostGraph).
 */
export function buildGraph(topology: Topology, level: MapLevel = 'containers', view: MapView = DEFAULT_VIEW): MapGraph {
  if (topology.engines.length > 1) return buildHostGraph(topology, level, view);
  const groups = groupContainers(topology, view.groupBy);
  const ordered = orderNetworks(topology.networks, groups);
  const shut = collapsedTest(level, view, '');
  const layout = layoutMap(ordered, groups, { sizes: level === 'overview' ? OVERVIEW_SIZES : SIZES, collapsed: shut });
  const at = { dx: 0, dy: 0, keyPrefix: '', level };
  const body = toGroupBody(topology, groups, layout, at, shut);
  return {
    level,
    nodes: [...toNetworkNodes(topology, ordered, layout, at), ...body.nodes],
    edges: [...toEdges(withoutHidden(topology, body.hidden)), ...body.edges],
    groupEdges: body.groupEdges,
    view: viewKey(view),
    groupBy: view.groupBy,
    structureKey: `${level}:${viewKey(view)}:${toStructureKey(topology.networks, groups)}`,
  };
}
