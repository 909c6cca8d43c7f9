import { describe, expect, it } from 'vitest';
import { createAttemptLimiter, TOKEN_ATTEMPT_LIMITS, type AttemptLimits } from './attempt-limiter';

function clocked(limits: AttemptLimits = TOKEN_ATTEMPT_LIMITS) {
  let t = 1_000_000;
  const limiter = createAttemptLimiter(limits, () => t);
  return { limiter, advance: (ms: number) => (t += ms) };
}
const failTimes = (limiter: { fail(k: string): number }, key: string, n: number) => Array.from({ length: n }, () => limiter.fail(key));

describe('createAttemptLimiter', () => {
  it('lets 10 failures in a minute through and blocks the 11th for at least a minute', () => {
    const { limiter } = clocked();
    expect(failTimes(limiter, 'a', 10)).toEqual(Array(10).fill(0));
    expect(limiter.fail('a')).toBeGreaterThanOrEqual(60);
  });

  it('counts in a sliding window: failures older than a minute no longer count', () => {
    const { limiter, advance } = clocked();
    failTimes(limiter, 'a', 9);
    advance(60_001);
    expect(failTimes(limiter, 'a', 9)).toEqual(Array(9).fill(0));
    advance(30_000);
    expect(limiter.fail('a')).toBe(0); // the 10th within the last minute: blocks from now on
    expect(limiter.fail('a')).toBeGreaterThan(0);
  });

  it('counts each client apart', () => {
    const { limiter } = clocked();
    failTimes(limiter, 'a', 10);
    expect(limiter.fail('a')).toBeGreaterThan(0);
    expect(limiter.fail('b')).toBe(0);
  });

  it('doubles the wait with each failure while blocked, up to the cap', () => {
    const { limiter } = clocked();
    failTimes(limiter, 'a', 10);
    const waits = failTimes(limiter, 'a', 8);
    expect(waits.slice(0, 3)).toEqual([120, 240, 480]);
    expect(Math.max(...waits)).toBe(3600);
    expect(waits.at(-1)).toBe(3600);
  });

  it('ends the block when it has run out, and blocks again, longer, on a failure right after', () => {
    const { limiter, advance } = clocked();
    failTimes(limiter, 'a', 10); // blocked for 60 s
    advance(60_000);
    expect(limiter.fail('a')).toBe(0); // no longer blocked when it tried...
    expect(limiter.fail('a')).toBe(240); // ...but that failure blocked it for 120 s, and this one doubled it
  });

  it('forgets a client a window after its block ended', () => {
    const { limiter, advance } = clocked();
    failTimes(limiter, 'a', 10);
    advance(60_000 + 60_000);
    expect(failTimes(limiter, 'a', 10)).toEqual(Array(10).fill(0));
    expect(limiter.fail('a')).toBe(120); // a fresh first block, doubled once by this failure
  });

  it('remembers at most maxClients clients, dropping the stale and then the oldest', () => {
    const { limiter, advance } = clocked({ ...TOKEN_ATTEMPT_LIMITS, maxClients: 3 });
    failTimes(limiter, 'old', 10);
    advance(1);
    for (const k of ['b', 'c', 'd']) limiter.fail(k);
    expect(limiter.fail('old')).toBe(0); // forgotten to make room for d
    failTimes(limiter, 'd', 9);
    expect(limiter.fail('d')).toBeGreaterThan(0); // kept: it was not the oldest
  });
});
