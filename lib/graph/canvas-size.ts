/**
 * The size of the canvas the map was last framed in, kept in a cookie so that the server can draw the
 * first picture (first-picture.ts) at the level and zoom the page will choose: the server has no window.
 * Only a size: nothing in it names the engine or the user.
 */
export const CANVAS_COOKIE = 'netatlas-canvas';


export interface CanvasSize {
  width: number;
  height: number;
}

/** Assumed when the browser has sent no size yet (a first visit): a common laptop window under the header. */
export const DEFAULT_CANVAS: CanvasSize = { width: 1440, height: 800 };

const MIN = 200;
const MAX = 16_000;

/** `1600x940`. */
export function formatCanvasSize({ width, height }: CanvasSize): string {
  return `${Math.round(width)}x${Math.round(height)}`;
}

/** The cookie's size, or null for anything else than `<width>x<height>` in whole pixels from 200 to 16,000. */
export function parseCanvasSize(value: string | undefined): CanvasSize | null {
  const m = /^(\d{3,5})x(\d{3,5})$/.exec(value ?? '');
  if (!m) return null;
  const [width, height] = [Number(m[1]), Number(m[2])];
  return width >= MIN && width <= MAX && height >= MIN && height <= MAX ? { width, height } : null;
}
