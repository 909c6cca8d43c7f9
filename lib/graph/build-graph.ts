import type { Topology } from '../topology/types';
import { toEdgeLabel } from './edge-label';
import { groupContainers } from './group-containers';
import { layoutMap } from './layout';
import { SIZES } from './layout-constants';
import { orderNetworks } from './order-networks';
import { toStructureKey } from './structure-key';
import {
  containerNodeId, groupNodeId, networkNodeId,
  type MapEdge, type MapGraph, type MapNode,
} from './types';

function groupLabel(names: string[], count: number): string {
  const what = names.length ? names.join(' + ') : 'not attached to any network';
  return `${what} · ${count}`;
}

/**
 * Topology -> React Flow nodes and edges, positioned by the bus layout. Network nodes first, then
 * each group box followed by its containers (React Flow needs parents before children).
 */
export function buildGraph(topology: Topology): MapGraph {
  const groups = groupContainers(topology);
  const ordered = orderNetworks(topology.networks, groups);
  const layout = layoutMap(ordered, groups);
  const networks = new Map(topology.networks.map((n) => [n.id, n]));
  const containers = new Map(topology.containers.map((c) => [c.id, c]));
  const netNames = new Map<string, string[]>();
  for (const e of topology.endpoints) {
    const name = networks.get(e.networkId)?.name;
    if (name) netNames.set(e.containerId, [...(netNames.get(e.containerId) ?? []), name]);
  }
  const members = new Map<string, number>();
  for (const e of topology.endpoints) members.set(e.networkId, (members.get(e.networkId) ?? 0) + 1);

  const nodes: MapNode[] = ordered.map((n) => {
    const box = layout.networks.get(n.id)!;
    return {
      id: networkNodeId(n.id), type: 'network', position: { x: box.x, y: box.y },
      width: box.width, height: box.height, data: { network: n, memberCount: members.get(n.id) ?? 0 },
    };
  });
  for (const g of groups) {
    const box = layout.groups.get(g.key)!;
    const gid = groupNodeId(g.key);
    const names = g.networkIds.map((id) => networks.get(id)?.name ?? id);
    nodes.push({
      id: gid, type: 'group', position: { x: box.x, y: box.y }, width: box.width, height: box.height,
      data: { label: groupLabel(names, g.containers.length), count: g.containers.length }, selectable: false,
    });
    for (const c of g.containers) {
      const pos = layout.containers.get(c.id)!;
      nodes.push({
        id: containerNodeId(c.id), type: 'container', parentId: gid, position: pos,
        width: SIZES.containerWidth, height: SIZES.containerHeight,
        data: {
          container: c, dimmed: c.state !== 'running', networkNames: netNames.get(c.id) ?? [],
          sharesWith: c.sharesNetworkWith ? containers.get(c.sharesNetworkWith)?.name ?? null : null,
        },
      });
    }
  }

  const edges: MapEdge[] = [];
  for (const e of topology.endpoints) {
    const network = networks.get(e.networkId);
    const container = containers.get(e.containerId);
    if (!network || !container) continue;
    edges.push({
      id: `ep:${e.networkId}:${e.containerId}`, type: 'endpoint',
      source: containerNodeId(e.containerId), target: networkNodeId(e.networkId),
      data: {
        endpoint: e, networkName: network.name, containerName: container.name,
        label: toEdgeLabel(e, network, container), dimmed: container.state !== 'running',
      },
    });
  }
  for (const c of topology.containers) {
    if (!c.sharesNetworkWith || !containers.has(c.sharesNetworkWith)) continue;
    edges.push({
      id: `ss:${c.id}`, type: 'sharedStack', source: containerNodeId(c.id), target: containerNodeId(c.sharesNetworkWith),
      data: { label: `shares ${containers.get(c.sharesNetworkWith)!.name}'s network` },
    });
  }
  return { nodes, edges, structureKey: toStructureKey(topology.networks, groups) };
}
