import { describe, expect, it } from 'vitest';
import { MIN_READABLE_ZOOM, toReadableView } from './readable-view';
import { zoomTier } from './zoom-tier';

describe('toReadableView', () => {
  it('fits a map that stays legible when fitted whole', () => {
    expect(toReadableView({ x: 0, y: 0, width: 1000, height: 600 }, 1200, 800)).toBeNull();
  });

  it('shows the top-left corner at the smallest legible zoom when fitting would shrink it too far', () => {
    const view = toReadableView({ x: 100, y: 50, width: 5000, height: 600 }, 1200, 800);
    expect(view).toEqual({ x: 24 - 100 * MIN_READABLE_ZOOM, y: 16 - 50 * MIN_READABLE_ZOOM, zoom: MIN_READABLE_ZOOM });
  });

  it('fits when the zoom needed is exactly the legible minimum', () => {
    // 720 / (920 + 80) = 0.72
    expect(toReadableView({ x: 0, y: 0, width: 920, height: 100 }, 720, 800)).toBeNull();
  });

  it('the first view of a big map shows every name legibly (details come on zooming in)', () => {
    expect(zoomTier(MIN_READABLE_ZOOM)).toBe('mid');
  });
});
