import { createHash, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of a presented token with the configured one. */
export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token a request carries in `Authorization: Bearer <token>` (the login cookie holds a session id, never the token). */
export function bearerToken(authorization: string | null): string | null {
  const m = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return m ? m[1].trim() : null;
}
