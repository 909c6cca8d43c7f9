import type { Topology } from '../topology/types';
import { answersPackets } from '../topology/container-state';
import { memberCounts, type Placement } from './graph-parts';
import type { ContainerGroup } from './group-containers';
import type { Layout } from './layout';
import { OVERVIEW_SIZES, SIZES } from './layout-constants';
import { clusterHandles } from './node-handles';
import { groupNodeId, networkNodeId, type MapEdge, type MapNode } from './types';

const SAMPLE = 4;

/**
 * Collapsed groups (every group in the overview): each as one cluster at its layout box, with its
 * counts. Its id is the group's (`grp:<key>`), so opening it in the container view finds the same group.
 */
export function toClusterNodes(topology: Topology, groups: ContainerGroup[], layout: Layout, at: Placement): MapNode[] {
  const names = new Map(topology.networks.map((n) => [n.id, n.name]));
  const sizes = at.level === 'overview' ? OVERVIEW_SIZES : SIZES;
  const handles = clusterHandles(sizes.containerWidth, sizes.containerHeight);
  return groups.map((g) => {
    const box = layout.groups.get(g.key)!;
    const nets = g.networkIds.length ? g.networkIds.map((id) => names.get(id) ?? id).join(' + ') : 'not attached to any network';
    const label = g.project ? `project ${g.project} · ${nets}` : nets;
    return {
      id: groupNodeId(`${at.keyPrefix}${g.key}`), type: 'cluster', position: { x: box.x + at.dx, y: box.y + at.dy },
      width: sizes.containerWidth, height: sizes.containerHeight, measured: { width: sizes.containerWidth, height: sizes.containerHeight }, handles,
      data: {
        label,
        ...(g.project ? { project: g.project } : {}),
        ...(at.level !== 'overview' ? { inline: true } : {}),
        count: g.containers.length,
        ...memberCounts(g, at),
        sample: g.containers.slice(0, SAMPLE).map((c) => c.name),
        memberIds: g.containers.map((c) => c.id),
        ...(at.engineId ? { engineId: at.engineId } : {}),
      },
    };
  });
}

/**
 * A cluster's edges: one per network its containers touch, carrying how many of them attach there
 * (a compose project's members need not all sit on the same networks).
 */
export function toCountEdges(topology: Topology, groups: ContainerGroup[], at: Placement): MapEdge[] {
  if (groups.length === 0) return [];
  const names = new Map(topology.networks.map((n) => [n.id, n.name]));
  const groupOf = new Map(groups.flatMap((g) => g.containers.map((c) => [c.id, g] as const)));
  const tally = new Map<ContainerGroup, Map<string, { count: number; running: number }>>();
  const containers = new Map(topology.containers.map((c) => [c.id, c]));
  for (const e of topology.endpoints) {
    const g = groupOf.get(e.containerId);
    if (!g) continue;
    const perNet = tally.get(g) ?? new Map<string, { count: number; running: number }>();
    const t = perNet.get(e.networkId) ?? { count: 0, running: 0 };
    t.count++;
    if (answersPackets(containers.get(e.containerId)!.state)) t.running++;
    perNet.set(e.networkId, t);
    tally.set(g, perNet);
  }
  return groups.flatMap((g) => g.networkIds.filter((id) => names.has(id)).map((id): MapEdge => {
    const t = tally.get(g)?.get(id) ?? { count: 0, running: 0 };
    return {
      id: `cnt:${at.keyPrefix}${g.key}:${id}`, type: 'count', source: groupNodeId(`${at.keyPrefix}${g.key}`), target: networkNodeId(id),
      data: { count: t.count, networkName: names.get(id)!, dimmed: t.running === 0 || Boolean(at.stale) },
    };
  }));
}
