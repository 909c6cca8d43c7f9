import { describe, expect, it } from 'vitest';
import { SESSION_SECONDS, closeSession, openSession, sessionCookie, sessionValid } from './sessions';

describe('sessions', () => {
  it('a session is random, valid until it ends or is closed', () => {
    const t0 = 1_000_000;
    const a = openSession(t0);
    const b = openSession(t0);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessionValid(a, t0 + 1000)).toBe(true);
    expect(sessionValid(a, t0 + SESSION_SECONDS * 1000)).toBe(false);
    closeSession(b);
    expect(sessionValid(b, t0 + 1000)).toBe(false);
    expect(sessionValid('forged', t0)).toBe(false);
    expect(sessionValid(undefined, t0)).toBe(false);
  });
  it('the cookie: HttpOnly, SameSite=Strict, a lifetime, Secure over https; clearing it', () => {
    expect(sessionCookie('abc', false)).toBe(`netatlas_session=abc; Max-Age=${SESSION_SECONDS}; HttpOnly; SameSite=Strict; Path=/`);
    expect(sessionCookie('abc', true)).toMatch(/; Secure$/);
    expect(sessionCookie(null, false)).toBe('netatlas_session=; Max-Age=0; HttpOnly; SameSite=Strict; Path=/');
  });
});
