/** Who can reach a published port, decided by the host address it is bound to. */
export type PortScope = 'all' | 'loopback' | 'specific';

/**
 * `0.0.0.0` and `::` listen on every interface of the host (reachable from the network, not only
 * from this machine); `127.0.0.1`/`::1` only from the host itself; anything else from that address.
 */
export function toPortScope(hostIp: string): PortScope {
  if (hostIp === '' || hostIp === '0.0.0.0' || hostIp === '::') return 'all';
  if (hostIp === '::1' || /^127\./.test(hostIp)) return 'loopback';
  return 'specific';
}

/**
 * A host address as people write it next to a port: IPv6 in brackets (`[::]:8080`, `[::1]:5432`), an
 * empty address (the engine's "every interface") as `0.0.0.0`. Without a port, the bare address the same way.
 */
export function formatHostAddress(hostIp: string, port?: number): string {
  const ip = hostIp || '0.0.0.0';
  const shown = ip.includes(':') ? `[${ip}]` : ip;
  return port === undefined ? shown : `${shown}:${port}`;
}

export const PORT_SCOPE_LABEL: Record<PortScope, string> = {
  all: 'all interfaces',
  loopback: 'this host only',
  specific: 'this address only',
};
