import type { Endpoint, Network } from './types';

/** The facts about one endpoint the engine's gateway rule looks at. */
interface Candidate {
  endpoint: Endpoint;
  network: Network;
  gw4: boolean;
  gw6: boolean;
}

/** The engine's major version (`28.5.2` → 28); 0 when unreadable (treated as an old engine). */
export function engineMajor(serverVersion: string): number {
  const m = /^(\d+)\./.exec(serverVersion);
  return m ? Number(m[1]) : 0;
}

/**
 * libnetwork's `Endpoint.Less`: better default-gateway candidates first. Higher gateway priority, then not
 * swarm's docker_gwbridge, then not internal, then more gateways (Engine 28 counts families with a gateway,
 * 2 > 1 > 0; older engines weigh an IPv6 gateway 2 and an IPv4 one 1), then network name.
 */
function less(major: number) {
  const weight = (c: Candidate) => (major >= 28 ? Number(c.gw4) + Number(c.gw6) : Number(c.gw4) + 2 * Number(c.gw6));
  return (a: Candidate, b: Candidate): number =>
    b.endpoint.gwPriority - a.endpoint.gwPriority ||
    Number(a.network.name === 'docker_gwbridge') - Number(b.network.name === 'docker_gwbridge') ||
    Number(a.network.internal) - Number(b.network.internal) ||
    weight(b) - weight(a) ||
    (a.network.name < b.network.name ? -1 : a.network.name > b.network.name ? 1 : 0);
}

/**
 * Which of one running container's endpoints carry its IPv4 and IPv6 default routes, by the rule of the
 * engine's version (moby libnetwork `getGatewayEndpoint`):
 * - before 28: the first endpoint in `less` order with an IPv4 gateway carries both routes (IPv6 only
 *   when that endpoint has an IPv6 gateway too);
 * - 28 and later (`selectGatewayEndpoint`): walking that order, the first dual-stack endpoint carries both;
 *   otherwise the first with an IPv4 gateway carries IPv4 and the first with an IPv6 gateway carries IPv6.
 * Internal networks give no gateway; host and none are never gateways.
 */
export function pickDefaultRoutes(endpoints: Endpoint[], networkOf: (e: Endpoint) => Network | undefined, serverVersion: string): { v4: Endpoint | null; v6: Endpoint | null } {
  const major = engineMajor(serverVersion);
  const candidates: Candidate[] = [];
  for (const endpoint of endpoints) {
    const network = networkOf(endpoint);
    if (!network || network.driver === 'host' || network.driver === 'null') continue;
    if (!endpoint.ipv4 && !endpoint.ipv6) continue;
    candidates.push({ endpoint, network, gw4: Boolean(endpoint.gateway && endpoint.ipv4), gw6: Boolean(endpoint.ipv6Gateway && endpoint.ipv6) });
  }
  candidates.sort(less(major));
  if (major < 28) {
    const gw = candidates.find((c) => c.gw4);
    return { v4: gw?.endpoint ?? null, v6: gw?.gw6 ? gw.endpoint : null };
  }
  let v4: Endpoint | null = null;
  let v6: Endpoint | null = null;
  for (const c of candidates) {
    if (c.gw4 && c.gw6) return { v4: c.endpoint, v6: c.endpoint };
    if (c.gw4 && !v4) v4 = c.endpoint;
    if (c.gw6 && !v6) v6 = c.endpoint;
  }
  return { v4, v6 };
}

/** Marks `defaultRoute`/`defaultRoute6` on one container's endpoints (`own`: all of them, no other container's). */
export function withOwnDefaultRoutes(own: Endpoint[], networkOf: (e: Endpoint) => Network | undefined, serverVersion: string): Endpoint[] {
  const { v4, v6 } = pickDefaultRoutes(own, networkOf, serverVersion);
  if (!v4 && !v6) return own;
  return own.map((e) => (e === v4 || e === v6 ? { ...e, defaultRoute: e === v4, defaultRoute6: e === v6 } : e));
}
