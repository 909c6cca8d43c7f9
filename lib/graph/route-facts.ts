import type { Endpoint, GatewayMode, Network } from '../topology/types';

/**
 * Which families' default route an attachment carries, for a container on several addressed networks
 * (where it is a choice worth showing); null when it carries none or the container has only one.
 */
export function routeMark(endpoint: Endpoint, own: Endpoint[]): 'IPv4' | 'IPv6' | 'IPv4+IPv6' | null {
  if (own.filter((e) => e.ipv4 || e.ipv6).length < 2) return null;
  if (endpoint.defaultRoute && endpoint.defaultRoute6) return 'IPv4+IPv6';
  if (endpoint.defaultRoute) return 'IPv4';
  return endpoint.defaultRoute6 ? 'IPv6' : null;
}

/**
 * Where a container's traffic to the outside world leaves, in words: "default route via backend";
 * "IPv4 default route via frontend, IPv6 via v6net"; "no default route: …". Null when it has no address.
 */
export function defaultRouteSentence(own: Endpoint[], networks: ReadonlyMap<string, Network>): string | null {
  const addressed = own.filter((e) => e.ipv4 || e.ipv6);
  if (addressed.length === 0) return null;
  const name = (e: Endpoint | undefined) => (e ? networks.get(e.networkId)?.name ?? '?' : null);
  const v4 = name(addressed.find((e) => e.defaultRoute));
  const v6 = name(addressed.find((e) => e.defaultRoute6));
  const why = addressed.every((e) => networks.get(e.networkId)?.internal) ? 'only internal networks' : 'no network offers a gateway';
  if (!v4 && !v6) return `no default route (${why}): it reaches nothing outside its networks`;
  if (v4 === v6) return `default route via ${v4}`;
  if (v4 && v6) return `IPv4 default route via ${v4}, IPv6 via ${v6}`;
  if (v4) return addressed.some((e) => e.ipv6) ? `default route via ${v4} (IPv4; no IPv6 default route)` : `default route via ${v4}`;
  return `default route via ${v6} (IPv6 only; no IPv4 default route)`;
}

const MODE_WORDS: Record<GatewayMode, string> = {
  nat: 'containers reach out through the host’s address; from other machines only published ports answer, at the host’s addresses (Engine 28 drops packets sent straight to a container)',
  'nat-unprotected': 'NAT, but any machine that routes to this subnet reaches every port of every container, published or not',
  routed: 'no NAT: containers keep their own address outside; published ports are reachable at the container’s address, nothing else',
  isolated: 'no gateway on the host: containers talk only to each other; the host cannot reach them',
};

/** What a bridge's gateway mode means for who can reach its containers, for one family. */
export function gatewayModeSentence(mode: GatewayMode): string {
  return MODE_WORDS[mode];
}

/** What a network's addressing is: "IPv4 and IPv6", "IPv6 only", "IPv4". */
export function familiesText(n: Network): string {
  if (n.ipv4 && n.ipv6) return 'IPv4 and IPv6 (dual-stack)';
  if (n.ipv6) return 'IPv6 only';
  return n.ipv4 ? 'IPv4' : 'none';
}

/** An endpoint address with its prefix and whether the user fixed it: `10.5.0.9/24 (fixed)`. */
export function addressText(ip: string | null, prefixLen: number | null, fixed: string | null): string {
  if (!ip) return '';
  return `${ip}${prefixLen != null ? `/${prefixLen}` : ''}${fixed && fixed === ip ? ' (fixed)' : fixed ? ` (fixed ${fixed})` : ''}`;
}
