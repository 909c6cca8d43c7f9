import type { NodeHandle, Position } from '@xyflow/react';

/**
 * Where a node's connection points are, given with the node itself. React Flow draws an edge only
 * while both its nodes have handle bounds; without these it knows them only once it has measured the
 * node's DOM, and a node replaced at the wrong moment (a new container whose data changes again while
 * it is measured: `run` is create, connect and start within milliseconds) could stay without any, its
 * edges missing until the node happens to resize. Given here, the bounds are there from the first render.
 * The map's edges draw their own lines from the nodes' boxes (bus-line), so only their presence counts.
 */
const dot = (type: NodeHandle['type'], side: 'left' | 'right' | 'top', x: number, y: number): NodeHandle =>
  // React Flow's Position enum has these very strings as values; a type import keeps this file free of React.
  ({ type, position: side as Position, x, y, width: 1, height: 1 });

/** A container: attachments leave from its right side, a shared network stack arrives on top (ContainerNode). */
export const containerHandles = (width: number, height: number): NodeHandle[] => [
  dot('source', 'right', width - 1, height / 2),
  dot('target', 'top', width / 2, 0),
];

/** A network: attachments arrive on its left side (NetworkNode). */
export const networkHandles = (height: number): NodeHandle[] => [dot('target', 'left', 0, height / 2)];

/** A cluster of the overview: its count edges leave from its right side (ClusterNode). */
export const clusterHandles = (width: number, height: number): NodeHandle[] => [dot('source', 'right', width - 1, height / 2)];

/** A group box: zoomed out into its summary, its count edges leave from its right side (GroupNode). */
export const groupHandles = clusterHandles;
