import net from 'node:net';

/**
 * Whether a host name or address stays on this machine: 127.0.0.0/8 (also IPv4-mapped), ::1 and
 * `localhost`. Names are not resolved: a name that happens to resolve to loopback does not count.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) {
    if (/^(0{0,4}:){7}0{0,3}1$|^::1$/.test(h)) return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return mapped ? mapped[1].startsWith('127.') : false;
  }
  return false;
}
