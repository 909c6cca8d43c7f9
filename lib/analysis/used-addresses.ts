import type { Container, Endpoint, SwarmService } from '../topology/types';
import { ipFamily } from '../topology/ipv6';
import type { UsedAddress } from './check-static-ipv4';
import type { UsedIpv6Address } from './check-static-ipv6';

/** The addresses taken on a network, by whom, per family (what checkStaticIpv4/6 take). */
export interface UsedAddresses {
  ipv4: UsedAddress[];
  ipv6: UsedIpv6Address[];
}

/**
 * What usedAddresses reads: a Topology, or as much of one as the server has at hand (a network
 * inspect's endpoints, no swarm).
 */
export interface AddressHolders {
  containers: ReadonlyArray<Pick<Container, 'id' | 'name'>>;
  endpoints: ReadonlyArray<Pick<Endpoint, 'networkId' | 'containerId' | 'ipv4' | 'ipv6'>>;
  swarms: ReadonlyArray<{ services: ReadonlyArray<Pick<SwarmService, 'name' | 'vips' | 'tasks'>> }>;
}

/**
 * The IPv4 and IPv6 addresses taken on a network, by whom, as the topology shows them: the
 * containers' endpoints (of every engine, for a swarm network: it has the same id on each), then the
 * swarm's virtual IPs and task addresses there, which also hold addresses on nodes netatlas may not
 * watch. Each address once, the first holder named.
 */
export function usedAddresses(topology: AddressHolders, networkId: string): UsedAddresses {
  const names = new Map(topology.containers.map((c) => [c.id, c.name]));
  const used: UsedAddresses = { ipv4: [], ipv6: [] };
  const seen = new Set<string>();
  const add = (ip: string, by: string) => {
    const address = ip.split('/')[0];
    const family = ipFamily(address);
    if (!family || seen.has(address)) return;
    seen.add(address);
    if (family === 4) used.ipv4.push({ ipv4: address, by });
    else used.ipv6.push({ ipv6: address, by });
  };
  for (const e of topology.endpoints) {
    if (e.networkId !== networkId) continue;
    const by = names.get(e.containerId) ?? 'a container';
    if (e.ipv4) add(e.ipv4, by);
    if (e.ipv6) add(e.ipv6, by);
  }
  for (const service of topology.swarms.flatMap((s) => s.services)) {
    for (const v of service.vips) if (v.networkId === networkId) add(v.ip, `the virtual IP of service ${service.name}`);
    for (const t of service.tasks) for (const a of t.addresses) if (a.networkId === networkId) add(a.ip, `a task of service ${service.name}`);
  }
  return used;
}
