import { SIZES } from './layout-constants';
import type { MapGraph, MapNode } from './types';

type Positioned = Pick<MapNode, 'id' | 'position' | 'parentId' | 'width' | 'height' | 'type'>;

/**
 * Positions for a new graph, given the nodes as they are on screen now. Nodes that were there before
 * (same parent) stay exactly where they are, including ones the user dragged. A new container in an
 * existing group is appended below that group's lowest member; anything else new takes its place from
 * the fresh layout. Group boxes grow to hold their members. Unchanged nodes never move; "tidy"
 * (a full layout) is the user's choice.
 */
export function mergePositions(previous: Positioned[], next: MapGraph): MapNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const appended = new Map<string, number>(); // group id -> next free y
  const lowest = (groupId: string) => {
    if (!appended.has(groupId)) {
      const ys = previous.filter((n) => n.parentId === groupId && next.nodes.some((m) => m.id === n.id && m.parentId === groupId)).map((n) => n.position.y);
      appended.set(groupId, ys.length ? Math.max(...ys) + SIZES.rowPitch : SIZES.groupPadTop);
    }
    return appended.get(groupId)!;
  };
  const nodes = next.nodes.map((n) => {
    const old = before.get(n.id);
    if (old && old.parentId === n.parentId) return { ...n, position: old.position } as MapNode;
    if (n.type === 'container' && n.parentId && before.has(n.parentId)) {
      const y = lowest(n.parentId);
      appended.set(n.parentId, y + SIZES.rowPitch);
      return { ...n, position: { x: SIZES.groupPadX, y } } as MapNode;
    }
    return n;
  });
  // Grow each group box around its members.
  const byGroup = new Map<string, MapNode[]>();
  for (const n of nodes) if (n.parentId) byGroup.set(n.parentId, [...(byGroup.get(n.parentId) ?? []), n]);
  return nodes.map((n) => {
    if (n.type !== 'group') return n;
    const kids = byGroup.get(n.id) ?? [];
    const right = Math.max(0, ...kids.map((k) => k.position.x + (k.width ?? SIZES.containerWidth) + SIZES.groupPadX));
    const bottom = Math.max(0, ...kids.map((k) => k.position.y + (k.height ?? SIZES.containerHeight) + SIZES.groupPadBottom));
    return { ...n, width: Math.max(n.width ?? 0, right), height: Math.max(n.height ?? 0, bottom) };
  });
}
