import { describe, expect, it } from 'vitest';
import { checkToken } from './check-token';

const RIGHT = 'r'.repeat(32);
const check = (presented: string | null) => checkToken(presented, RIGHT, '127.0.0.1', 'no');

describe('checkToken', () => {
  it('counts wrong tokens: 10 are 401, the 11th is 429 with Retry-After, and the right token still passes', () => {
    for (let i = 0; i < 10; i++) {
      const v = check(`wrong${i}`);
      expect(v.ok || v.error.code).toBe('unauthorized');
    }
    const blocked = check('wrong10');
    if (blocked.ok) throw new Error('a wrong token passed');
    expect(blocked.error.code).toBe('too_many_requests');
    expect(Number(blocked.headers['Retry-After'])).toBeGreaterThanOrEqual(60);
    expect(check(RIGHT)).toEqual({ ok: true });
    // No token is refused as before, not as a guess.
    const none = check(null);
    expect(none.ok || none.error.code).toBe('unauthorized');
  });
});
