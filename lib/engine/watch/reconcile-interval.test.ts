import { describe, expect, it } from 'vitest';
import { RECONCILE_BUDGET, RECONCILE_MAX_MS, RECONCILE_MIN_MS, reconcileInterval } from './reconcile-interval';

describe('reconcileInterval', () => {
  it('keeps the shortest pause while a read is cheap (a small engine)', () => {
    expect(reconcileInterval(0)).toBe(RECONCILE_MIN_MS);
    expect(reconcileInterval(40)).toBe(RECONCILE_MIN_MS);
  });

  it('stretches the pause so reading stays within its share of the time (a big engine)', () => {
    const readMs = 300;
    const pause = reconcileInterval(readMs);
    expect(pause).toBe(120_000);
    expect(readMs / pause).toBeLessThanOrEqual(RECONCILE_BUDGET);
  });

  it('never waits longer than the longest pause, however slow the read', () => {
    expect(reconcileInterval(10_000)).toBe(RECONCILE_MAX_MS);
  });

  it('never goes below the minimum a caller sets (tests set it out of the way)', () => {
    expect(reconcileInterval(10_000, 600_000)).toBe(600_000);
    expect(reconcileInterval(Number.NaN)).toBe(RECONCILE_MIN_MS);
  });
});
