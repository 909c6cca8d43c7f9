import type { ZoomTier } from './zoom-tier';

/**
 * What the canvas can afford to draw on every frame of a pan or zoom, by how many nodes it holds.
 * Measured with npm run bench:scale (README) in software-rendered Chromium on 2 cores: a big map moves
 * smoothly only when the browser neither keeps every node mounted nor paints a screenful of dots again
 * on every frame.
 */

/** Past this many nodes, React Flow draws only those on screen (its onlyRenderVisibleElements). */
export const CULL_FROM = 400;

export const cullsOffscreen = (nodeCount: number): boolean => nodeCount > CULL_FROM;

/** Up to this many nodes, the dotted background is drawn (zoomed in). */
export const DOTS_UP_TO = 150;

/**
 * The dotted background, only where it helps place things: zoomed in far enough that the dots are
 * spaced apart (near and mid), on a map small enough to drag things around on (a tutorial's, a compose
 * project's). It is a pattern over the whole canvas, painted again on every frame of a pan or zoom: zoomed
 * out, tens of thousands of dots (the overview's frame p95 at 1,000 containers: 33 ms with them, 17
 * without); at mid zoom, half the raster time of a frame in the container view of 1,000 (frames over
 * 20 ms: 30 % with it, 23 % without) and of 100 (213 nodes: p95 50 ms with it, 33 without).
 */
export const showsDots = (tier: ZoomTier, nodeCount: number): boolean =>
  (tier === 'near' || tier === 'mid') && nodeCount <= DOTS_UP_TO;
