import type { Container, Endpoint, Network } from '../topology/types';

/** What an attachment edge says: its IPv4 (or IPv6), or in words why it has none. */
export function toEdgeLabel(endpoint: Endpoint, network: Network, container: Container): string {
  if (network.driver === 'host') return 'host mode';
  if (network.driver === 'null') return 'no network';
  if (endpoint.ipv4) return endpoint.ipv4;
  if (endpoint.ipv6) return endpoint.ipv6;
  return container.state === 'running' ? 'no IP' : 'no IP (stopped)';
}
