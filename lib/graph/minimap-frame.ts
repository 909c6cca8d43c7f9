import type { Rect } from '@xyflow/react';

/**
 * The minimap's geometry, pure: where each node of the map sits (absolute, through its parents), the
 * part of the map the minimap frames (the nodes and the screen's view, with a margin), and which point
 * of the map a point of the minimap is. Kept apart from the canvas so that the minimap costs nothing
 * per frame beyond its view rectangle: the shapes are worked out once per change of the map.
 */

/** What the minimap needs of a node: id, position (relative to its parent, when it has one), size. */
export interface PlacedNode {
  id: string;
  parentId?: string;
  hidden?: boolean;
  position: { x: number; y: number };
  measured?: { width?: number; height?: number };
  width?: number;
  height?: number;
}

export interface MiniShape<N> extends Rect {
  node: N;
}

/** Every node that is drawn, at its absolute place and size (a node of unknown size is left out). */
export function miniShapes<N extends PlacedNode>(nodes: readonly N[]): Array<MiniShape<N>> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const absolute = new Map<string, { x: number; y: number }>();
  const place = (n: N, depth = 0): { x: number; y: number } => {
    const known = absolute.get(n.id);
    if (known) return known;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    // A parent chain deeper than the map has nodes is a cycle: stop there rather than loop.
    const origin = parent && depth < nodes.length ? place(parent, depth + 1) : { x: 0, y: 0 };
    const at = { x: origin.x + n.position.x, y: origin.y + n.position.y };
    absolute.set(n.id, at);
    return at;
  };
  const shapes: Array<MiniShape<N>> = [];
  for (const n of nodes) {
    if (n.hidden) continue;
    const width = n.measured?.width ?? n.width;
    const height = n.measured?.height ?? n.height;
    if (!width || !height) continue;
    shapes.push({ node: n, ...place(n), width, height });
  }
  return shapes;
}

/** The smallest rectangle holding all of them; null for none. */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (!rects.length) return null;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The part of the map on screen: the canvas's size at its transform [x, y, zoom]. */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** The minimap's viewBox: the map's bounds and the view, centred in a box of the minimap's proportions, with a margin. */
export interface MiniFrame extends Rect {
  /** Map units per minimap pixel. */
  scale: number;
}

const MARGIN_PX = 5;

export function miniFrame(bounds: Rect | null, view: Rect, size: { width: number; height: number }): MiniFrame {
  const all = boundsOf(bounds ? [bounds, view] : [view])!;
  // Exactly the minimap's proportions, so that the SVG draws it without letterboxing and a point of
  // the minimap maps straight back (mapPointAt); MARGIN_PX of the minimap free on the tighter side.
  const scale = Math.max(all.width / (size.width - 2 * MARGIN_PX), all.height / (size.height - 2 * MARGIN_PX)) || 1;
  const width = size.width * scale;
  const height = size.height * scale;
  return { x: all.x - (width - all.width) / 2, y: all.y - (height - all.height) / 2, width, height, scale };
}

/** The point of the map under a point of the minimap (px from its top left corner). */
export function mapPointAt(frame: MiniFrame, size: { width: number; height: number }, px: { x: number; y: number }): { x: number; y: number } {
  return { x: frame.x + (px.x / size.width) * frame.width, y: frame.y + (px.y / size.height) * frame.height };
}
