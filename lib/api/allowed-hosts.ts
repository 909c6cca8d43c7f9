import { formatIpv6, parseIpv6 } from '../topology/ipv6';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** One DNS label: letters, digits and inner hyphens, 1 to 63 characters. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A Host header parsed strictly (RFC 9110 uri-host [":" port]): a host name of DNS labels or a dotted IPv4,
 * or a bracketed IPv6 literal, then at most a numeric port (1–65535). Anything else — userinfo
 * (`localhost:3000@evil.example`), trailing text after a bracket (`[::1]evil.example`), a non-numeric port
 * (`localhost:x`), spaces — is null: not a host this server can be addressed as.
 */
export function parseHost(hostHeader: string): { hostname: string; port: number | null } | null {
  const h = hostHeader.trim().toLowerCase();
  const m = /^(\[[^\]]*\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(h);
  if (!m) return null;
  const port = m[2] === undefined ? null : Number(m[2]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  const name = m[1];
  if (name.startsWith('[')) {
    const ip = parseIpv6(name.slice(1, -1));
    return ip === null || name.includes('%') ? null : { hostname: `[${formatIpv6(ip)}]`, port };
  }
  if (name.length > 253 || !name.replace(/\.$/, '').split('.').every((label) => LABEL.test(label))) return null;
  return { hostname: name.replace(/\.$/, ''), port };
}

/** The host names a request may be addressed to: loopback, plus NETATLAS_ALLOWED_HOSTS (comma-separated; malformed entries are ignored). */
export function allowedHostnames(extra: string | undefined): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  for (const entry of (extra ?? '').split(',')) {
    const parsed = entry.trim() ? parseHost(entry) : null;
    if (parsed) names.add(parsed.hostname);
  }
  return names;
}

/**
 * DNS-rebinding guard: a page on evil.example that resolves to 127.0.0.1 still sends
 * `Host: evil.example`, so only known names are served. 127.x.y.z loopback addresses all pass.
 * A Host that does not parse strictly is refused, whatever it contains.
 */
export function isAllowedHost(hostHeader: string | null, allowed: Set<string>): boolean {
  const parsed = hostHeader ? parseHost(hostHeader) : null;
  if (!parsed) return false;
  return allowed.has(parsed.hostname) || /^127(\.\d{1,3}){3}$/.test(parsed.hostname);
}
