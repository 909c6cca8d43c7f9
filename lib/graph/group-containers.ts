import type { Container, Topology } from '../topology/types';
import { compareText } from './compare-text';

/** How containers are gathered into boxes: by the set of networks they sit on, or by compose project. */
export type GroupBy = 'network' | 'project';

/** Containers drawn together in one box (or, collapsed, as one cluster). */
export interface ContainerGroup {
  /** Stable key: the sorted network ids joined, `none-attached`, or `project:<name>`. */
  key: string;
  /** Every network a member sits on, sorted. */
  networkIds: string[];
  containers: Container[];
  /** The compose project, when the group is one (grouped by project). */
  project?: string;
}

/**
 * Groups containers by the set of networks they are attached to, or (`by: 'project'`) by compose
 * project, containers outside any project still by their networks. A `container:<x>` container has no
 * endpoints of its own: it joins x's group, right after x, because it lives in x's network stack.
 * Groups and members come out sorted, so the same topology always gives the same groups.
 */
export function groupContainers(topology: Topology, by: GroupBy = 'network'): ContainerGroup[] {
  const nets = new Map<string, string[]>();
  for (const e of topology.endpoints) {
    const list = nets.get(e.containerId) ?? [];
    list.push(e.networkId);
    nets.set(e.containerId, list);
  }
  const byId = new Map(topology.containers.map((c) => [c.id, c]));
  const followers = new Map<string, Container[]>();
  const groups = new Map<string, ContainerGroup>();
  for (const c of topology.containers) {
    if (c.sharesNetworkWith && byId.has(c.sharesNetworkWith) && c.sharesNetworkWith !== c.id) {
      followers.set(c.sharesNetworkWith, [...(followers.get(c.sharesNetworkWith) ?? []), c]);
      continue;
    }
    const own = nets.get(c.id) ?? [];
    const project = by === 'project' ? c.compose?.project : undefined;
    const key = project ? `project:${project}` : own.length ? [...new Set(own)].sort().join('+') : 'none-attached';
    const group = groups.get(key) ?? { key, networkIds: [], containers: [], ...(project ? { project } : {}) };
    group.networkIds = [...new Set([...group.networkIds, ...own])].sort();
    group.containers.push(c);
    groups.set(key, group);
  }
  const withFollowers = (list: Container[]): Container[] =>
    list.flatMap((c) => [c, ...withFollowers(followers.get(c.id) ?? [])]);
  return [...groups.values()]
    .map((g) => ({ ...g, containers: withFollowers(g.containers.sort((a, b) => compareText(a.name, b.name))) }))
    .sort((a, b) => compareText(a.key, b.key));
}
