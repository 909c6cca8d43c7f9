/**
 * CSRF guard for state-changing requests: the Origin header must name this very server
 * (scheme, host and port of the Host header the request came in on). A missing Origin is refused.
 */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    const o = new URL(origin);
    return (o.protocol === 'http:' || o.protocol === 'https:') && o.host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
