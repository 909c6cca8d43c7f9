'use client';
import { useCallback, useRef, useState } from 'react';
import type { OnNodeDrag, XYPosition } from '@xyflow/react';
import type { MapEdge, MapGraph, MapNode } from '@/lib/graph/types';

/**
 * What dropping a dragged container would ask for: join a network it is not on, or (Shift held)
 * "can it reach that container?".
 */
export type DropTarget =
  | { kind: 'network'; containerId: string; containerName: string; networkId: string; networkName: string }
  | { kind: 'container'; containerId: string; containerName: string; targetId: string; targetName: string };

type AnyEvent = React.MouseEvent | MouseEvent | TouchEvent;

/** The node of `type` under the pointer, as drawn (hit-tested by the browser), other than `except`. */
function nodeAt(x: number, y: number, type: 'network' | 'container', except: string): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = el.closest<HTMLElement>(`.react-flow__node-${type}`);
    if (node?.dataset.id && node.dataset.id !== except) return node.dataset.id;
  }
  return null;
}

const pointer = (e: AnyEvent) =>
  'clientX' in e ? { x: e.clientX, y: e.clientY } : { x: e.changedTouches[0]?.clientX ?? 0, y: e.changedTouches[0]?.clientY ?? 0 };

const sameTarget = (a: DropTarget | null, b: DropTarget | null) =>
  a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * Dragging a container onto a network's card or bus asks to connect it there; with Shift held,
 * dropping it on another container asks whether it can reach that one. Such a drop is a request, not
 * a layout move: the container goes back where it was. Anywhere else a drag just moves the node.
 */
export function useDropTarget(
  graph: MapGraph,
  setNodes: (update: (nodes: MapNode[]) => MapNode[]) => void,
  onDrop: ((target: DropTarget) => void) | undefined,
  kinds: ReadonlyArray<DropTarget['kind']>,
) {
  const start = useRef<XYPosition | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);

  const targetAt = useCallback((node: MapNode, e: AnyEvent): DropTarget | null => {
    if (node.type !== 'container') return null;
    const { x, y } = pointer(e);
    const self = { containerId: node.data.container.id, containerName: node.data.container.name };
    if ('shiftKey' in e && e.shiftKey) {
      if (!kinds.includes('container')) return null;
      const other = graph.nodes.find((n) => n.id === nodeAt(x, y, 'container', node.id));
      return other?.type === 'container' ? { kind: 'container', ...self, targetId: other.data.container.id, targetName: other.data.container.name } : null;
    }
    if (!kinds.includes('network')) return null;
    const net = graph.nodes.find((n) => n.id === nodeAt(x, y, 'network', node.id));
    if (!net || net.type !== 'network') return null;
    const member = graph.edges.some((edge: MapEdge) => edge.type === 'endpoint' && edge.source === node.id && edge.target === net.id);
    return member ? null : { kind: 'network', ...self, networkId: net.data.network.id, networkName: net.data.network.name };
  }, [graph, kinds]);

  const onNodeDragStart: OnNodeDrag<MapNode> = useCallback((_, node) => {
    start.current = node.position;
  }, []);

  const onNodeDrag: OnNodeDrag<MapNode> = useCallback((e, node) => {
    if (!onDrop) return;
    const t = targetAt(node, e);
    setTarget((prev) => (sameTarget(prev, t) ? prev : t));
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
