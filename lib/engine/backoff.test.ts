import { describe, expect, it } from 'vitest';
import { nextBackoff } from './backoff';

describe('nextBackoff', () => {
  it('doubles from 250 ms and caps at 4 s', () => {
    const mid = () => 0.5; // no jitter
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => nextBackoff(n, mid))).toEqual([250, 500, 1000, 2000, 4000, 4000, 4000]);
  });

  it('adds ±25 % jitter', () => {
    expect(nextBackoff(3, () => 0)).toBe(1500);
    expect(nextBackoff(3, () => 1)).toBe(2500);
  });
});
