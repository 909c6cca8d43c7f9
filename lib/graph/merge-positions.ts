import { SIZES } from './layout-constants';
import type { MapGraph, MapNode } from './types';

type Positioned = Pick<MapNode, 'id' | 'position' | 'parentId' | 'width' | 'height' | 'type'>;

const right = (n: Positioned) => n.position.x + (n.width ?? 0);
const bottom = (n: Positioned) => n.position.y + (n.height ?? 0);

/**
 * Positions for a new graph, given the nodes as they are on screen now. Nodes that were there before
 * (same parent) stay exactly where they are, including ones the user dragged. A new container in an
 * existing group is appended below that group's lowest member. A new group takes the place of a
 * group that just vanished with one of its members (a container that joined one more network stays
 * where it was); otherwise it goes below whatever already stands in its column. A new network goes
 * to the right of everything, on the top row. Group boxes and
 * buses grow to reach their members. Unchanged nodes never move; "tidy" (a full layout) is the
 * user's choice.
 */
export function mergePositions(previous: Positioned[], next: MapGraph): MapNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const nextIds = new Set(next.nodes.map((n) => n.id));
  const vanished = previous.filter((n) => n.type === 'group' && !nextIds.has(n.id));
  const placed: Positioned[] = previous.filter((n) => !n.parentId && nextIds.has(n.id));
  const freeY = new Map<string, number>(); // group id -> next free y inside it
  // A new network goes to the right of everything already on screen, on the top row: its place in a
  // fresh layout would be wherever the full layout puts it, on top of nodes that kept their places.
  let freeX = Math.max(0, ...placed.map(right)) + SIZES.edgeSpace;
  const topY = Math.min(...placed.filter((n) => n.type === 'network').map((n) => n.position.y), Infinity);
  const placeNetwork = (n: MapNode): MapNode => {
    const out = { ...n, position: { x: freeX, y: Number.isFinite(topY) ? topY : n.position.y } } as MapNode;
    freeX += (n.width ?? SIZES.networkWidth) + SIZES.edgeSpace;
    placed.push(out);
    return out;
  };

  const placeGroup = (g: MapNode): MapNode => {
    const members = next.nodes.filter((n) => n.parentId === g.id).map((n) => n.id);
    const home = vanished.find((v) => previous.some((p) => p.parentId === v.id && members.includes(p.id)));
    let position = home?.position;
    if (!position) {
      const w = g.width ?? 0;
      const column = placed.filter((n) => n.type === 'group' && n.position.x < g.position.x + w && right(n) > g.position.x);
      const y = column.length ? Math.max(g.position.y, ...column.map((n) => bottom(n) + SIZES.groupGapY)) : g.position.y;
      position = { x: g.position.x, y };
    }
    const out = { ...g, position } as MapNode;
    placed.push(out);
    return out;
  };

  const nodes = next.nodes.map((n) => {
    const old = before.get(n.id);
    if (old && old.parentId === n.parentId) return { ...n, position: old.position } as MapNode;
    if (n.type === 'group') return placeGroup(n);
    if (n.type === 'network') return placeNetwork(n);
    if (n.type === 'container' && n.parentId) {
      if (!freeY.has(n.parentId)) {
        const kept = previous.filter((p) => p.parentId === n.parentId && next.nodes.some((m) => m.id === p.id && m.parentId === n.parentId));
        freeY.set(n.parentId, kept.length ? Math.max(...kept.map((p) => p.position.y)) + SIZES.rowPitch : SIZES.groupPadTop);
      }
      const y = freeY.get(n.parentId)!;
      freeY.set(n.parentId, y + SIZES.rowPitch);
      return { ...n, position: { x: SIZES.groupPadX, y } } as MapNode;
    }
    return n;
  });
  return grow(nodes, next);
}

/** Group boxes grow around their members; a bus grows down (or up) to reach every member. */
function grow(nodes: MapNode[], next: MapGraph): MapNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const kids = new Map<string, MapNode[]>();
  for (const n of nodes) if (n.parentId) kids.set(n.parentId, [...(kids.get(n.parentId) ?? []), n]);
  const sized = nodes.map((n) => {
    if (n.type !== 'group') return n;
    const k = kids.get(n.id) ?? [];
    const w = Math.max(0, ...k.map((c) => c.position.x + (c.width ?? SIZES.containerWidth) + SIZES.groupPadX));
    const h = Math.max(0, ...k.map((c) => c.position.y + (c.height ?? SIZES.containerHeight) + SIZES.groupPadBottom));
    const width = Math.max(n.width ?? 0, w);
    const height = Math.max(n.height ?? 0, h);
    // The size React Flow takes as measured goes with it (see layout-constants): else edges, the bus
    // and fitView keep the box's old size.
    return { ...n, width, height, measured: { width, height } };
  });
  const sizedById = new Map(sized.map((n) => [n.id, n]));
  const absY = (id: string): number => {
    const n = sizedById.get(id) ?? byId.get(id);
    return n ? n.position.y + (n.parentId ? absY(n.parentId) : 0) : 0;
  };
  const reach = new Map<string, number>();
  for (const e of next.edges) {
    if (e.type !== 'endpoint') continue;
    const y = absY(e.source) + SIZES.containerHeight + 16;
    reach.set(e.target, Math.max(reach.get(e.target) ?? 0, y));
  }
  return sized.map((n) => {
    const low = reach.get(n.id);
    if (n.type !== 'network' || low === undefined) return n;
    const height = Math.max(n.height ?? 0, low - n.position.y);
    return { ...n, height, measured: { width: n.width ?? n.measured?.width ?? SIZES.networkWidth, height } };
  });
}
