import { FLASH_CLASS } from './changed-ids';
import { LEGIBLE_PX } from './map-level';
import type { MapEdge, MapLevel, MapNode } from './types';
import { pastContainerNames, type ZoomTier } from './zoom-tier';

/**
 * From how many containers the container view turns into counts past names. Below it a group of
 * nameless boxes still shows how many and where at a glance (a tutorial's five containers stay
 * containers, however far out); above it dozens of specks say less than their number, and cost frames.
 */
export const SUMMARY_FROM = 50;

/** Whether the map is summarised (summarizeGroups): the container view, past container names, with SUMMARY_FROM containers or more. */
export function summarizes(level: MapLevel | undefined, tier: ZoomTier, containers: number): boolean {
  return level !== 'overview' && pastContainerNames(tier) && containers >= SUMMARY_FROM;
}

/**
 * The container view zoomed out past names (the farthest, distant and bare tiers, see zoomTier): every group box
 * stays where it is, at its size, but shows its count instead of its containers, and its count edges
 * (one per network, toCountEdges) stand for their attachments. Nothing moves; a thousand container
 * nodes React Flow would otherwise keep mounting and painting while the map is panned become the
 * hundred or so boxes the eye can tell apart at that size. A group whose members are marked (a
 * comparison's changes, the open lab, a live change's flash) carries the mark, since those members have
 * no node of their own. Pure.
 */
export function summarizeGroups(nodes: MapNode[], edges: MapEdge[], groupEdges: MapEdge[]): { nodes: MapNode[]; edges: MapEdge[] } {
  const hidden = new Set<string>();
  const changed = new Set<string>();
  const lab = new Set<string>();
  const flashed = new Set<string>();
  for (const n of nodes) {
    if (n.type !== 'container' || !n.parentId) continue;
    hidden.add(n.id);
    if (n.data.diff) changed.add(n.parentId);
    if (n.data.lab) lab.add(n.parentId);
    if (n.className === FLASH_CLASS) flashed.add(n.parentId);
  }
  if (hidden.size === 0) return { nodes, edges };
  const kept = nodes
    .filter((n) => !hidden.has(n.id))
    .map((n) => {
      if (n.type !== 'group' || !(changed.has(n.id) || lab.has(n.id) || flashed.has(n.id))) return n;
      const data = changed.has(n.id) || lab.has(n.id)
        ? { ...n.data, ...(changed.has(n.id) ? { changed: true } : {}), ...(lab.has(n.id) ? { lab: true } : {}) }
        : n.data;
      return { ...n, data, ...(flashed.has(n.id) ? { className: FLASH_CLASS } : {}) };
    });
  return { nodes: kept, edges: [...edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)), ...groupEdges] };
}

/**
 * The nodes with no container selected that a summary hides: React Flow changes the selection only of
 * the nodes it is given, so one selected before zooming out would come back still ringed after another
 * pick (or none) was made in the summary. The same array when there is nothing to clear. Pure.
 */
export function withoutHiddenSelection(nodes: MapNode[]): MapNode[] {
  if (!nodes.some((n) => n.type === 'container' && n.parentId && n.selected)) return nodes;
  return nodes.map((n) => (n.type === 'container' && n.parentId && n.selected ? { ...n, selected: false } : n));
}

/** A group's summary type, canvas px: its count as large as the box holds; a project's name under it. */
export interface SummaryType {
  countPx: number;
  /** The project's name (grouped by project), else null. */
  namePx: number | null;
}

/** Average advance of a bold sans-serif character, in ems (digits and lower case). */
const EM_PER_CHAR = 0.62;
/** The largest a count is set, however big its box: beyond it the number stops reading as a label. */
const MAX_COUNT_PX = 320;

export function summaryType(width: number, height: number, count: number, project?: string): SummaryType {
  const room = Math.max(0, width - 24);
  const lines = project ? 1.9 : 1.25;
  const countPx = Math.floor(Math.min(height / lines * 0.8, room / (String(count).length * EM_PER_CHAR), MAX_COUNT_PX));
  const namePx = project ? Math.floor(Math.min(countPx * 0.45, room / (project.length * EM_PER_CHAR))) : null;
  return { countPx, namePx };
}

/** How many of the summary's lines are legible at `zoom`: 0 (none), 1 (the count), 2 (the project's name too). */
export function legibleLines(type: SummaryType, zoom: number): 0 | 1 | 2 {
  if (type.countPx * zoom < LEGIBLE_PX) return 0;
  return type.namePx !== null && type.namePx * zoom >= LEGIBLE_PX ? 2 : 1;
}
