import type { Network } from '../topology/types';

/** A one-line fact on a network's card that changes who reaches whom, with its tone. */
export interface NetworkBadge {
  text: string;
  tone: 'neutral' | 'warn' | 'info';
}

/**
 * What a network's card must say at a glance, most consequential first: no network at all (host, none),
 * no name resolution (default bridge), the LAN attachment of macvlan/ipvlan (the host cannot reach those
 * containers), no way out (internal), and gateway modes other than Docker's default NAT.
 */
export function networkBadges(n: Network): NetworkBadge[] {
  if (n.driver === 'host') return [{ text: 'host: shares the host’s network stack', tone: 'neutral' }];
  if (n.driver === 'null') return [{ text: 'none: no network at all', tone: 'neutral' }];
  const out: NetworkBadge[] = [];
  if (!n.dns && (n.driver === 'bridge' || n.driver === 'overlay')) out.push({ text: 'no name resolution: containers reach each other by IP only', tone: 'warn' });
  if (n.driver === 'macvlan' || n.driver === 'ipvlan') {
    out.push({ text: `on ${n.parent ?? 'a host interface'} (${n.driver}): on the LAN with their own addresses; the host itself cannot reach them`, tone: 'info' });
  }
  if (n.internal) out.push({ text: 'internal: no way out, no default route', tone: 'info' });
  const modes = n.gatewayModes;
  if (modes) {
    const families = (['ipv4', 'ipv6'] as const).filter((f) => (f === 'ipv4' ? n.ipv4 : n.ipv6) && modes[f] !== 'nat');
    for (const f of families) {
      const words = { routed: 'routed, no NAT: published ports open at container addresses', 'nat-unprotected': 'nat-unprotected: every port reachable from the LAN', isolated: 'isolated: nothing outside reaches it', nat: '' }[modes[f]];
      out.push({ text: `${f === 'ipv4' ? 'IPv4' : 'IPv6'} ${words}`, tone: modes[f] === 'nat-unprotected' ? 'warn' : 'info' });
    }
  }
  return out;
}

/** The addressing line of the card: `fd00:db8:2::/64 · IPv6 only`, `10.5.0.0/24 + fd00::/64`. */
export function addressingLine(n: Network): string {
  const v4 = n.subnets.find((s) => s.family === 4)?.subnet;
  const v6 = n.subnets.find((s) => s.family === 6)?.subnet;
  if (n.ipv6 && !n.ipv4) return `${v6 ?? 'IPv6'} · IPv6 only`;
  if (v4 && v6) return `${v4} + ${v6}`;
  return v4 ?? v6 ?? '';
}
