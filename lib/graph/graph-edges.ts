import type { Topology } from '../topology/types';
import { toEdgeLabel } from './edge-label';
import { routeMark } from './route-facts';
import { containerNodeId, networkNodeId, type MapEdge } from './types';
import { answersPackets } from '../topology/container-state';

/** Attachment edges (container -> network bus) and shared-stack edges (container -> stack owner). */
export function toEdges(topology: Topology, staleEngines: ReadonlySet<string> = new Set()): MapEdge[] {
  const networks = new Map(topology.networks.map((n) => [n.id, n]));
  const containers = new Map(topology.containers.map((c) => [c.id, c]));
  const edges: MapEdge[] = [];
  const byContainer = new Map<string, Topology['endpoints']>();
  for (const e of topology.endpoints) byContainer.set(e.containerId, [...(byContainer.get(e.containerId) ?? []), e]);
  for (const e of topology.endpoints) {
    const network = networks.get(e.networkId);
    const container = containers.get(e.containerId);
    if (!network || !container) continue;
    edges.push({
      id: `ep:${e.networkId}:${e.containerId}`, type: 'endpoint',
      source: containerNodeId(e.containerId), target: networkNodeId(e.networkId),
      data: {
        endpoint: e, networkName: network.name, containerName: container.name,
        label: toEdgeLabel(e, network, container), route: routeMark(e, byContainer.get(e.containerId) ?? []), dimmed: !answersPackets(container.state) || staleEngines.has(container.engineId),
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
  return edges;
}
