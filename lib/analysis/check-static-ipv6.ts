import { formatIpv6, parseIpv6 } from '../topology/ipv6';
import type { Network, Subnet } from '../topology/types';
import type { StaticIpv4Verdict } from './check-static-ipv4';

/** An IPv6 address taken on the network, and by whom (a container name, or "the gateway"). */
export interface UsedIpv6Address {
  ipv6: string;
  by: string;
}

/** Same shape as the IPv4 verdict: a refusal carries its status and a free address to try. */
export type StaticIpv6Verdict = StaticIpv4Verdict;

interface Pool {
  text: string;
  first: bigint;
  last: bigint;
  gateway: bigint;
  range: { first: bigint; last: bigint } | null;
}

const ONE = BigInt(1);
const ALL = (ONE << BigInt(128)) - ONE;
/** How far a suggestion looks: enough for any real network, bounded for a /48. */
const SCAN = 1 << 16;

/** First and last address of `addr/bits`, host bits cleared (an engine may store a subnet as typed). */
function span(text: string): { first: bigint; last: bigint } | null {
  const [addr, bitsText] = text.split('/');
  const base = parseIpv6(addr);
  const bits = Number(bitsText);
  if (base === null || !Number.isInteger(bits) || bits < 0 || bits > 128) return null;
  const host = bits === 128 ? BigInt(0) : ALL >> BigInt(bits);
  return { first: base & ~host & ALL, last: (base & ~host & ALL) | host };
}

function toPools(subnets: Subnet[]): Pool[] {
  return subnets.flatMap((s) => {
    const whole = s.family === 6 ? span(s.subnet) : null;
    if (!whole) return [];
    // An engine leaves out a gateway nobody asked for: it is then the subnet's first address after ::0.
    const gateway = (s.gateway ? parseIpv6(s.gateway) : null) ?? whole.first + ONE;
    return [{ text: s.subnet, ...whole, gateway, range: s.ipRange ? span(s.ipRange) : null }];
  });
}

/** Addresses taken on the network, and by whom: the gateways and the containers' endpoints. */
function takenAddresses(pools: Pool[], used: UsedIpv6Address[]): Map<bigint, string> {
  const takenBy = new Map<bigint, string>(pools.map((p) => [p.gateway, 'the gateway']));
  for (const u of used) {
    const n = parseIpv6(u.ipv6.split('/')[0]);
    if (n !== null) takenBy.set(n, u.by);
  }
  return takenBy;
}

const inside = (r: { first: bigint; last: bigint }, n: bigint) => n >= r.first && n <= r.last;

/**
 * A free address, scanning up from `from` (else from each subnet's gateway) and wrapping inside the
 * subnet. Addresses outside the IP range come first: the engine hands out range addresses to containers
 * that ask for none, so a static one outside it never competes with them. The subnet's first address
 * (subnet-router anycast) is never offered: the engine keeps it.
 */
function suggest(pools: Pool[], taken: Map<bigint, string>, from: bigint | null): string | null {
  for (const outsideRangeOnly of [true, false]) {
    for (const pool of pools) {
      const size = pool.last - pool.first + ONE;
      const start = (from !== null && inside(pool, from) ? from : pool.gateway) - pool.first;
      for (let i = 0; i < SCAN && BigInt(i) < size; i++) {
        const n = pool.first + ((start + BigInt(i)) % size);
        if (n === pool.first || taken.has(n)) continue;
        if (outsideRangeOnly && pool.range && inside(pool.range, n)) continue;
        return formatIpv6(n);
      }
    }
  }
  return null;
}

/**
 * A free address to offer as a static IPv6 on a network (the next free one after the gateway, outside
 * the IP range when there is room), or null when the network has no IPv6 subnet or no free address.
 */
export function suggestStaticIpv6(subnets: Subnet[], used: UsedIpv6Address[]): string | null {
  const pools = toPools(subnets);
  return suggest(pools, takenAddresses(pools, used), null);
}

/**
 * Whether `ipv6` can be given to a container joining `network`: the network has IPv6, the address lies
 * in one of its IPv6 subnets (the IP range only steers the suggestion, as the engine accepts any subnet
 * address), is not the subnet-router anycast address, the gateway, or in use. A refusal carries a free
 * address to try instead. A network that lists no IPv6 subnet although IPv6 is on is left to the engine.
 */
export function checkStaticIpv6(ipv6: string, network: Pick<Network, 'ipv6' | 'subnets'>, used: UsedIpv6Address[]): StaticIpv6Verdict {
  if (!network.ipv6) {
    return { ok: false, code: 'bad_request', message: 'the network has no IPv6 (it was created without --ipv6).', suggestion: null };
  }
  const pools = toPools(network.subnets);
  const n = parseIpv6(ipv6);
  if (pools.length === 0 || n === null) return { ok: true };
  const takenBy = takenAddresses(pools, used);
  const pool = pools.find((p) => inside(p, n));
  const suggestion = suggest(pools, takenBy, n);
  const tryInstead = suggestion ? ` A free address is ${suggestion}.` : ' The network has no free IPv6 address left.';
  if (!pool) {
    const list = pools.map((p) => p.text).join(', ');
    return { ok: false, code: 'bad_request', message: `${ipv6} is outside the network's IPv6 subnet (${list}).${tryInstead}`, suggestion };
  }
  if (n === pool.first) {
    return { ok: false, code: 'bad_request', message: `${ipv6} is the subnet-router anycast address of ${pool.text}, which the engine keeps.${tryInstead}`, suggestion };
  }
  if (takenBy.has(n)) {
    return { ok: false, code: 'conflict', message: `${ipv6} is already used by ${takenBy.get(n)}.${tryInstead}`, suggestion };
  }
  return { ok: true };
}
