import type { Topology } from '../topology/types';
import { toEdges } from './graph-edges';
import { toNetworkNodes } from './graph-parts';
import { toGroupBody, withoutHidden } from './graph-body';
import { groupContainers, type ContainerGroup } from './group-containers';
import { layoutMap, type Box } from './layout';
import { OVERVIEW_SIZES, SIZES as S } from './layout-constants';
import { collapsedTest, DEFAULT_VIEW, viewKey, type MapView } from './map-view';
import { orderNetworks } from './order-networks';
import { splitByHost, type HostPart } from './split-by-host';
import { toStructureKey } from './structure-key';
import { hostNodeId, type MapEdge, type MapGraph, type MapLevel, type MapNode } from './types';

interface HostBlock {
  host: MapNode;
  body: MapNode[];
  /** The clusters' count edges (attachment edges are drawn for the whole map at once). */
  edges: MapEdge[];
  /** The open groups' count edges (summarizeGroups). */
  groupEdges: MapEdge[];
  /** Containers inside a cluster. */
  hidden: ReadonlySet<string>;
  groups: ContainerGroup[];
  height: number;
}

/** One host: the bus layout of its own networks and containers, framed by a box with its header. */
function hostBlock(h: HostPart, x: number, y: number, all: Topology, level: MapLevel, view: MapView): HostBlock {
  const groups = groupContainers(h.topology, view.groupBy);
  const ordered = orderNetworks(h.topology.networks, groups);
  const shut = collapsedTest(level, view, `${h.engine.id}/`);
  const layout = layoutMap(ordered, groups, { sizes: level === 'overview' ? OVERVIEW_SIZES : S, collapsed: shut });
  const boxes: Box[] = [...layout.networks.values(), ...layout.groups.values()];
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const width = boxes.length ? Math.max(...boxes.map((b) => b.x + b.width)) - minX + 2 * S.hostPad : S.hostEmptyWidth;
  const height = boxes.length ? Math.max(...boxes.map((b) => b.y + b.height)) - minY + S.hostHeader + S.hostPad : S.hostEmptyHeight;
  const at = {
    dx: boxes.length ? x + S.hostPad - minX : 0, dy: boxes.length ? y + S.hostHeader - minY : 0,
    keyPrefix: `${h.engine.id}/`, engineId: h.engine.id, stale: h.engine.stale, level,
  };
  const host: MapNode = {
    id: hostNodeId(h.engine.id), type: 'host', position: { x, y }, width, height, measured: { width, height }, zIndex: -1, selectable: false, draggable: false,
    data: { engine: h.engine, containerCount: h.topology.containers.length, networkCount: h.topology.networks.length },
  };
  // Group labels name every network of a group, the swarm-scope ones drawn outside the host too.
  const named = { ...h.topology, networks: all.networks };
  const parts = toGroupBody(named, groups, layout, at, shut);
  const body = [...toNetworkNodes(h.topology, ordered, layout, at), ...parts.nodes];
  return { host, body, edges: parts.edges, groupEdges: parts.groupEdges, hidden: parts.hidden, groups: groups.map((g) => ({ ...g, key: `${h.engine.id}/${g.key}` })), height };
}

/** Absolute bottom of every container node (a child's position is relative to its group). */
function containerBottoms(nodes: MapNode[]): Map<string, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  for (const n of nodes) {
    if (n.type !== 'container') continue;
    const parentY = n.parentId ? byId.get(n.parentId)?.position.y ?? 0 : 0;
    out.set(n.data.container.id, parentY + n.position.y + S.containerHeight);
  }
  return out;
}

/**
 * The map of several engines. Each host gets a box (stacked top to bottom, in the order engines are
 * configured) holding the bus layout of its local networks and containers; swarm-scope networks
 * stand once, left of every host, their buses reaching down to the lowest container on them, so an
 * overlay visibly spans the hosts whose containers attach to it.
 */
export function buildHostGraph(topology: Topology, level: MapLevel = 'containers', view: MapView = DEFAULT_VIEW): MapGraph {
  const { hosts, shared } = splitByHost(topology);
  const x0 = shared.length * (S.networkWidth + S.edgeSpace);
  let y = 0;
  const blocks = hosts.map((h) => {
    const b = hostBlock(h, x0, y, topology, level, view);
    y += b.height + S.hostGap;
    return b;
  });
  const body = blocks.flatMap((b) => b.body);
  const bottoms = containerBottoms(body);
  const sharedBoxes = new Map<string, Box>(shared.map((n, i) => {
    const lowest = topology.endpoints.filter((e) => e.networkId === n.id).map((e) => bottoms.get(e.containerId) ?? 0);
    return [n.id, { x: i * (S.networkWidth + S.edgeSpace), y: 0, width: S.networkWidth, height: Math.max(S.networkMinHeight, ...lowest.map((b) => b + 16)) }];
  }));
  const staleEngines = new Set(topology.engines.filter((e) => e.stale).map((e) => e.id));
  const groups = blocks.flatMap((b) => b.groups);
  const hidden = new Set(blocks.flatMap((b) => [...b.hidden]));
  return {
    level,
    nodes: [...blocks.map((b) => b.host), ...toNetworkNodes(topology, shared, { networks: sharedBoxes }, { dx: 0, dy: 0, keyPrefix: '', level }), ...body],
    edges: [...toEdges(withoutHidden(topology, hidden), staleEngines), ...blocks.flatMap((b) => b.edges)],
    groupEdges: blocks.flatMap((b) => b.groupEdges),
    view: viewKey(view),
    groupBy: view.groupBy,
    structureKey: `${level}:${viewKey(view)}:${toStructureKey(topology.networks, groups, topology.engines.map((e) => e.id))}`,
  };
}
