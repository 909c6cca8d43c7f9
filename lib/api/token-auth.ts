import { createHash, timingSafeEqual } from 'node:crypto';

/** The cookie the login page sets (HttpOnly, SameSite=Strict). */
export const TOKEN_COOKIE = 'netatlas_token';

/** Constant-time comparison of a presented token with the configured one. */
export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token a request carries: `Authorization: Bearer <token>` or the login cookie. */
export function presentedToken(authorization: string | null, cookie: string | undefined): string | null {
  const m = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return m ? m[1].trim() : cookie ?? null;
}
