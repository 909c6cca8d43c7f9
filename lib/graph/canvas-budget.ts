import type { ZoomTier } from './zoom-tier';

/**
 * What the canvas can afford to draw on every frame of a pan or zoom, by how many nodes it holds.
 * Both rules were measured on a 1,000-container host in software-rendered Chromium (npm run
 * bench:scale, README): a big map pans at 60 frames a second only when the browser neither keeps every
 * node mounted nor repaints a screenful of dots on every frame.
 */

/** From this many nodes, React Flow draws only those on screen (its onlyRenderVisibleElements). */
export const CULL_FROM = 400;

export const cullsOffscreen = (nodeCount: number): boolean => nodeCount > CULL_FROM;

/**
 * The dotted background, only where it helps place things: zoomed in far enough that the dots are
 * spaced apart (near and mid), on a map small enough to drag things around on. Zoomed out it is dots
 * 10 px apart or closer, tens of thousands of them painted again on every frame (the overview's frame
 * p95 at 1,000 containers: 33 ms with them, 17 without); on a big map even at mid zoom the pattern is
 * re-rastered on every frame of a pan and took half the raster time (the container view of 1,000:
 * frame median 33 ms with it, 17 ms without).
 */
export const showsDots = (tier: ZoomTier, nodeCount: number): boolean =>
  (tier === 'near' || tier === 'mid') && !cullsOffscreen(nodeCount);
