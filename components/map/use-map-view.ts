'use client';
import { useCallback, useMemo, useState } from 'react';
import type { GroupBy } from '@/lib/graph/group-containers';
import type { MapView } from '@/lib/graph/map-view';

/**
 * How the map is arranged: grouped as the URL says, and the groups the user collapsed (by node id).
 * A new grouping starts with every group open (its group ids are other ones anyway).
 */
export function useMapView(groupBy: GroupBy) {
  const [collapsed, setCollapsed] = useState<{ groupBy: GroupBy; ids: ReadonlySet<string> }>({ groupBy, ids: new Set() });
  const ids = collapsed.groupBy === groupBy ? collapsed.ids : EMPTY;
  const view: MapView = useMemo(() => ({ groupBy, collapsed: ids }), [groupBy, ids]);
  const change = useCallback((id: string, shut: boolean | 'toggle') => setCollapsed((c) => {
    const current = c.groupBy === groupBy ? c.ids : EMPTY;
    const want = shut === 'toggle' ? !current.has(id) : shut;
    if (c.groupBy === groupBy && want === current.has(id)) return c; // nothing changes: no rebuild
    const next = new Set(current);
    if (want) next.add(id);
    else next.delete(id);
    return { groupBy, ids: next };
  }), [groupBy]);
  /** Collapses an open group, expands a collapsed one. */
  const toggleGroup = useCallback((id: string) => change(id, 'toggle'), [change]);
  /** Opens a group (a cluster clicked). */
  const expandGroup = useCallback((id: string) => change(id, false), [change]);
  return { view, toggleGroup, expandGroup };
}

const EMPTY: ReadonlySet<string> = new Set();
