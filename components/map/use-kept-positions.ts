'use client';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { mergePositions } from '@/lib/graph/merge-positions';
import type { MapEdge, MapGraph, MapNode } from '@/lib/graph/types';
import { needsFreshLayout } from '../../lib/graph/needs-fresh-layout';
import { withFlash } from './use-flash-changes';

/**
 * Puts each new graph on the canvas without moving what the user already knows: nodes that were
 * there keep their places, dragged ones included (mergePositions), so a data-only change never moves
 * a node and a structure change only adds to the picture. A fresh layout is taken only when most of
 * the map is new (needsFreshLayout), the level or the arrangement changed (overview/containers, the
 * grouping, a group collapsed or expanded), or the user asks for it (`relayout`, the Tidy button).
 *
 * `drifted`: the structure changed since the last full layout, so new groups went where there was
 * room rather than where a layout would put them; the canvas offers Tidy then.
 *
 * What changed is marked in the same update (`changed`, from useFlashChanges): each update of a
 * thousand nodes is one pass through React Flow's store, not two.
 */
export function useKeptPositions(
  graph: MapGraph,
  /** Every node of the canvas's state, drawn or not (React Flow holds only those it is given: not a summary's containers). */
  placed: () => MapNode[],
  replaceNodes: (next: (prev: MapNode[]) => MapNode[]) => void,
  replaceEdges: (next: MapEdge[]) => void,
  changed: (graph: MapGraph) => ReadonlySet<string>,
) {
  /** Structure key of the graph last put on the canvas; null before the first. */
  const placedKey = useRef<string | null>(null);
  const placedLevel = useRef<MapGraph['level']>(undefined);
  const placedView = useRef<MapGraph['view']>(undefined);
  const [drifted, setDrifted] = useState(false);

  // Before the browser paints: the new graph reaches React Flow in the same task (its store follows
  // at once from a synchronous update) instead of one frame later per hop.
  useLayoutEffect(() => {
    const onScreen = new Set(placed().map((n) => n.id));
    // Another level or arrangement (grouping, a group collapsed) is another picture, asked for by the
    // user: positions of one mean nothing in the other.
    const fresh = needsFreshLayout(graph, onScreen, placedKey.current === null)
      || placedLevel.current !== graph.level || placedView.current !== graph.view;
    placedLevel.current = graph.level;
    placedView.current = graph.view;
    if (fresh) setDrifted(false);
    else if (placedKey.current !== graph.structureKey) setDrifted(true);
    const flash = changed(graph);
    replaceNodes((prev) => withFlash(fresh ? graph.nodes : mergePositions(prev, graph), flash));
    replaceEdges(withFlash(graph.edges, flash));
    placedKey.current = graph.structureKey;
  }, [graph, placed, replaceNodes, replaceEdges, changed]);

  const relayout = useCallback(() => {
    replaceNodes(() => graph.nodes);
    setDrifted(false);
  }, [graph, replaceNodes]);

  return { drifted, relayout };
}
