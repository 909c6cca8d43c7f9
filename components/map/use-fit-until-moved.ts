'use client';
import { useCallback, useEffect, useRef } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import type { MapEdge, MapNode } from '@/lib/graph/types';
import { toReadableView } from '../../lib/graph/readable-view';

type Flow = ReactFlowInstance<MapNode, MapEdge>;

/** Fits the whole map when it is legible that way; otherwise shows its top-left at a readable zoom. */
function fitReadable(flow: Flow) {
  const nodes = flow.getNodes();
  if (nodes.length === 0) return;
  const el = document.querySelector('[data-testid="map-canvas"]');
  const view = toReadableView(flow.getNodesBounds(nodes), el?.clientWidth ?? 1200, el?.clientHeight ?? 800);
  if (view) flow.setViewport(view);
  else flow.fitView({ padding: 0.06, maxZoom: 1 });
}

/**
 * Frames the map when its structure changes (the first read included), until the user pans or zooms:
 * from then on the view is theirs, and a live update must not snatch away the part they were looking
 * at. A data-only change keeps the structure key, so it never moves the view either.
 *
 * `onMoveStart` goes to React Flow; `refit` (Tidy) hands the view back to the map and frames it.
 */
export function useFitUntilMoved(flow: Flow, structureKey: string) {
  const userMoved = useRef(false);
  /** Structure key of the last graph seen; null before the first. */
  const seenKey = useRef<string | null>(null);

  useEffect(() => {
    // After the render that puts the new nodes on the canvas: fitting measures them.
    if (seenKey.current !== structureKey && !userMoved.current) requestAnimationFrame(() => fitReadable(flow));
    seenKey.current = structureKey;
  }, [structureKey, flow]);

  const onMoveStart = useCallback((event: unknown) => {
    if (event) userMoved.current = true; // programmatic moves (fit, search) come without an event
  }, []);

  const refit = useCallback(() => {
    userMoved.current = false;
    requestAnimationFrame(() => fitReadable(flow));
  }, [flow]);

  return { onMoveStart, refit };
}
