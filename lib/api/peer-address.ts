import { BlockList, isIP } from 'node:net';
import { tokenMatches } from './token-auth';

/** What scripts/peer-stamp.cjs leaves on globalThis: the header it writes and the secret it signs with. */
interface PeerStamp {
  header: string;
  secret: string;
}

const STAMP = Symbol.for('netatlas.peerStamp');

function installedStamp(): PeerStamp | null {
  return ((globalThis as Record<symbol, PeerStamp | undefined>)[STAMP]) ?? null;
}

/**
 * The address of the socket a request came in on, as stamped by scripts/peer-stamp.cjs; null when the
 * request carries no genuine stamp (it arrived before the stamp was installed, or the header is a
 * client's own, which cannot know the secret). IPv4-mapped IPv6 is read as IPv4, a zone is dropped.
 */
export function peerAddress(headers: Headers, stamp: PeerStamp | null = installedStamp()): string | null {
  const value = stamp ? headers.get(stamp.header) : null;
  if (!stamp || !value) return null;
  const space = value.indexOf(' ');
  if (space < 0 || !tokenMatches(value.slice(0, space), stamp.secret)) return null;
  const address = value.slice(space + 1).replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  const plain = mapped ? mapped[1] : address;
  return isIP(plain) ? plain : null;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** 127.0.0.0/8 and ::1 (however written, IPv4-mapped included): where a connection from this machine's own loopback comes from. */
export function isLoopbackAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
