import type { Topology } from '../topology/types';
import { answersPackets } from '../topology/container-state';
import type { Placement } from './graph-parts';
import type { ContainerGroup } from './group-containers';
import type { Layout } from './layout';
import { OVERVIEW_SIZES } from './layout-constants';
import { groupNodeId, networkNodeId, type MapEdge, type MapNode } from './types';

const SAMPLE = 4;

/**
 * The overview's nodes: each group of containers as one cluster at its layout box, with its counts.
 * Its id is the group's (`grp:<key>`), so opening it in the container view finds the same group.
 */
export function toClusterNodes(topology: Topology, groups: ContainerGroup[], layout: Layout, at: Placement): MapNode[] {
  const names = new Map(topology.networks.map((n) => [n.id, n.name]));
  return groups.map((g) => {
    const box = layout.groups.get(g.key)!;
    const label = g.networkIds.length ? g.networkIds.map((id) => names.get(id) ?? id).join(' + ') : 'not attached to any network';
    return {
      id: groupNodeId(`${at.keyPrefix}${g.key}`), type: 'cluster', position: { x: box.x + at.dx, y: box.y + at.dy },
      width: OVERVIEW_SIZES.containerWidth, height: OVERVIEW_SIZES.containerHeight,
      data: {
        label,
        count: g.containers.length,
        running: g.containers.filter((c) => answersPackets(c.state) && !at.stale).length,
        published: g.containers.reduce((n, c) => n + c.ports.length, 0),
        sample: g.containers.slice(0, SAMPLE).map((c) => c.name),
        ...(at.engineId ? { engineId: at.engineId } : {}),
      },
    };
  });
}

/** The overview's edges: one per cluster and network, carrying how many of its containers attach there. */
export function toCountEdges(topology: Topology, groups: ContainerGroup[], at: Placement): MapEdge[] {
  const names = new Map(topology.networks.map((n) => [n.id, n.name]));
  return groups.flatMap((g) => {
    const running = g.containers.some((c) => answersPackets(c.state)) && !at.stale;
    return g.networkIds.filter((id) => names.has(id)).map((id): MapEdge => ({
      id: `cnt:${at.keyPrefix}${g.key}:${id}`, type: 'count', source: groupNodeId(`${at.keyPrefix}${g.key}`), target: networkNodeId(id),
      data: { count: g.containers.length, networkName: names.get(id)!, dimmed: !running },
    }));
  });
}
