import type { Container, Network, Topology } from '../topology/types';
import type { ContainerGroup } from './group-containers';
import type { Layout } from './layout';
import { SIZES } from './layout-constants';
import { containerHandles, groupHandles, networkHandles } from './node-handles';

/** Every container node's handles: one array, so reuseUnchanged finds them equal by identity on every rebuild. */
const CONTAINER_HANDLES = containerHandles(SIZES.containerWidth, SIZES.containerHeight);
const CONTAINER_MEASURED = { width: SIZES.containerWidth, height: SIZES.containerHeight };
import { toTaskIndex } from './task-index';
import { containerNodeId, groupNodeId, networkNodeId, type MapLevel, type MapNode } from './types';
import { answersPackets } from '../topology/container-state';

/** Where a sub-layout lands on the canvas (a host box's inside), and how its group ids are kept apart. */
export interface Placement {
  dx: number;
  dy: number;
  /** Prefix of group keys: the engine id on a map of several hosts. */
  keyPrefix: string;
  engineId?: string;
  /** The host does not answer: its last known containers are drawn dimmed. */
  stale?: boolean;
  /** The overview draws network names larger. */
  level?: MapLevel;
}

/** A group's members that answer packets (none on a host that does not answer) and the ports they publish: a box's and a cluster's counts. */
export function memberCounts(g: ContainerGroup, at: Pick<Placement, 'stale'>): { running: number; published: number } {
  return {
    running: at.stale ? 0 : g.containers.filter((c) => answersPackets(c.state)).length,
    published: g.containers.reduce((n, c) => n + c.ports.length, 0),
  };
}

function groupLabel(names: string[], count: number, service: string | null, project?: string): string {
  if (service) return `service ${service} · ${count} task${count === 1 ? '' : 's'}`;
  if (project) return `project ${project} · ${count}`;
  const what = names.length ? names.join(' + ') : 'not attached to any network';
  return `${what} · ${count}`;
}

/** Network header/bus nodes at their layout boxes. */
export function toNetworkNodes(topology: Topology, ordered: Network[], layout: Pick<Layout, 'networks'>, at: Placement): MapNode[] {
  const members = new Map<string, number>();
  for (const e of topology.endpoints) members.set(e.networkId, (members.get(e.networkId) ?? 0) + 1);
  const vips = new Map<string, Array<{ name: string; vip: string }>>();
  for (const s of topology.swarms) for (const svc of s.services) for (const v of svc.vips) {
    vips.set(v.networkId, [...(vips.get(v.networkId) ?? []), { name: svc.name, vip: v.ip }]);
  }
  return ordered.map((n) => {
    const box = layout.networks.get(n.id)!;
    const services = vips.get(n.id);
    return {
      id: networkNodeId(n.id), type: 'network', position: { x: box.x + at.dx, y: box.y + at.dy },
      width: box.width, height: box.height, measured: { width: box.width, height: box.height }, handles: networkHandles(box.height),
      data: { network: n, memberCount: members.get(n.id) ?? 0, ...(services ? { services } : {}), ...(at.level === 'overview' ? { level: at.level } : {}) },
    };
  });
}

/** Group boxes, each followed by its containers (React Flow needs parents before children). */
export function toGroupNodes(topology: Topology, groups: ContainerGroup[], layout: Layout, at: Placement): MapNode[] {
  const networks = new Map(topology.networks.map((n) => [n.id, n]));
  const containers = new Map(topology.containers.map((c) => [c.id, c]));
  const tasks = toTaskIndex(topology.swarms);
  const netNames = new Map<string, string[]>();
  for (const e of topology.endpoints) {
    const name = networks.get(e.networkId)?.name;
    if (name) netNames.set(e.containerId, [...(netNames.get(e.containerId) ?? []), name]);
  }
  const nodes: MapNode[] = [];
  for (const g of groups) {
    const box = layout.groups.get(g.key)!;
    const gid = groupNodeId(`${at.keyPrefix}${g.key}`);
    const names = g.networkIds.map((id) => networks.get(id)?.name ?? id);
    const services = new Set(g.containers.map((c) => tasks.get(c.id)?.service.name ?? ''));
    const service = services.size === 1 ? [...services][0] || null : null;
    nodes.push({
      id: gid, type: 'group', position: { x: box.x + at.dx, y: box.y + at.dy }, width: box.width, height: box.height,
      measured: { width: box.width, height: box.height }, handles: groupHandles(box.width, box.height),
      data: {
        label: groupLabel(names, g.containers.length, service, g.project), count: g.containers.length,
        ...memberCounts(g, at),
        ...(g.project ? { project: g.project } : {}), ...(at.engineId ? { engineId: at.engineId } : {}),
      },
      selectable: false,
    });
    for (const c of g.containers) nodes.push(containerNode(c, gid, layout, { netNames, containers, tasks, stale: Boolean(at.stale) }));
  }
  return nodes;
}

function containerNode(
  c: Container, parentId: string, layout: Layout,
  ctx: { netNames: Map<string, string[]>; containers: Map<string, Container>; tasks: ReturnType<typeof toTaskIndex>; stale: boolean },
): MapNode {
  return {
    id: containerNodeId(c.id), type: 'container', parentId, position: layout.containers.get(c.id)!,
    width: SIZES.containerWidth, height: SIZES.containerHeight, measured: CONTAINER_MEASURED, handles: CONTAINER_HANDLES,
    data: {
      container: c, dimmed: ctx.stale || !answersPackets(c.state), networkNames: ctx.netNames.get(c.id) ?? [],
      sharesWith: c.sharesNetworkWith ? ctx.containers.get(c.sharesNetworkWith)?.name ?? null : null,
      task: ctx.tasks.get(c.id) ?? null,
    },
  };
}
