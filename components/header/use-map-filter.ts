'use client';
import { useCallback, useEffect, useState } from 'react';
import { parseMapFilter, toFilterQuery, type MapFilter } from '@/lib/graph/map-filter';

/**
 * The map's filter, kept in the page's URL (`?project=…&focus=…`): a link reopens the same view.
 * Read once the page runs (the map itself only draws after its first read of the engine).
 */
export function useMapFilter() {
  const [filter, setState] = useState<MapFilter>({});
  useEffect(() => setState(parseMapFilter(new URLSearchParams(window.location.search))), []);
  const setFilter = useCallback((next: MapFilter) => {
    setState(next);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${toFilterQuery(next, new URLSearchParams(window.location.search))}`);
  }, []);
  return { filter, setFilter };
}
