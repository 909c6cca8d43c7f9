/** Parses a dotted IPv4 address to an unsigned 32-bit number; null when it is not one. */
export function parseIpv4(text: string): number | null {
  const parts = text.trim().split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

/** The netmask of a /bits prefix as an unsigned 32-bit number (`24` → 0xffffff00). */
export function ipv4Mask(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

/** True when `ip` lies inside the IPv4 `cidr` (e.g. `172.18.0.0/16`); false for anything unparsable. */
export function ipv4InCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  const a = parseIpv4(ip);
  const b = parseIpv4(base);
  if (a === null || b === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = ipv4Mask(bits);
  return ((a & mask) >>> 0) === ((b & mask) >>> 0);
}
