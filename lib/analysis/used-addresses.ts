import type { Topology } from '../topology/types';
import type { UsedAddress } from './check-static-ipv4';

/** The IPv4 addresses containers hold on a network, by container name, as the topology shows them. */
export function usedAddresses(topology: Topology, networkId: string): UsedAddress[] {
  const names = new Map(topology.containers.map((c) => [c.id, c.name]));
  return topology.endpoints
    .filter((e) => e.networkId === networkId && e.ipv4)
    .map((e) => ({ ipv4: e.ipv4!, by: names.get(e.containerId) ?? 'a container' }));
}
