'use client';
import { useCallback, useRef, useState } from 'react';
import type { OnNodeDrag, XYPosition } from '@xyflow/react';
import type { MapEdge, MapGraph, MapNode } from '@/lib/graph/types';

/** A container dragged over a network it is not on: what dropping it there would connect. */
export interface DropTarget {
  containerId: string;
  containerName: string;
  networkId: string;
  networkName: string;
}

/** The network node under the pointer: its header card or its bus bar, as drawn (hit-tested by the browser). */
function networkNodeAt(x: number, y: number): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = el.closest<HTMLElement>('.react-flow__node-network');
    if (node?.dataset.id) return node.dataset.id;
  }
  return null;
}

const pointer = (e: React.MouseEvent | MouseEvent | TouchEvent) =>
  'clientX' in e ? { x: e.clientX, y: e.clientY } : { x: e.changedTouches[0]?.clientX ?? 0, y: e.changedTouches[0]?.clientY ?? 0 };

/**
 * Dragging a container onto a network's card or bus asks to connect it there: the drop opens the
 * connect dialog and the container goes back where it was (a drop is a request, not a layout move).
 * Anywhere else a drag just moves the node, as before.
 */
export function useNetworkDrop(
  graph: MapGraph,
  setNodes: (update: (nodes: MapNode[]) => MapNode[]) => void,
  onDrop: ((target: DropTarget) => void) | undefined,
) {
  const start = useRef<XYPosition | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);

  const targetAt = useCallback((node: MapNode, e: React.MouseEvent | MouseEvent | TouchEvent): DropTarget | null => {
    if (node.type !== 'container') return null;
    const { x, y } = pointer(e);
    const netNodeId = networkNodeAt(x, y);
    const net = graph.nodes.find((n) => n.id === netNodeId);
    if (!net || net.type !== 'network') return null;
    const member = graph.edges.some((edge: MapEdge) => edge.type === 'endpoint' && edge.source === node.id && edge.target === net.id);
    if (member) return null;
    return { containerId: node.data.container.id, containerName: node.data.container.name, networkId: net.data.network.id, networkName: net.data.network.name };
  }, [graph]);

  const onNodeDragStart: OnNodeDrag<MapNode> = useCallback((_, node) => {
    start.current = node.position;
  }, []);

  const onNodeDrag: OnNodeDrag<MapNode> = useCallback((e, node) => {
    if (!onDrop) return;
    const t = targetAt(node, e);
    setTarget((prev) => (prev?.networkId === t?.networkId && prev?.containerId === t?.containerId ? prev : t));
  }, [onDrop, targetAt]);

  const onNodeDragStop: OnNodeDrag<MapNode> = useCallback((e, node) => {
    setTarget(null);
    const t = onDrop ? targetAt(node, e) : null;
    const from = start.current;
    start.current = null;
    if (!t || !onDrop) return;
    if (from) setNodes((nodes) => nodes.map((n) => (n.id === node.id ? { ...n, position: from } : n)));
    onDrop(t);
  }, [onDrop, targetAt, setNodes]);

  return { target, onNodeDragStart, onNodeDrag, onNodeDragStop };
}
