import type { Topology } from '../topology/types';
import type { UsedAddress } from './check-static-ipv4';

/**
 * The IPv4 addresses taken on a network, by whom, as the topology shows them: the containers'
 * endpoints (of every engine, for a swarm network: it has the same id on each), then the swarm's
 * virtual IPs and task addresses there, which also hold addresses on nodes netatlas may not watch.
 */
export function usedAddresses(topology: Topology, networkId: string): UsedAddress[] {
  const names = new Map(topology.containers.map((c) => [c.id, c.name]));
  const used: UsedAddress[] = topology.endpoints
    .filter((e) => e.networkId === networkId && e.ipv4)
    .map((e) => ({ ipv4: e.ipv4!, by: names.get(e.containerId) ?? 'a container' }));
  const seen = new Set(used.map((u) => u.ipv4));
  const add = (ipv4: string, by: string) => {
    if (!seen.has(ipv4)) used.push({ ipv4, by });
    seen.add(ipv4);
  };
  for (const service of topology.swarms.flatMap((s) => s.services)) {
    for (const v of service.vips) if (v.networkId === networkId) add(v.ip.split('/')[0], `the virtual IP of service ${service.name}`);
    for (const t of service.tasks) for (const a of t.addresses) if (a.networkId === networkId) add(a.ip.split('/')[0], `a task of service ${service.name}`);
  }
  return used;
}
