/** A box on the canvas, in canvas pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How a whole map lands in an exported picture: its size in pixels, and the canvas transform that fills it. */
export interface ExportFrame {
  width: number;
  height: number;
  zoom: number;
  x: number;
  y: number;
}

/** Browsers refuse canvases much beyond this on a side (and a PNG of it is already tens of MB). */
export const MAX_EXPORT_SIDE = 8000;
export const EXPORT_PADDING = 40;

/**
 * The picture of the whole map (not the part on screen): at the map's own scale when that fits
 * MAX_EXPORT_SIDE, else scaled down to fit it, with a margin all round. Pure.
 */
export function exportFrame(bounds: Rect, maxSide = MAX_EXPORT_SIDE, padding = EXPORT_PADDING): ExportFrame {
  const room = maxSide - 2 * padding;
  const zoom = Math.min(1, room / Math.max(bounds.width, 1), room / Math.max(bounds.height, 1));
  return {
    width: Math.ceil(bounds.width * zoom + 2 * padding),
    height: Math.ceil(bounds.height * zoom + 2 * padding),
    zoom,
    x: padding - bounds.x * zoom,
    y: padding - bounds.y * zoom,
  };
}
