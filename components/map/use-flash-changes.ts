'use client';
import { useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import { changedIds } from '@/lib/graph/changed-ids';
import type { MapEdge, MapGraph, MapNode } from '@/lib/graph/types';

/** How long a node or edge that just changed stays highlighted. */
const FLASH_MS = 2500;

/**
 * Marks exactly `ids`: a mark left from an earlier update goes as soon as the next one arrives. Only
 * what changes mark is a new object (React Flow redraws a node or edge whose object changed).
 */
const withFlash = <T extends { id: string; className?: string }>(items: T[], ids: Set<string>): T[] =>
  items.map((x) => {
    const className = ids.has(x.id) ? 'na-flash' : undefined;
    return x.className === className ? x : { ...x, className };
  });

/**
 * Highlights, for a moment, what a live update changed (changedIds): nodes stay where they were, so
 * without it a user would not see that anything happened. Call it after useKeptPositions: it marks
 * the nodes that hook has just put on the canvas (its effect must run after that one's).
 */
export function useFlashChanges(
  graph: MapGraph,
  setNodes: Dispatch<SetStateAction<MapNode[]>>,
  setEdges: Dispatch<SetStateAction<MapEdge[]>>,
) {
  const previous = useRef<MapGraph | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const flash = changedIds(previous.current, graph);
    previous.current = graph;
    setNodes((ns) => withFlash(ns, flash));
    setEdges((es) => withFlash(es, flash));
    if (flash.size === 0) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setNodes((ns) => withFlash(ns, new Set()));
      setEdges((es) => withFlash(es, new Set()));
    }, FLASH_MS);
  }, [graph, setNodes, setEdges]);

  // A flash still pending when the canvas goes away has nothing left to clear.
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
}
