import type { Network } from '../topology/types';
import type { ContainerGroup } from './group-containers';
import { SIZES, type LayoutSizes } from './layout-constants';
import { planRows } from './plan-rows';
import { compareText } from './compare-text';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  networks: Map<string, Box>;
  groups: Map<string, Box>;
  /** Container positions relative to their group box. */
  containers: Map<string, { x: number; y: number }>;
}

/**
 * How to lay out: the sizes to reserve, and which groups are one collapsed chip (every one in the
 * overview; those the user collapsed in the container view).
 */
export interface LayoutOptions {
  sizes?: LayoutSizes;
  collapsed?: boolean | ((groupKey: string) => boolean);
}

interface SizedGroup {
  width: number;
  height: number;
  members: Array<{ id: string; x: number; y: number }>;
}

/** Size of a group box and its members' positions inside it (one or two staggered sub-columns). */
function sizeGroup(group: ContainerGroup, S: LayoutSizes): SizedGroup {
  const n = group.containers.length;
  const columns = n > S.maxPerColumn ? 2 : 1;
  const perColumn = Math.ceil(n / columns);
  const members = group.containers.map((c, i) => {
    const col = Math.floor(i / perColumn);
    // The second column is shifted by half a row so edges from one column pass between the other's nodes.
    const y = S.groupPadTop + (i % perColumn) * S.rowPitch + (col === 1 ? S.rowPitch / 2 : 0);
    return { id: c.id, x: S.groupPadX + col * (S.containerWidth + S.subColumnGap), y };
  });
  const width = 2 * S.groupPadX + columns * S.containerWidth + (columns - 1) * S.subColumnGap;
  const lastY = Math.max(...members.map((m) => m.y));
  return { width, height: lastY + S.containerHeight + S.groupPadBottom, members };
}

interface Band {
  regular: ContainerGroup[];
  long: ContainerGroup[];
  width: number;
}

/** Assigns each group to the band right of the leftmost of its networks. */
function toBands(ordered: Network[], groups: ContainerGroup[], sized: Map<string, SizedGroup>, S: LayoutSizes): Band[] {
  const index = new Map(ordered.map((n, i) => [n.id, i]));
  const bands: Band[] = Array.from({ length: Math.max(ordered.length, 1) }, () => ({ regular: [], long: [], width: 0 }));
  for (const g of groups) {
    const idx = g.networkIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined).sort((a, b) => a - b);
    // On no network drawn here: on none at all (last band), or only on swarm networks drawn left of
    // the host (first band, nearest them: see buildHostGraph).
    if (idx.length === 0) bands[g.networkIds.length ? 0 : bands.length - 1].regular.push(g);
    else if (idx[idx.length - 1] - idx[0] <= 1) bands[idx[0]].regular.push(g);
    else bands[idx[0]].long.push(g);
  }
  for (const b of bands) {
    // Groups on two networks first (they sit between both buses), then single-network ones.
    b.regular.sort((x, y) => y.networkIds.length - x.networkIds.length || compareText(x.key, y.key));
    const widest = Math.max(0, ...[...b.regular, ...b.long].map((g) => sized.get(g.key)!.width));
    // An empty band still keeps two header cards apart.
    b.width = Math.max(widest + 2 * S.edgeSpace, S.networkWidth - S.busColumn + 30);
  }
  return bands;
}

/**
 * The "bus" layout. Each network is a vertical bus under a header card; networks stand side by side
 * in the order given, and each group of containers sits in the band right of the leftmost of its
 * networks, so a container on two adjacent networks sits between their buses with two short,
 * straight edges. Groups on non-adjacent networks go to a lower tier, one per row band, so their long
 * edges cross buses but never another container. A wide map wraps into rows (snaking) to fit a screen.
 * A collapsed group (all of them in the overview) is one chip of a container's size. Pure and deterministic.
 */
export function layoutMap(ordered: Network[], groups: ContainerGroup[], opts: LayoutOptions = {}): Layout {
  const S = opts.sizes ?? SIZES;
  const chip = { width: S.containerWidth, height: S.containerHeight, members: [] };
  const shut = typeof opts.collapsed === 'function' ? opts.collapsed : () => Boolean(opts.collapsed);
  const sized = new Map(groups.map((g) => [g.key, shut(g.key) ? chip : sizeGroup(g, S)]));
  const bands = toBands(ordered, groups, sized, S);
  const bandHeight = (b: Band) =>
    [...b.regular, ...b.long].reduce<number>((h, g) => h + sized.get(g.key)!.height + S.groupGapY, S.top);
  const rows = planRows(bands.map((b) => S.busColumn + b.width), bands.map(bandHeight), S.targetAspect);
  const out: Layout = { networks: new Map(), groups: new Map(), containers: new Map() };

  const place = (g: ContainerGroup, bandX: number, bandWidth: number, y: number) => {
    const s = sized.get(g.key)!;
    out.groups.set(g.key, { x: bandX + (bandWidth - s.width) / 2, y, width: s.width, height: s.height });
    for (const m of s.members) out.containers.set(m.id, { x: m.x, y: m.y });
    return y + s.height + S.groupGapY;
  };

  // The rows snake (left to right, then right to left, ...): the first bus of a row stands right
  // under the end of the row above and reaches up into it, so the group between the last network of
  // one row and the first of the next keeps two short edges.
  let anchor: number = S.busColumn / 2;
  let dir = 1;
  let rowY = 0;
  let prevRowY = 0;
  rows.forEach((row, r) => {
    const bandX: number[] = [];
    let busCenter = anchor;
    let bottom: number = rowY + S.top;
    for (const k of row) {
      const netY = r > 0 && k === row[0] ? prevRowY : rowY;
      if (ordered[k]) out.networks.set(ordered[k].id, { x: busCenter - S.networkWidth / 2, y: netY, width: S.networkWidth, height: 0 });
      bandX[k] = dir > 0 ? busCenter + S.busColumn / 2 : busCenter - S.busColumn / 2 - bands[k].width;
      let y = rowY + S.top;
      for (const g of bands[k].regular) y = place(g, bandX[k], bands[k].width, y);
      bottom = Math.max(bottom, y);
      busCenter = dir > 0 ? bandX[k] + bands[k].width + S.busColumn / 2 : bandX[k] - S.busColumn / 2;
    }
    anchor = busCenter;
    let longY = bottom + (row.some((k) => bands[k].long.length) ? S.longTierGap : 0);
    for (const k of row) for (const g of bands[k].long) longY = place(g, bandX[k], bands[k].width, longY);
    let rowBottom = longY;
    for (const k of row) {
      const net = ordered[k] && out.networks.get(ordered[k].id);
      if (!net) continue;
      // A bus reaches down to its lowest member (members sit in its own row or, at a wrap, the row above).
      for (const g of groups) {
        const box = out.groups.get(g.key);
        if (box && box.y >= net.y && g.networkIds.includes(ordered[k].id)) net.height = Math.max(net.height, box.y + box.height + 16 - net.y);
      }
      net.height = Math.max(net.height, rowY - net.y + S.networkMinHeight);
      rowBottom = Math.max(rowBottom, net.y + net.height);
    }
    prevRowY = rowY;
    rowY = rowBottom + S.rowGap;
    dir = -dir;
  });
  return out;
}
