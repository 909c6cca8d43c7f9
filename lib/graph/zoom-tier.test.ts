import { describe, expect, it } from 'vitest';
import { LEGIBLE_PX } from './map-level';
import { TIER_PX, zoomTier, type ZoomTier } from './zoom-tier';
import { buildGraph } from './build-graph';
import { fitZoom, graphBounds } from './map-level';
import { scaleTopology } from './__fixtures__/synthetic-topology';

/** The smallest text each tier shows, in canvas px (bare shows none). */
const SMALLEST: Record<ZoomTier, number | null> = {
  near: TIER_PX.detail, mid: TIER_PX.name, far: TIER_PX.largeName, farthest: TIER_PX.largeNetworkName, distant: TIER_PX.distantNetworkName, bare: null,
};

describe('zoomTier', () => {
  it('never leaves text on screen smaller than legible, at any zoom', () => {
    for (let zoom = 0.05; zoom <= 2; zoom += 0.005) {
      const px = SMALLEST[zoomTier(zoom)];
      if (px !== null) expect(px * zoom).toBeGreaterThanOrEqual(LEGIBLE_PX - 1e-9);
    }
  });

  it('keeps as much as it can: each tier starts where the next-smaller print stops being legible', () => {
    expect(zoomTier(1)).toBe('near');
    expect(zoomTier(0.85)).toBe('near');
    expect(zoomTier(0.8)).toBe('mid');
    expect(zoomTier(0.7)).toBe('far');
    expect(zoomTier(0.4)).toBe('farthest');
    expect(zoomTier(0.34)).toBe('farthest');
    expect(zoomTier(0.32)).toBe('distant');
    expect(zoomTier(0.26)).toBe('distant');
    expect(zoomTier(0.24)).toBe('bare');
  });

  it('a fitted overview keeps every network name: the zoom it is fitted at never clears them', () => {
    // Issue 13's host, 1,000 containers on 50 networks, in 1600×940: fitted at ~0.35×.
    const z = fitZoom(graphBounds(buildGraph(scaleTopology(1000, 50, 20), 'overview')), 1600, 940);
    expect(zoomTier(z)).not.toBe('bare');
    expect(TIER_PX.largeNetworkName * z).toBeGreaterThanOrEqual(LEGIBLE_PX);
  });

  it('a fitted overview with room to spare: a host fitted a quarter smaller still shows every network name', () => {
    // A real 1,000-container host fitted at 0.329 (30 px names at 9.9 px): the distant tier's 40 px keep them.
    const z = fitZoom(graphBounds(buildGraph(scaleTopology(1000, 50, 20), 'overview')), 1600, 940) * 0.75;
    expect(zoomTier(z)).not.toBe('bare');
  });
});
