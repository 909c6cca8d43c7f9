import type { DiffMarks } from './diff-marks';
import { containerNodeId, type ClusterFlowNode, type DiffCounts, type MapEdge, type MapGraph, type MapNode } from './types';

/** How many of a cluster's members are marked, per kind; null when none is. */
function memberCounts(cluster: ClusterFlowNode, marks: DiffMarks): DiffCounts | null {
  const counts: DiffCounts = { added: 0, removed: 0, changed: 0 };
  let any = false;
  for (const id of cluster.data.memberIds) {
    const mark = marks.nodes.get(containerNodeId(id));
    if (mark) {
      counts[mark]++;
      any = true;
    }
  }
  return any ? counts : null;
}

function markNode(n: MapNode, marks: DiffMarks): MapNode {
  if (n.type === 'cluster') {
    const counts = memberCounts(n, marks);
    return counts ? { ...n, data: { ...n.data, diff: 'changed', diffCounts: counts } } : n;
  }
  const mark = marks.nodes.get(n.id);
  if (!mark) return n;
  if (n.type === 'container') return { ...n, data: { ...n.data, diff: mark } };
  if (n.type === 'network') return { ...n, data: { ...n.data, diff: mark } };
  return n;
}

function markEdge(e: MapEdge, marks: DiffMarks): MapEdge {
  if (e.type !== 'endpoint' || !e.data) return e;
  const mark = marks.edges.get(e.id);
  return mark ? { ...e, data: { ...e.data, diff: mark } } : e;
}

/**
 * The graph with a comparison's marks on it (see diffMarks): every marked container, network and
 * attachment edge carries `data.diff`; a cluster (every group in the overview, a collapsed group in
 * the container view) is `changed` when any of its members is marked, with `diffCounts` per kind,
 * since its containers have no node of their own. Whatever is not marked is the very same object
 * (the canvas skips those: reuseUnchanged), and the structure key is kept: marks move nothing. Pure.
 */
export function withDiffMarks(graph: MapGraph, marks: DiffMarks): MapGraph {
  if (marks.nodes.size === 0 && marks.edges.size === 0) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => markNode(n, marks)),
    edges: marks.edges.size ? graph.edges.map((e) => markEdge(e, marks)) : graph.edges,
  };
}
