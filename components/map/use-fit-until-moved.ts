'use client';
import { useCallback, useEffect, useRef, type MutableRefObject } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import type { MapEdge, MapGraph, MapNode } from '@/lib/graph/types';
import { FIT_VIEW_PADDING } from '@/lib/graph/fit-frame';
import { toReadableView } from '../../lib/graph/readable-view';
import { markMapFramed } from './map-framed';

type Flow = ReactFlowInstance<MapNode, MapEdge>;

/**
 * Fits the whole map when it is legible that way; otherwise shows its top-left at a readable zoom.
 * The overview is always fitted whole: it is made to be read that way (see chooseMapLevel).
 * `framed` holds what the view was last framed on (level, canvas size, the nodes' bounds): a live
 * change that leaves all three as they were would frame the same view again, and setting it costs
 * every node's store subscription a run in the frame that paints the change (~10 ms at 1,000
 * containers on this machine), so it is skipped.
 */
function fitReadable(flow: Flow, level: MapGraph['level'], framed: MutableRefObject<string | null>) {
  const nodes = flow.getNodes();
  // The frame painted with this one shows the map: the server's first picture of it can go (PreviewLayer).
  requestAnimationFrame(markMapFramed);
  if (nodes.length === 0) return;
  const el = document.querySelector('[data-testid="map-canvas"]');
  const [width, height] = [el?.clientWidth ?? 1200, el?.clientHeight ?? 800];
  const bounds = flow.getNodesBounds(nodes);
  const frame = `${level} ${width}x${height} ${bounds.x},${bounds.y},${bounds.width},${bounds.height}`;
  if (frame === framed.current) return;
  framed.current = frame;
  const view = level === 'overview' ? null : toReadableView(bounds, width, height);
  if (view) flow.setViewport(view);
  else flow.fitView({ padding: FIT_VIEW_PADDING, maxZoom: 1 });
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
  /**
   * What the view was last framed on; null once the user moved it or asked for Tidy (the next framing is
   * set whatever it is). A search that centred a result stays centred until the frame changes.
   */
  const framed = useRef<string | null>(null);

  useEffect(() => {
    // A switch of level (overview/containers) or grouping is the user asking for another picture: frame it.
    const newPicture = seenPicture.current !== picture;
    if (newPicture) userMoved.current = false;
    seenPicture.current = picture;
    // After the render that puts the new nodes on the canvas: fitting measures them. A new picture (or
    // the first nodes) is framed in the frame that first paints it; a live change to a framed map, just
    // after the frame that paints it: measuring a thousand nodes' bounds (~10 ms) would hold up the very
    // frame that shows the change, and its framing is almost always the one the view already has.
    if (seenKey.current !== structureKey && !userMoved.current) {
      const fit = () => fitReadable(flow, level, framed);
      requestAnimationFrame(framed.current === null || newPicture ? fit : () => setTimeout(fit, 0));
    }
    seenKey.current = structureKey;
  }, [structureKey, level, picture, flow]);

  const onMoveStart = useCallback((event: unknown) => {
    // Programmatic moves (a fit, a search centring a result) come without an event.
    if (event) {
      userMoved.current = true;
      framed.current = null;
    }
  }, []);

  const refit = useCallback(() => {
    userMoved.current = false;
    framed.current = null;
    requestAnimationFrame(() => fitReadable(flow, level, framed));
  }, [flow, level]);

  return { onMoveStart, refit };
}
