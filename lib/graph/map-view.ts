import type { GroupBy } from './group-containers';
import { groupNodeId, type MapLevel } from './types';

/** How the map is drawn, besides what it shows: how containers are grouped, and which groups are collapsed. */
export interface MapView {
  groupBy: GroupBy;
  /** Group node ids (`grp:…`) the user collapsed in the container view: each is one cluster with counts. */
  collapsed: ReadonlySet<string>;
}

export const DEFAULT_VIEW: MapView = { groupBy: 'network', collapsed: new Set() };

/**
 * Which groups of one map are drawn as a cluster: every one in the overview, the collapsed ones in
 * the container view. `keyPrefix` is the host's (a map of several engines), as in the group's node id.
 */
export function collapsedTest(level: MapLevel, view: MapView, keyPrefix: string): (groupKey: string) => boolean {
  if (level === 'overview') return () => true;
  if (view.collapsed.size === 0) return () => false;
  return (key) => view.collapsed.has(groupNodeId(`${keyPrefix}${key}`));
}

/** The part of the structure key the view decides (a new grouping or collapse lays the map out again). */
export function viewKey(view: MapView): string {
  return `${view.groupBy}:${[...view.collapsed].sort().join(',')}`;
}
