'use client';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import {
  Background, ControlButton, Controls, ReactFlow, useEdgesState, useNodesState, useReactFlow, useStore,
  type EdgeTypes, type NodeTypes,
} from '@xyflow/react';
import { cullsOffscreen, showsDots } from '@/lib/graph/canvas-budget';
import { summarizeGroups, summarizes, withoutHiddenSelection } from '@/lib/graph/group-summary';
import { pastContainerNames, zoomTier, type ZoomTier } from '@/lib/graph/zoom-tier';
import { containerNodeId, networkNodeId, type MapEdge, type MapGraph, type MapNode } from '@/lib/graph/types';
import ClusterNode from './ClusterNode';
import ContainerNode from './ContainerNode';
import CountEdge from './CountEdge';
import EndpointEdge from './EndpointEdge';
import GroupNode from './GroupNode';
import HostNode from './HostNode';
import MapMiniMap from './MapMiniMap';
import NetworkNode from './NetworkNode';
import SharedStackEdge from './SharedStackEdge';
import { useDropTarget, type DropTarget } from './use-drop-target';
import { useFitUntilMoved } from './use-fit-until-moved';
import { useFlashChanges } from './use-flash-changes';
import { useKeepSelection } from './use-keep-selection';
import { useKeptPositions } from './use-kept-positions';

const nodeTypes: NodeTypes = { network: NetworkNode, container: ContainerNode, group: GroupNode, host: HostNode, cluster: ClusterNode };
const edgeTypes: EdgeTypes = { endpoint: EndpointEdge, sharedStack: SharedStackEdge, count: CountEdge };

const NO_DROPS: ReadonlyArray<DropTarget['kind']> = [];

export interface MapCanvasProps {
  graph: MapGraph;
  onSelect: (nodeId: string | null) => void;
  stale: boolean;
  /** A container dropped on a network it is not on, or Shift-dropped on another container (absent: dragging only moves nodes). */
  onDrop?: (target: DropTarget) => void;
  /** Which drops are offered (read-only: only the reachability question). */
  dropKinds?: ReadonlyArray<DropTarget['kind']>;
  /** Delete pressed on a selected attachment (absent: read-only, Delete does nothing). */
  onDeleteEndpoint?: (containerId: string, networkId: string) => void;
  /** A cluster of the overview was clicked: open its containers. */
  onOpenCluster?: (nodeId: string) => void;
  /** A picture of the whole map is being made: draw every node, with the text of the picture's zoom. */
  exportTier?: ZoomTier | null;
}

/**
 * The React Flow canvas. A live update never moves a node that was already there
 * (useKeptPositions) and keeps the selection (useKeepSelection); what changed flashes briefly
 * (useFlashChanges). "Tidy" re-runs the full layout on request. The view fits the graph until the
 * user moves it (useFitUntilMoved). Text too small to read at the zoom is hidden or set larger
 * (`data-zoom`, see zoomTier); zoomed out past names, the container view shows each group as its
 * count when it has many (`data-summary`, see summarizes).
 */
export default function MapCanvas({ graph, onSelect, stale, onDrop, dropKinds = NO_DROPS, onDeleteEndpoint, onOpenCluster, exportTier }: MapCanvasProps) {
  const [nodes, setNodes, onNodesChange] = useNodesState<MapNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<MapEdge>([]);
  const flow = useReactFlow<MapNode, MapEdge>();
  const { replaceNodes, replaceEdges } = useKeepSelection(setNodes, setEdges);
  // The order of these is the order their effects run in on a new graph: place (and mark), frame.
  const changed = useFlashChanges(setNodes, setEdges);
  // Every node of the state, drawn or not: a summary gives React Flow only the group boxes.
  const allNodes = useRef(nodes);
  useLayoutEffect(() => {
    allNodes.current = nodes;
  }, [nodes]);
  const placed = useCallback(() => allNodes.current, []);
  const { drifted, relayout } = useKeptPositions(graph, placed, replaceNodes, replaceEdges, changed);
  // Which text is legible at this zoom (re-renders only when the tier changes, not every frame).
  const tier = useStore((s) => zoomTier(s.transform[2]));
  const { onMoveStart, refit } = useFitUntilMoved(flow, graph.structureKey, graph.level, `${graph.level}:${graph.groupBy}`);

  const tidy = useCallback(() => {
    relayout();
    refit();
  }, [relayout, refit]);

  const drop = useDropTarget(graph, setNodes, onDrop, dropKinds);
  // Nodes and edges mirror the engine: Delete never removes them locally. On an attachment it asks
  // to disconnect (with a preview first); on anything else it does nothing.
  const onBeforeDelete = useCallback(async ({ edges: picked }: { nodes: MapNode[]; edges: MapEdge[] }) => {
    const endpoint = picked.find((e) => e.type === 'endpoint');
    if (endpoint?.type === 'endpoint' && endpoint.data && onDeleteEndpoint) onDeleteEndpoint(endpoint.data.endpoint.containerId, endpoint.data.endpoint.networkId);
    return false;
  }, [onDeleteEndpoint]);
  const containerCount = useMemo(() => graph.nodes.reduce((n, node) => n + (node.type === 'container' ? 1 : 0), 0), [graph.nodes]);
  const summary = !exportTier && summarizes(graph.level, tier, containerCount);
  const drawn = useMemo(() => (summary ? summarizeGroups(nodes, edges, graph.groupEdges ?? []) : { nodes, edges }), [summary, nodes, edges, graph.groupEdges]);
  const dropOn = drop.target ? (drop.target.kind === 'network' ? networkNodeId(drop.target.networkId) : containerNodeId(drop.target.targetId)) : null;
  const shown = dropOn ? drawn.nodes.map((n) => (n.id === dropOn ? { ...n, className: 'na-drop-target' } : n)) : drawn.nodes;

  return (
    <div className={`relative h-full w-full ${stale ? 'opacity-50 grayscale' : ''}`} data-testid="map-canvas" data-zoom={exportTier ?? tier} data-summary={summary ? '' : undefined}>
      <ReactFlow<MapNode, MapEdge>
        nodes={shown}
        edges={drawn.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeClick={(_, node) => {
          if (summary) setNodes(withoutHiddenSelection);
          if (node.type === 'cluster') onOpenCluster?.(node.id);
          else onSelect(node.type === 'group' || node.type === 'host' ? null : node.id);
        }}
        onPaneClick={() => {
          if (summary) setNodes(withoutHiddenSelection);
          onSelect(null);
        }}
        onMoveStart={onMoveStart}
        onNodeDragStart={drop.onNodeDragStart}
        onNodeDrag={drop.onNodeDrag}
        onNodeDragStop={drop.onNodeDragStop}
        onBeforeDelete={onBeforeDelete}
        deleteKeyCode={['Delete', 'Backspace']}
        // Shift is the "can it reach…" drag (use-drop-target), not React Flow's selection box.
        selectionKeyCode={null}
        minZoom={0.05}
        maxZoom={2}
        nodesConnectable={false}
        onlyRenderVisibleElements={cullsOffscreen(shown.length) && !exportTier}
        proOptions={{ hideAttribution: true }}
      >
        {showsDots(tier, shown.length) && <Background gap={24} color="#e2e8f0" />}
        <Controls showInteractive={false}>
          <ControlButton onClick={tidy} title="Tidy: lay the whole map out again" aria-label="Tidy layout">
            <span aria-hidden className="text-[11px] font-bold">⇆</span>
          </ControlButton>
        </Controls>
        <MapMiniMap nodes={drawn.nodes} onUserMove={onMoveStart} />
      </ReactFlow>
      {drifted && !drop.target && (
        <button type="button" data-testid="tidy-hint" onClick={tidy}
          className="absolute bottom-4 left-[256px] z-10 rounded-md border border-sky-300 bg-white/95 px-2.5 py-1 text-xs text-sky-900 shadow-sm hover:bg-sky-50"
          title="Nodes that did not change stay where they were; new groups went where there was room.">
          The networks changed since the map was laid out — Tidy
        </button>
      )}
      {pastContainerNames(tier) && graph.level !== 'overview' && !drop.target && (
        <div role="status" data-testid="zoom-hint" className="pointer-events-none absolute top-3 left-1/2 z-10 -translate-x-1/2 whitespace-nowrap rounded-md border border-slate-200 bg-white/95 px-3 py-1 text-sm text-slate-700 shadow-sm">
          {summary
            ? 'Zoomed out past names: each box shows how many containers it holds. Zoom in or search to see them.'
            : 'Names are too small to read at this zoom: zoom in, or switch to the Overview for each group’s counts.'}
        </div>
      )}
      {drop.target && (
        <div role="status" data-testid="drop-hint" className="pointer-events-none absolute bottom-4 left-1/2 z-10 -translate-x-1/2 rounded-md bg-sky-600 px-3 py-1.5 text-sm text-white shadow">
          {drop.target.kind === 'network'
            ? `Drop to connect ${drop.target.containerName} to ${drop.target.networkName}`
            : `Drop to ask whether ${drop.target.containerName} can reach ${drop.target.targetName}`}
        </div>
      )}
    </div>
  );
}
