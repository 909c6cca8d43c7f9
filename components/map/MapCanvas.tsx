'use client';
import { useCallback, useEffect, useRef } from 'react';
import {
  Background, Controls, MiniMap, ReactFlow, useEdgesState, useNodesState, useReactFlow,
  type EdgeTypes, type NodeTypes,
} from '@xyflow/react';
import type { MapEdge, MapGraph, MapNode } from '@/lib/graph/types';
import { networkColor } from '@/lib/graph/network-color';
import ContainerNode from './ContainerNode';
import EndpointEdge from './EndpointEdge';
import GroupNode from './GroupNode';
import NetworkNode from './NetworkNode';
import SharedStackEdge from './SharedStackEdge';

const nodeTypes: NodeTypes = { network: NetworkNode, container: ContainerNode, group: GroupNode };
const edgeTypes: EdgeTypes = { endpoint: EndpointEdge, sharedStack: SharedStackEdge };

/** Below this zoom labels stop being legible: the first view shows the top-left part instead. */
const MIN_READABLE_ZOOM = 0.7;

export interface MapCanvasProps {
  graph: MapGraph;
  onSelect: (nodeId: string | null) => void;
  stale: boolean;
}

/**
 * The React Flow canvas. Positions come from the layout only when the structure changes (a node or
 * a membership added or removed); a data-only change keeps every node where it is, and a node the
 * user dragged keeps its place even then. The view fits the graph until the user moves it.
 */
export default function MapCanvas({ graph, onSelect, stale }: MapCanvasProps) {
  const [nodes, setNodes, onNodesChange] = useNodesState<MapNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<MapEdge>([]);
  const structure = useRef<string | null>(null);
  const dragged = useRef(new Set<string>());
  const userMoved = useRef(false);
  const flow = useReactFlow<MapNode, MapEdge>();

  useEffect(() => {
    const same = structure.current === graph.structureKey;
    setNodes((prev) => {
      const before = new Map(prev.map((n) => [n.id, n]));
      return graph.nodes.map((n) => {
        const old = before.get(n.id);
        if (!old) return n;
        const keep = same || dragged.current.has(n.id);
        return { ...n, position: keep ? old.position : n.position, selected: old.selected } as MapNode;
      });
    });
    setEdges((prev) => {
      const selected = new Set(prev.filter((e) => e.selected).map((e) => e.id));
      return graph.edges.map((e) => (selected.has(e.id) ? { ...e, selected: true } : e));
    });
    if (!same && !userMoved.current) requestAnimationFrame(() => fitReadable(flow));
    structure.current = graph.structureKey;
  }, [graph, setNodes, setEdges, flow]);

  const onMoveStart = useCallback((event: unknown) => {
    if (event) userMoved.current = true; // programmatic moves (fit, search) come without an event
  }, []);

  return (
    <div className={`h-full w-full ${stale ? 'opacity-50 grayscale' : ''}`} data-testid="map-canvas">
      <ReactFlow<MapNode, MapEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={(_, node) => dragged.current.add(node.id)}
        onNodeClick={(_, node) => onSelect(node.type === 'group' ? null : node.id)}
        onPaneClick={() => onSelect(null)}
        onMoveStart={onMoveStart}
        minZoom={0.05}
        maxZoom={2}
        nodesConnectable={false}
        onlyRenderVisibleElements={nodes.length > 400}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} color="#e2e8f0" />
        <Controls showInteractive={false} />
        <MiniMap
          pannable
          zoomable
          nodeColor={(n) => (n.type === 'network' ? networkColor((n as Extract<MapNode, { type: 'network' }>).data.network) : n.type === 'group' ? '#f1f5f9' : '#94a3b8')}
          nodeStrokeWidth={1}
        />
      </ReactFlow>
    </div>
  );
}

/** Fits the whole map when it is legible that way; otherwise shows its top-left at a readable zoom. */
function fitReadable(flow: ReturnType<typeof useReactFlow<MapNode, MapEdge>>) {
  const nodes = flow.getNodes();
  if (nodes.length === 0) return;
  const bounds = flow.getNodesBounds(nodes);
  const el = document.querySelector('[data-testid="map-canvas"]');
  const w = el?.clientWidth ?? 1200;
  const h = el?.clientHeight ?? 800;
  const zoom = Math.min(w / (bounds.width + 80), h / (bounds.height + 80), 1);
  if (zoom >= MIN_READABLE_ZOOM) flow.fitView({ padding: 0.06, maxZoom: 1 });
  else flow.setViewport({ x: 24 - bounds.x * MIN_READABLE_ZOOM, y: 16 - bounds.y * MIN_READABLE_ZOOM, zoom: MIN_READABLE_ZOOM });
}
