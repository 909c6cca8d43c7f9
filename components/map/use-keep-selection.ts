'use client';
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { MapEdge, MapNode } from '@/lib/graph/types';
import { keepSelected } from '../../lib/graph/keep-selected';
import { reuseUnchanged } from '../../lib/graph/reuse-unchanged';

/**
 * Setters that replace the canvas's nodes and edges without dropping the user's selection (see
 * keepSelected): a live update or a Tidy must not close the panel's highlight. Setters that only
 * touch a field of the nodes already there (flash, a drop going back) keep it anyway and use
 * setNodes directly. What did not change stays the very object it was (reuseUnchanged), so React Flow
 * redraws only what did.
 */
export function useKeepSelection(
  setNodes: Dispatch<SetStateAction<MapNode[]>>,
  setEdges: Dispatch<SetStateAction<MapEdge[]>>,
) {
  const replaceNodes = useCallback((next: (prev: MapNode[]) => MapNode[]) => {
    setNodes((prev) => reuseUnchanged(prev, keepSelected(prev, next(prev))));
  }, [setNodes]);
  const replaceEdges = useCallback((next: MapEdge[]) => {
    setEdges((prev) => reuseUnchanged(prev, keepSelected(prev, next)));
  }, [setEdges]);
  return { replaceNodes, replaceEdges };
}
