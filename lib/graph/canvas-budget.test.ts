import { describe, expect, it } from 'vitest';
import { CULL_FROM, DOTS_UP_TO, cullsOffscreen, showsDots } from './canvas-budget';
import type { ZoomTier } from './zoom-tier';

const TIERS: ZoomTier[] = ['near', 'mid', 'far', 'farthest', 'distant', 'bare'];

describe('canvas budget', () => {
  it('culls off-screen nodes only past CULL_FROM', () => {
    expect(cullsOffscreen(CULL_FROM)).toBe(false);
    expect(cullsOffscreen(CULL_FROM + 1)).toBe(true);
    expect(cullsOffscreen(5)).toBe(false);
  });

  it('draws dots zoomed in on a small map', () => {
    expect(showsDots('near', 20)).toBe(true);
    expect(showsDots('mid', DOTS_UP_TO)).toBe(true);
  });

  it('draws no dots zoomed out, whatever the size', () => {
    for (const tier of ['far', 'farthest', 'distant', 'bare'] as const) expect(showsDots(tier, 5)).toBe(false);
  });

  it('draws no dots on a bigger map, at any zoom', () => {
    for (const tier of TIERS) expect(showsDots(tier, DOTS_UP_TO + 1)).toBe(false);
    expect(DOTS_UP_TO).toBeLessThan(CULL_FROM);
  });
});
