import type { Container, Topology } from '../topology/types';

/** Containers that sit on exactly the same set of networks. */
export interface ContainerGroup {
  /** Stable key: the sorted network ids joined, or `none-attached`. */
  key: string;
  networkIds: string[];
  containers: Container[];
}

/**
 * Groups containers by the set of networks they are attached to. A `container:<x>` container has
 * no endpoints of its own: it joins x's group, right after x, because it lives in x's network stack.
 * Groups and members come out sorted, so the same topology always gives the same groups.
 */
export function groupContainers(topology: Topology): ContainerGroup[] {
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
    const networkIds = [...new Set(nets.get(c.id) ?? [])].sort();
    const key = networkIds.length ? networkIds.join('+') : 'none-attached';
    const group = groups.get(key) ?? { key, networkIds, containers: [] };
    group.containers.push(c);
    groups.set(key, group);
  }
  const withFollowers = (list: Container[]): Container[] =>
    list.flatMap((c) => [c, ...withFollowers(followers.get(c.id) ?? [])]);
  return [...groups.values()]
    .map((g) => ({ ...g, containers: withFollowers(g.containers.sort((a, b) => a.name.localeCompare(b.name))) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
