'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { buildGraph } from '@/lib/graph/build-graph';
import { CANVAS_COOKIE, formatCanvasSize } from '@/lib/graph/canvas-size';
import { chooseMapLevel, graphBounds, surelyOverview } from '@/lib/graph/map-level';
import type { MapView } from '@/lib/graph/map-view';
import type { MapGraph, MapLevel } from '@/lib/graph/types';
import type { Topology } from '@/lib/topology/types';

/** The canvas a map is framed in: the window under the page header. */
function canvasSize(): { width: number; height: number } {
  return { width: window.innerWidth, height: Math.max(200, window.innerHeight - 60) };
}

/**
 * Tells the server the canvas's size (a cookie, on load and on every resize), so that the next page's
 * first picture, drawn by the server before any script runs (lib/graph/first-picture.ts), shows the level
 * and zoom this page would open at.
 */
function useReportCanvasSize(): void {
  useEffect(() => {
    const report = () => {
      document.cookie = `${CANVAS_COOKIE}=${formatCanvasSize(canvasSize())}; path=/; max-age=31536000; SameSite=Strict`;
    };
    report();
    window.addEventListener('resize', report);
    return () => window.removeEventListener('resize', report);
  }, []);
}

/**
 * Runs `then(nodeId)` once React Flow has the node on its canvas: it puts new nodes there and measures
 * them a few frames later (a level switched, a summary zoomed into). Gives up waiting after ~90 frames
 * (a second and a half) and runs it anyway.
 */
export function whenDrawn(flow: Pick<ReturnType<typeof useReactFlow>, 'getInternalNode'>, nodeId: string, then: (nodeId: string) => void): void {
  let frames = 0;
  const tryFocus = () => {
    const node = flow.getInternalNode(nodeId);
    if (node?.measured.width || frames++ > 90) then(nodeId);
    else requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}

/**
 * The map's level and its graph (grouped and collapsed as `view` says). The level is chosen once,
 * when the first map arrives (the overview when the container view would not fit legibly; see
 * chooseMapLevel), then only by the user: a live change must not flip the picture under them. `focusWhenDrawn` switches to the container view and
 * runs `focus` on a node once it is on the canvas (a cluster clicked, a search result inside one).
 */
export function useMapLevel(topology: Topology | undefined, view: MapView) {
  const [chosen, setLevel] = useState<MapLevel | null>(null);
  const first = useRef<MapLevel | null>(null);
  useReportCanvasSize();
  // So many containers that no layout of them fits legibly: the overview, without laying them out to measure.
  if (topology && first.current === null && chosen === null && view.collapsed.size === 0) {
    const size = canvasSize();
    if (surelyOverview(topology.containers.length, size.width, size.height)) first.current = 'overview';
  }
  const containers = useMemo(() => (topology && (chosen ?? first.current) !== 'overview' ? buildGraph(topology, 'containers', view) : null), [topology, chosen, view]);
  // Until the level is chosen the container view is built (it is what the choice measures).
  if (containers && first.current === null && chosen === null) {
    const size = canvasSize();
    first.current = chooseMapLevel(graphBounds(containers), size.width, size.height);
  }
  const level: MapLevel = chosen ?? first.current ?? 'containers';
  const overview = useMemo(() => (topology && level === 'overview' ? buildGraph(topology, 'overview', view) : null), [topology, level, view]);
  const graph: MapGraph | null = level === 'overview' ? overview : containers;

  const flow = useReactFlow();
  const pending = useRef<{ nodeId: string; focus: (nodeId: string) => void } | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (!p || graph?.level !== 'containers') return;
    pending.current = null;
    whenDrawn(flow, p.nodeId, p.focus);
  }, [graph, flow]);
  const focusWhenDrawn = (nodeId: string, focus: (nodeId: string) => void) => {
    pending.current = { nodeId, focus };
    setLevel('containers');
  };
  return { level, setLevel, graph, focusWhenDrawn };
}
