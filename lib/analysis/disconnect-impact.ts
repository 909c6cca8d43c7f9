import type { Container, Network, Topology } from '../topology/types';

/** A peer and the networks it would still share with the container after the disconnect. */
export interface Peer {
  id: string;
  name: string;
  /** Names of the other networks both stay on; empty: they lose contact entirely. */
  stillSharing: string[];
}

/** What stops working when a container leaves a network: shown before the user confirms. */
export interface DisconnectImpact {
  container: Container;
  network: Network;
  /** The names by which others on this network reach it, which stop resolving there. */
  lostNames: string[];
  /** Its address on this network, which goes away. */
  lostIpv4: string | null;
  /** The other containers on this network. */
  peers: Peer[];
  /** Containers in `container:<this>` mode: they share its stack, so they leave the network too. */
  sharingStack: string[];
  /** True when this is its last network: it keeps only loopback. */
  lastNetwork: boolean;
}

/**
 * Computes, from the topology alone, what a `docker network disconnect` would take away, or null
 * when the container is not on that network. Pure: the dialog shows it before anything is sent.
 */
export function disconnectImpact(topology: Topology, containerId: string, networkId: string): DisconnectImpact | null {
  const container = topology.containers.find((c) => c.id === containerId);
  const network = topology.networks.find((n) => n.id === networkId);
  const endpoint = topology.endpoints.find((e) => e.containerId === containerId && e.networkId === networkId);
  if (!container || !network || !endpoint) return null;
  const netName = new Map(topology.networks.map((n) => [n.id, n.name]));
  const networksOf = (id: string) => new Set(topology.endpoints.filter((e) => e.containerId === id).map((e) => e.networkId));
  const remaining = networksOf(containerId);
  remaining.delete(networkId);
  const peers = topology.endpoints
    .filter((e) => e.networkId === networkId && e.containerId !== containerId)
    .map((e) => topology.containers.find((c) => c.id === e.containerId))
    .filter((c): c is Container => Boolean(c))
    .map((c) => ({
      id: c.id,
      name: c.name,
      stillSharing: [...networksOf(c.id)].filter((n) => remaining.has(n)).map((n) => netName.get(n) ?? n).sort(),
    }))
    .sort((a, b) => a.stillSharing.length - b.stillSharing.length || a.name.localeCompare(b.name));
  return {
    container,
    network,
    lostNames: endpoint.dnsNames,
    lostIpv4: endpoint.ipv4,
    peers,
    sharingStack: topology.containers.filter((c) => c.sharesNetworkWith === containerId).map((c) => c.name).sort(),
    lastNetwork: remaining.size === 0,
  };
}
