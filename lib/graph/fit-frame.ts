import type { XYPosition } from '@xyflow/react';
import { SIZES } from './layout-constants';
import type { MapNode } from './types';

/** The margin the first framing keeps around the whole map, as React Flow's fitView counts it. */
export const FIT_VIEW_PADDING = 0.06;

/** A node's top-left on the canvas: its position plus its parents' (children are placed inside them). */
export function absolutePosition(node: MapNode, byId: ReadonlyMap<string, MapNode>): XYPosition {
  let { x, y } = node.position;
  for (let p = node.parentId ? byId.get(node.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
    x += p.position.x;
    y += p.position.y;
  }
  return { x, y };
}

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the canvas the whole map fitted shows, as an SVG viewBox: every node's box with
 * FIT_VIEW_PADDING around it. An SVG of this viewBox, centred in the canvas with `meet` and never drawn
 * larger than the viewBox itself, is the view `fitView({ padding: FIT_VIEW_PADDING, maxZoom: 1 })`
 * frames: the same zoom (the smaller of the two sides' ratios, at most 1) and the same centre.
 */
export function fitFrame(nodes: readonly MapNode[]): Frame | null {
  if (nodes.length === 0) return null;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const p = absolutePosition(n, byId);
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + (n.width ?? SIZES.containerWidth));
    maxY = Math.max(maxY, p.y + (n.height ?? SIZES.containerHeight));
  }
  const [w, h] = [maxX - minX, maxY - minY];
  return { x: minX - (w * FIT_VIEW_PADDING) / 2, y: minY - (h * FIT_VIEW_PADDING) / 2, width: w * (1 + FIT_VIEW_PADDING), height: h * (1 + FIT_VIEW_PADDING) };
}

/** The zoom a frame is drawn at in a canvas of `width` x `height` (never above 1, as fitView's maxZoom). */
export function frameZoom(frame: Frame, width: number, height: number): number {
  return Math.min(width / frame.width, height / frame.height, 1);
}
