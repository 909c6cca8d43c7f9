import { randomBytes } from 'node:crypto';

/** The login cookie: a random session id (HttpOnly, SameSite=Strict), never the token itself. */
export const SESSION_COOKIE = 'netatlas_session';
/** How long a login lasts; then the page asks for the token again. */
export const SESSION_SECONDS = 12 * 60 * 60;
/** Sessions kept at most (the oldest go first): a flood of logins cannot grow the server without bound. */
const MAX_SESSIONS = 10_000;

const SHARED = Symbol.for('netatlas.sessions');

/**
 * Open sessions: id → when it ends (ms). Kept in memory (a restart logs everyone out) and on globalThis,
 * because proxy.ts and the login/logout routes are bundled apart but run in the one `next start` process.
 */
function sessions(): Map<string, number> {
  const store = globalThis as Record<symbol, Map<string, number> | undefined>;
  return (store[SHARED] ??= new Map());
}

/** Starts a session after a right token: 256 random bits, ending SESSION_SECONDS from now. */
export function openSession(now = Date.now()): string {
  const all = sessions();
  for (const [id, ends] of all) if (ends <= now) all.delete(id);
  while (all.size >= MAX_SESSIONS) all.delete(all.keys().next().value as string);
  const id = randomBytes(32).toString('base64url');
  all.set(id, now + SESSION_SECONDS * 1000);
  return id;
}

/** True for a session that was opened here and has neither ended nor been closed. */
export function sessionValid(id: string | null | undefined, now = Date.now()): boolean {
  if (!id) return false;
  const ends = sessions().get(id);
  return ends !== undefined && ends > now;
}

/** Ends a session (logout); unknown ids are fine. */
export function closeSession(id: string | null | undefined): void {
  if (id) sessions().delete(id);
}

/** The Set-Cookie value for a session id, or for clearing it (`null`). */
export function sessionCookie(id: string | null, secure: boolean): string {
  const attributes = `HttpOnly; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;
  return id === null ? `${SESSION_COOKIE}=; Max-Age=0; ${attributes}` : `${SESSION_COOKIE}=${id}; Max-Age=${SESSION_SECONDS}; ${attributes}`;
}
