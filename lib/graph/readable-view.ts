import type { Rect, Viewport } from '@xyflow/react';

/**
 * Below this zoom names stop being legible (14 px container names under 10 px on screen: zoomTier's
 * `mid` tier starts at 10/14): the first view shows the top-left part instead.
 */
export const MIN_READABLE_ZOOM = 0.72;

/**
 * How to show a map of `bounds` in a canvas of `width` x `height`: fit all of it when that keeps the
 * labels legible (`null`: fitView does it), else the viewport that shows its top-left corner at the
 * smallest legible zoom. A big engine's map fitted whole is a picture of dots nobody can read.
 */
export function toReadableView(bounds: Rect, width: number, height: number): Viewport | null {
  const zoom = Math.min(width / (bounds.width + 80), height / (bounds.height + 80), 1);
  if (zoom >= MIN_READABLE_ZOOM) return null;
  return { x: 24 - bounds.x * MIN_READABLE_ZOOM, y: 16 - bounds.y * MIN_READABLE_ZOOM, zoom: MIN_READABLE_ZOOM };
}
