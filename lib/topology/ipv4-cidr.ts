import { ipv4Mask, parseIpv4 } from './ipv4';

/** A parsed IPv4 CIDR: the first and last address it covers, as unsigned 32-bit numbers. */
export interface Ipv4Cidr {
  /** The CIDR as written, e.g. `10.5.0.0/24`. */
  text: string;
  bits: number;
  first: number;
  last: number;
}

/** Formats an unsigned 32-bit number as a dotted IPv4 address. */
export function formatIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
}

/**
 * Parses `a.b.c.d/n`. Returns null for anything else, and for a CIDR with host bits set
 * (`10.5.0.1/24`): the engine would silently widen it, so the caller should ask for the network address.
 */
export function parseIpv4Cidr(text: string): Ipv4Cidr | null {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text);
  if (!m) return null;
  const base = parseIpv4(m[1]);
  const bits = Number(m[2]);
  if (base === null || bits > 32) return null;
  const mask = ipv4Mask(bits);
  if (((base & mask) >>> 0) !== base) return null;
  return { text: `${m[1]}/${bits}`, bits, first: base, last: (base | (~mask >>> 0)) >>> 0 };
}

/** The network address of `ip/bits` as a CIDR, for "did you mean" messages. */
export function networkOf(ip: string, bits: number): string | null {
  const n = parseIpv4(ip);
  if (n === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return null;
  const mask = ipv4Mask(bits);
  return `${formatIpv4((n & mask) >>> 0)}/${bits}`;
}

/** True when address `n` lies in `cidr`. */
export function cidrHas(cidr: Ipv4Cidr, n: number): boolean {
  return n >= cidr.first && n <= cidr.last;
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrInside(inner: Ipv4Cidr, outer: Ipv4Cidr): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}
