import { parseIpv4 } from '../topology/ipv4';
import { cidrHas, formatIpv4, parseIpv4Cidr, type Ipv4Cidr } from '../topology/ipv4-cidr';
import type { Subnet } from '../topology/types';

/** An address taken on the network, and by whom (a container name, or "the gateway"). */
export interface UsedAddress {
  ipv4: string;
  by: string;
}

export type StaticIpv4Verdict =
  | { ok: true }
  | { ok: false; code: 'bad_request' | 'conflict'; message: string; suggestion: string | null };

interface Pool {
  subnet: Ipv4Cidr;
  range: Ipv4Cidr | null;
}

/** Host addresses only: not the network and broadcast addresses (a /31 or /32 has none to spare). */
function isHost(pool: Pool, n: number): boolean {
  return pool.subnet.bits >= 31 || (n !== pool.subnet.first && n !== pool.subnet.last);
}

/**
 * A free address, scanning up from `from` and wrapping. Addresses outside the IP range come first:
 * the engine hands out range addresses to containers that ask for none, so a static one outside it
 * never competes with them.
 */
function suggest(pools: Pool[], taken: Set<number>, from: number | null, limit = 1 << 16): string | null {
  for (const outsideRangeOnly of [true, false]) {
    for (const pool of pools) {
      const size = pool.subnet.last - pool.subnet.first + 1;
      const start = from !== null && cidrHas(pool.subnet, from) ? from - pool.subnet.first : 0;
      for (let i = 0; i < Math.min(size, limit); i++) {
        const n = pool.subnet.first + ((start + i) % size);
        if (!isHost(pool, n) || taken.has(n)) continue;
        if (outsideRangeOnly && pool.range && cidrHas(pool.range, n)) continue;
        return formatIpv4(n);
      }
    }
  }
  return null;
}

/** Addresses taken on a network, and by whom: the gateways and the containers' endpoints. */
function takenAddresses(subnets: Subnet[], used: UsedAddress[]): Map<number, string> {
  const takenBy = new Map<number, string>();
  for (const s of subnets) {
    // Engine 20.10 leaves out a gateway nobody asked for: it is then the subnet's first host address.
    const gateway = s.gateway ? parseIpv4(s.gateway) : (parseIpv4Cidr(s.subnet)?.first ?? -2) + 1;
    if (gateway !== null && gateway >= 0) takenBy.set(gateway, 'the gateway');
  }
  for (const u of used) if (parseIpv4(u.ipv4) !== null) takenBy.set(parseIpv4(u.ipv4)!, u.by);
  return takenBy;
}

const toPools = (subnets: Subnet[]): Pool[] =>
  subnets
    .map((s) => ({ subnet: parseIpv4Cidr(s.subnet), range: s.ipRange ? parseIpv4Cidr(s.ipRange) : null }))
    .filter((p): p is Pool => p.subnet !== null);

/**
 * A free address to offer as a static IPv4 on a network (outside its IP range when there is room, so
 * it never competes with the addresses the engine hands out), or null when the network has no IPv4
 * subnet or no free address.
 */
export function suggestStaticIpv4(subnets: Subnet[], used: UsedAddress[]): string | null {
  return suggest(toPools(subnets), new Set(takenAddresses(subnets, used).keys()), null);
}

/**
 * Whether `ipv4` can be given to a container joining a network with these subnets: inside an IPv4
 * subnet (the IP range only steers the suggestion, as the engine accepts any subnet address), a host
 * address, not the gateway, not in use. A refusal carries a free address to try instead.
 */
export function checkStaticIpv4(ipv4: string, subnets: Subnet[], used: UsedAddress[]): StaticIpv4Verdict {
  const pools = toPools(subnets);
  const n = parseIpv4(ipv4);
  if (pools.length === 0 || n === null) return { ok: true }; // nothing to check against: the engine decides
  const takenBy = takenAddresses(subnets, used);
  const taken = new Set(takenBy.keys());
  const pool = pools.find((p) => cidrHas(p.subnet, n));
  const suggestion = suggest(pools, taken, n);
  const tryInstead = suggestion ? ` A free address is ${suggestion}.` : ' The network has no free address left.';
  if (!pool) {
    const list = pools.map((p) => p.subnet.text).join(', ');
    return { ok: false, code: 'bad_request', message: `${ipv4} is outside the network's subnet (${list}).${tryInstead}`, suggestion };
  }
  if (!isHost(pool, n)) {
    const what = n === pool.subnet.first ? 'network' : 'broadcast';
    return { ok: false, code: 'bad_request', message: `${ipv4} is the ${what} address of ${pool.subnet.text}.${tryInstead}`, suggestion };
  }
  if (takenBy.has(n)) {
    return { ok: false, code: 'conflict', message: `${ipv4} is already used by ${takenBy.get(n)}.${tryInstead}`, suggestion };
  }
  return { ok: true };
}
