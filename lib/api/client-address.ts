/**
 * Set by scripts/client-address.cjs, which `npm start` preloads into `next start`: from then on every
 * request's `X-Forwarded-For` is the address of the socket it came in on, never a client's own.
 */
export const FROM_SOCKET = Symbol.for('netatlas.clientAddressFromSocket');

/** The one key of every client when the address cannot be trusted. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client a request comes from, as a key for counting its failed attempts.
 *
 * Next 16 (`next start`) sets `X-Forwarded-For` to the socket's address only when the request has none
 * (`??=` in base-server), so on its own the header is whatever the client wrote, and a guesser could
 * name a new address on every try. The header is trusted only when the preload says it overwrites it
 * with the socket's address before Next sees the request; without it (`next dev`, a bare `next start`)
 * every client shares one key. That costs nothing to a user with the right token, which is never counted.
 *
 * Behind a reverse proxy every client is the proxy's address, so all share one key, on the same terms.
 * IPv4-mapped IPv6 addresses are plain IPv4; an IPv6 address counts for its /64, the block one
 * machine is usually given (an attacker with one /64 has 2^64 addresses to try from).
 */
export function clientAddress(forwardedFor: string | null, trusted = (globalThis as Record<symbol, unknown>)[FROM_SOCKET] === true): string {
  const address = forwardedFor?.trim().replace(/%.*$/, '').toLowerCase();
  if (!trusted || !address) return UNKNOWN_CLIENT;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1];
  return address.includes(':') ? prefix64(address) : address;
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
