/** The one key of every client whose address is not known (a request that came in before the stamp was installed). */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client a request comes from, as a key for counting its failed token attempts and its event
 * streams: the peer address of its connection (lib/api/peer-address.ts), never a header a client
 * wrote. Behind a reverse proxy every client is the proxy's address, so all share one key; that costs a
 * user with the right token nothing, since the right token is never counted.
 * An IPv6 address counts for its /64, the block one machine is usually given (an attacker with one /64
 * has 2^64 addresses to try from).
 */
export function clientAddress(peer: string | null): string {
  if (!peer) return UNKNOWN_CLIENT;
  return peer.includes(':') ? prefix64(peer) : peer;
}

/** The /64 of an IPv6 address, written in full groups without leading zeros: `2001:db8:0:1::/64`. */
function prefix64(address: string): string {
  const [head, tail] = address.split('::');
  const groups = head ? head.split(':') : [];
  if (tail !== undefined) {
    const rest = tail ? tail.split(':') : [];
    groups.push(...Array(Math.max(0, 8 - groups.length - rest.length)).fill('0'), ...rest);
  }
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}
