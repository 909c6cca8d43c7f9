'use client';
import { memo, useMemo, useRef, type PointerEvent, type WheelEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { boundsOf, mapPointAt, miniFrame, miniShapes, viewRect, type MiniShape } from '@/lib/graph/minimap-frame';
import { networkColor } from '@/lib/graph/network-color';
import type { MapEdge, MapNode } from '@/lib/graph/types';

const SIZE = { width: 180, height: 120 };
const ZOOM_STEP = 1.2;

const color = (n: MapNode): string =>
  n.type === 'network' ? networkColor(n.data.network) : n.type === 'group' ? '#f1f5f9' : n.type === 'host' ? '#eef2ff' : n.type === 'cluster' ? '#cbd5e1' : '#94a3b8';

type View = readonly [number, number, number, number, number];
const viewOf = (s: ReactFlowState): View => [s.transform[0], s.transform[1], s.transform[2], s.width, s.height];
const sameView = (a: View, b: View) => a.every((v, i) => v === b[i]);

/** The map's nodes as rectangles: drawn again only when the map changes, never when the view moves. */
const Shapes = memo(function Shapes({ shapes }: { shapes: Array<MiniShape<MapNode>> }) {
  return (
    <g>
      {shapes.map((s) => (
        <rect key={s.node.id} data-node={s.node.id} x={s.x} y={s.y} width={s.width} height={s.height} fill={color(s.node)} shapeRendering="crispEdges" />
      ))}
    </g>
  );
});

/**
 * The whole map in 180×120 px, the part on screen left clear: press or drag on it to look there,
 * wheel over it to zoom. React Flow's own MiniMap subscribes every node to the canvas's store, so on a
 * map of 1,000 containers each frame of a pan ran a thousand selectors (npm run bench:scale: a third
 * of the container view's frames were late, a quarter without it); this one follows the view with one
 * subscription and lays the shapes out once per change of the map.
 */
export default function MapMiniMap({ nodes, onUserMove }: { nodes: MapNode[]; onUserMove: (event: unknown) => void }) {
  const flow = useReactFlow<MapNode, MapEdge>();
  const [tx, ty, zoom, width, height] = useStore(viewOf, sameView);
  const shapes = useMemo(() => miniShapes(nodes), [nodes]);
  const bounds = useMemo(() => boundsOf(shapes), [shapes]);
  const view = viewRect([tx, ty, zoom], width, height);
  const frame = miniFrame(bounds, view, SIZE);
  const pressed = useRef(false);

  const lookAt = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const p = mapPointAt(frame, SIZE, { x: e.clientX - box.left, y: e.clientY - box.top });
    onUserMove(e);
    void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
  };
  const onWheel = (e: WheelEvent<SVGSVGElement>) => {
    onUserMove(e);
    void flow.zoomTo(flow.getZoom() * (e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP));
  };

  return (
    <Panel position="bottom-left" className="react-flow__minimap nopan nowheel" style={{ ...SIZE, marginLeft: 56 }} data-testid="minimap">
      <svg
        width={SIZE.width} height={SIZE.height} viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        role="img" aria-label="Overview of the whole map" className="cursor-pointer touch-none"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          pressed.current = true;
          lookAt(e);
        }}
        onPointerMove={(e) => pressed.current && lookAt(e)}
        onPointerUp={() => { pressed.current = false; }}
        onPointerCancel={() => { pressed.current = false; }}
        onWheel={onWheel}
      >
        <title>Overview of the whole map: press or drag to look there, wheel to zoom</title>
        <Shapes shapes={shapes} />
        <path
          className="react-flow__minimap-mask" fillRule="evenodd" pointerEvents="none"
          d={`M${frame.x},${frame.y}h${frame.width}v${frame.height}h${-frame.width}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
        />
        <rect x={view.x} y={view.y} width={view.width} height={view.height} fill="none" stroke="#64748b" strokeWidth={frame.scale} pointerEvents="none" />
      </svg>
    </Panel>
  );
}
