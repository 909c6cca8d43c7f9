import { AppError } from '../errors/app-error';
import { createAttemptLimiter, type AttemptLimiter } from './attempt-limiter';
import { clientAddress } from './client-address';
import { tokenMatches } from './token-auth';

/** The answer to a presented token: let through, or refuse with this error and these extra headers. */
export type TokenVerdict = { ok: true } | { ok: false; error: AppError; headers: Record<string, string> };

const SHARED = Symbol.for('netatlas.tokenAttempts');

/**
 * One limiter for the whole server. proxy.ts (Bearer header, cookie) and the login route are bundled
 * apart, each with its own copy of this module, but run in the one Node process of `next start`: the
 * state hangs off globalThis so that both count into it.
 */
function sharedLimiter(): AttemptLimiter {
  const store = globalThis as Record<symbol, AttemptLimiter | undefined>;
  return (store[SHARED] ??= createAttemptLimiter());
}

/**
 * Checks a presented token against the configured one. The right token always passes, whatever came
 * before from the same address. A wrong one is counted against the client (`peer`, the connection's address,
 * see clientAddress); once the client is blocked, the refusal is 429 with Retry-After instead of 401.
 * No token at all is refused but not counted: it is not a guess (a browser's first visit, say).
 */
export function checkToken(presented: string | null | undefined, expected: string, peer: string | null, unauthorized: string): TokenVerdict {
  if (tokenMatches(presented, expected)) return { ok: true };
  if (!presented) return { ok: false, error: new AppError('unauthorized', unauthorized), headers: {} };
  return wrongCredential(peer, unauthorized);
}

/** A wrong credential (token, or a session id that is not one): counted against the client, 401 or 429. */
export function wrongCredential(peer: string | null, unauthorized: string): TokenVerdict {
  const wait = sharedLimiter().fail(clientAddress(peer));
  if (wait === 0) return { ok: false, error: new AppError('unauthorized', unauthorized), headers: {} };
  const error = new AppError('too_many_requests', `Too many wrong tokens from this address: try again in ${wait} s. The right token is never held back.`);
  return { ok: false, error, headers: { 'Retry-After': String(wait) } };
}
