/**
 * IPv6 address arithmetic for the domain model: Engine 28 networks can be dual-stack or IPv6-only, so
 * subnets, gateways and "is this address free" hold for both families.
 */

/** Parses an IPv6 address (`fd00:db8::1`, `::`, `::ffff:10.0.0.1`) to a 128-bit bigint; null when it is not one. */
export function parseIpv6(text: string): bigint | null {
  let s = text.trim();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+$/.test(s)) return null;
  // A trailing dotted IPv4 part is two 16-bit groups.
  const dotted = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted) {
    const parts = dotted[2].split('.').map(Number);
    if (parts.some((p) => p > 255)) return null;
    s = `${dotted[1]}${((parts[0] << 8) | parts[1]).toString(16)}:${((parts[2] << 8) | parts[3]).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let n = BigInt(0);
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    n = (n << BigInt(16)) | BigInt(parseInt(g, 16));
  }
  return n;
}

/** Formats a 128-bit number in the canonical short form (RFC 5952: longest zero run compressed). */
export function formatIpv6(n: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((n >> BigInt(i * 16)) & BigInt(0xffff)));
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.len && j - i > 1) best = { at: i, len: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.len).join(':')}`;
}

/** A parsed IPv6 CIDR: first and last address as 128-bit numbers. */
export interface Ipv6Cidr {
  text: string;
  bits: number;
  first: bigint;
  last: bigint;
}

const ALL = (BigInt(1) << BigInt(128)) - BigInt(1);

/** Parses `addr/n`; null for anything else or a CIDR with host bits set (the engine would widen it). */
export function parseIpv6Cidr(text: string): Ipv6Cidr | null {
  const m = /^([0-9a-fA-F:.]+)\/(\d{1,3})$/.exec(text.trim());
  if (!m) return null;
  const base = parseIpv6(m[1]);
  const bits = Number(m[2]);
  if (base === null || bits > 128) return null;
  const host = bits === 128 ? BigInt(0) : ALL >> BigInt(bits);
  if ((base & host) !== BigInt(0)) return null;
  return { text: `${formatIpv6(base)}/${bits}`, bits, first: base, last: base | host };
}

/** True when `ip` lies inside the IPv6 `cidr`; false for anything unparsable. */
export function ipv6InCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  const a = parseIpv6(ip);
  const b = parseIpv6(base);
  if (a === null || b === null || !Number.isInteger(bits) || bits < 0 || bits > 128) return false;
  const host = bits === 128 ? BigInt(0) : ALL >> BigInt(bits);
  return (a & ~host & ALL) === (b & ~host & ALL);
}

/**
 * One spelling per address: an IPv6 address in its canonical form (RFC 5952, as the engine and nslookup
 * write it), anything else as it is. So `FD00:0DB8::0001` and `fd00:db8::1` compare equal.
 */
export function canonicalIp(address: string): string {
  const v6 = address.includes(':') ? parseIpv6(address) : null;
  return v6 === null ? address : formatIpv6(v6);
}

/** 4 or 6 for an address or CIDR by its spelling; null for neither. */
export function ipFamily(text: string): 4 | 6 | null {
  const addr = text.split('/')[0];
  if (parseIpv6(addr) !== null) return 6;
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(addr) ? 4 : null;
}
