import { describe, expect, it } from 'vitest';
import { EXPORT_PADDING, MAX_EXPORT_SIDE, exportFrame } from './export-frame';

describe('exportFrame', () => {
  it('keeps a map that fits at its own scale, with a margin, its top-left at the margin', () => {
    const f = exportFrame({ x: -100, y: 50, width: 2000, height: 900 });
    expect(f).toEqual({ width: 2000 + 2 * EXPORT_PADDING, height: 900 + 2 * EXPORT_PADDING, zoom: 1, x: EXPORT_PADDING + 100, y: EXPORT_PADDING - 50 });
  });

  it('scales a map too big for one picture down to the largest side a browser draws', () => {
    const f = exportFrame({ x: 0, y: 0, width: 30_000, height: 12_000 });
    expect(f.width).toBeLessThanOrEqual(MAX_EXPORT_SIDE);
    expect(f.height).toBeLessThanOrEqual(MAX_EXPORT_SIDE);
    expect(f.zoom).toBeCloseTo((MAX_EXPORT_SIDE - 2 * EXPORT_PADDING) / 30_000);
    // The whole map is inside: its far corner lands within the picture.
    expect(f.x + 30_000 * f.zoom).toBeLessThanOrEqual(f.width);
    expect(f.y + 12_000 * f.zoom).toBeLessThanOrEqual(f.height);
  });
});
