'use client';
import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import { FLASH_CLASS, changedIds } from '@/lib/graph/changed-ids';
import type { MapEdge, MapGraph, MapNode } from '@/lib/graph/types';

/** How long a node or edge that just changed stays highlighted. */
const FLASH_MS = 2500;

/**
 * Marks exactly `ids`: a mark left from an earlier update goes as soon as the next one arrives. Only
 * what changes mark is a new object (React Flow redraws a node or edge whose object changed).
 */
export const withFlash = <T extends { id: string; className?: string }>(items: T[], ids: ReadonlySet<string>): T[] =>
  items.map((x) => {
    const className = ids.has(x.id) ? FLASH_CLASS : undefined;
    return x.className === className ? x : { ...x, className };
  });

/**
 * Highlights, for a moment, what a live update changed (changedIds): nodes stay where they were, so
 * without it a user would not see that anything happened. `changed(graph)` says what to mark in the
 * very update that puts the graph on the canvas (useKeptPositions: one pass over a thousand nodes,
 * not two), and plans taking the marks off again.
 */
export function useFlashChanges(
  setNodes: Dispatch<SetStateAction<MapNode[]>>,
  setEdges: Dispatch<SetStateAction<MapEdge[]>>,
) {
  const previous = useRef<MapGraph | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const changed = useCallback((graph: MapGraph): ReadonlySet<string> => {
    const flash = changedIds(previous.current, graph);
    previous.current = graph;
    if (flash.size === 0) return flash;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setNodes((ns) => withFlash(ns, new Set()));
      setEdges((es) => withFlash(es, new Set()));
    }, FLASH_MS);
    return flash;
  }, [setNodes, setEdges]);

  // A flash still pending when the canvas goes away has nothing left to clear.
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return changed;
}
