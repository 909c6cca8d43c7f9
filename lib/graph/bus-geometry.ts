import type { XYPosition } from '@xyflow/react';
import { SIZES } from './layout-constants';

/** Width of the bus bar edges attach to (edges stop at its sides). */
export const BUS_BAR_WIDTH = 8;

/** What busLine needs of a node: where it is on the canvas and how large (React Flow's internal node has it). */
export interface PlacedBox {
  measured: { width?: number; height?: number };
  width?: number;
  height?: number;
  internals: { positionAbsolute: XYPosition };
}

/**
 * The straight line from a node's side to a network's bus bar, at the node's height (clamped to the
 * bus), and where its label goes: just above the line, next to the bus on the node's side. Computed
 * from the nodes themselves (not handles), so it stays short and straight wherever either is dragged.
 */
export function busLine(from: PlacedBox, to: PlacedBox) {
  // Measured, else the size the graph gave the node (a node React Flow has not drawn yet, off-screen
  // on a big map, is not measured), else the layout's defaults.
  const fw = from.measured.width ?? from.width ?? SIZES.containerWidth;
  const fh = from.measured.height ?? from.height ?? SIZES.containerHeight;
  const fx = from.internals.positionAbsolute.x;
  const y = from.internals.positionAbsolute.y + fh / 2;
  const tw = to.measured.width ?? to.width ?? SIZES.networkWidth;
  const th = to.measured.height ?? to.height ?? SIZES.networkMinHeight;
  const busX = to.internals.positionAbsolute.x + tw / 2;
  const busTop = to.internals.positionAbsolute.y + 100;
  const busBottom = to.internals.positionAbsolute.y + th - 6;
  const leftOfBus = fx + fw / 2 < busX;
  const sx = leftOfBus ? fx + fw : fx;
  const ex = leftOfBus ? busX - BUS_BAR_WIDTH / 2 : busX + BUS_BAR_WIDTH / 2;
  const ey = Math.min(Math.max(y, busTop), busBottom);
  return { path: `M ${sx} ${y} L ${ex} ${ey}`, leftOfBus, ex, ey };
}
