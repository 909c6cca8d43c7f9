import { NETWORK_NAME_PX, SIZES } from './layout-constants';
import { MIN_READABLE_ZOOM } from './readable-view';
import type { MapGraph, MapLevel } from './types';

/** Smallest text size, in screen pixels, anyone should be asked to read. */
export const LEGIBLE_PX = 10;

export interface Bounds {
  width: number;
  height: number;
}

/** The extent of a graph's top-level nodes (children sit inside their parents). */
export function graphBounds(graph: Pick<MapGraph, 'nodes'>): Bounds {
  const top = graph.nodes.filter((n) => !n.parentId);
  if (top.length === 0) return { width: 0, height: 0 };
  const minX = Math.min(...top.map((n) => n.position.x));
  const minY = Math.min(...top.map((n) => n.position.y));
  const maxX = Math.max(...top.map((n) => n.position.x + (n.width ?? 0)));
  const maxY = Math.max(...top.map((n) => n.position.y + (n.height ?? 0)));
  return { width: maxX - minX, height: maxY - minY };
}

/** The margin the map's fit keeps, as React Flow counts it (a fraction of the canvas): the widest any fit uses. */
export const FIT_PADDING = 0.1;

/** The zoom at which the whole map fits a canvas with FIT_PADDING, never above 1. */
export function fitZoom(bounds: Bounds, width: number, height: number): number {
  return Math.min(width / (bounds.width * (1 + FIT_PADDING)), height / (bounds.height * (1 + FIT_PADDING)), 1);
}

/** The screen size of the network names with the whole map of this level fitted. */
export function networkNamePxAtFit(level: MapLevel, bounds: Bounds, width: number, height: number): number {
  return NETWORK_NAME_PX[level] * fitZoom(bounds, width, height);
}

/**
 * Below this fit zoom the container view opens on the overview: read at a legible zoom, it would show
 * less than a quarter of the map (a medium map still opens on its containers, top-left first).
 */
export const OVERVIEW_BELOW = MIN_READABLE_ZOOM / 2;

/**
 * Which level a map opens at, in a canvas of `width` x `height`: every container unless the container
 * view is so large that a legible part of it is a small corner; then the overview (each group a
 * cluster with its counts), whose whole map fits with every network name legible. A big host opens
 * on a picture anyone can read, and a click on a cluster opens its containers.
 */
export function chooseMapLevel(containerView: Bounds, width: number, height: number): MapLevel {
  return fitZoom(containerView, width, height) >= OVERVIEW_BELOW ? 'containers' : 'overview';
}

/**
 * Whether `containers` container cards are too many for chooseMapLevel to pick anything but the overview,
 * however they are laid out: the container view's box holds them all without overlap, so its area is at
 * least theirs side by side, and a box of that area fits at a zoom no higher than the square root of the
 * canvas's area over it (fitZoom takes the smaller of the two sides' ratios). Lets a big host's first map
 * skip laying out a container view it will not show (from ~690 containers in a 1600×1000 window): on the
 * page's first, cold run of the code that is the largest graph it would build.
 */
export function surelyOverview(containers: number, width: number, height: number): boolean {
  const least = containers * SIZES.containerWidth * SIZES.containerHeight * (1 + FIT_PADDING) ** 2;
  return containers > 0 && Math.sqrt((width * height) / least) < OVERVIEW_BELOW;
}
