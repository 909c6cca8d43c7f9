const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];

/** Splits a Host header into hostname (lower-case, IPv6 kept in brackets) and port. */
export function hostnameOf(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':')[0];
}

/** The host names a request may be addressed to: loopback, plus NETATLAS_ALLOWED_HOSTS (comma-separated). */
export function allowedHostnames(extra: string | undefined): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  for (const name of (extra ?? '').split(',')) if (name.trim()) names.add(hostnameOf(name));
  return names;
}

/**
 * DNS-rebinding guard: a page on evil.example that resolves to 127.0.0.1 still sends
 * `Host: evil.example`, so only known names are served. 127.x.y.z loopback addresses all pass.
 */
export function isAllowedHost(hostHeader: string | null, allowed: Set<string>): boolean {
  if (!hostHeader) return false;
  const name = hostnameOf(hostHeader);
  return allowed.has(name) || /^127(\.\d{1,3}){3}$/.test(name);
}
