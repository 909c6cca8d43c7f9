'use client';
import { useCallback, useEffect, useRef } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import type { MapEdge, MapGraph, MapNode } from '@/lib/graph/types';
import { toReadableView } from '../../lib/graph/readable-view';

type Flow = ReactFlowInstance<MapNode, MapEdge>;

/**
 * Fits the whole map when it is legible that way; otherwise shows its top-left at a readable zoom.
 * The overview is always fitted whole: it is made to be read that way (see chooseMapLevel).
 */
function fitReadable(flow: Flow, level: MapGraph['level']) {
  const nodes = flow.getNodes();
  if (nodes.length === 0) return;
  const el = document.querySelector('[data-testid="map-canvas"]');
  const view = level === 'overview' ? null : toReadableView(flow.getNodesBounds(nodes), el?.clientWidth ?? 1200, el?.clientHeight ?? 800);
  if (view) flow.setViewport(view);
  else flow.fitView({ padding: 0.06, maxZoom: 1 });
}

/**
 * Frames the map when its structure changes (the first read included), until the user pans or zooms:
 * from then on the view is theirs, and a live update must not snatch away the part they were looking
 * at. A data-only change keeps the structure key, so it never moves the view either. A change of
 * level or grouping (`picture`) frames the new picture whatever the user did before.
 *
 * `onMoveStart` goes to React Flow; `refit` (Tidy) hands the view back to the map and frames it.
 */
export function useFitUntilMoved(flow: Flow, structureKey: string, level: MapGraph['level'], picture: string) {
  const userMoved = useRef(false);
  /** Structure key of the last graph seen; null before the first. */
  const seenKey = useRef<string | null>(null);
  const seenPicture = useRef(picture);

  useEffect(() => {
    // A switch of level (overview/containers) or grouping is the user asking for another picture: frame it.
    if (seenPicture.current !== picture) userMoved.current = false;
    seenPicture.current = picture;
    // After the render that puts the new nodes on the canvas: fitting measures them.
    if (seenKey.current !== structureKey && !userMoved.current) requestAnimationFrame(() => fitReadable(flow, level));
    seenKey.current = structureKey;
  }, [structureKey, level, picture, flow]);

  const onMoveStart = useCallback((event: unknown) => {
    if (event) userMoved.current = true; // programmatic moves (fit, search) come without an event
  }, []);

  const refit = useCallback(() => {
    userMoved.current = false;
    requestAnimationFrame(() => fitReadable(flow, level));
  }, [flow, level]);

  return { onMoveStart, refit };
}
