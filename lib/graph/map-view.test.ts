import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph';
import { scaleTopology, shopTopology } from './__fixtures__/synthetic-topology';
import { groupNodeId, type MapEdge, type MapNode } from './types';

const byType = (nodes: MapNode[], type: MapNode['type']) => nodes.filter((n) => n.type === type);
const endpointEdges = (edges: MapEdge[]) => edges.filter((e) => e.type === 'endpoint');

describe('the map grouped by compose project', () => {
  const t = scaleTopology(60, 6, 2);

  it('draws one box per project holding its containers, each container still edged to its own networks', () => {
    const g = buildGraph(t, 'containers', { groupBy: 'project', collapsed: new Set() });
    const boxes = byType(g.nodes, 'group');
    expect(boxes.map((b) => b.id)).toEqual(['grp:project:proj0', 'grp:project:proj1']);
    expect(boxes.map((b) => b.type === 'group' && b.data.label)).toEqual(['project proj0 · 30', 'project proj1 · 30']);
    for (const c of byType(g.nodes, 'container')) expect(c.parentId).toBe(`grp:project:${c.type === 'container' && c.data.container.compose?.project}`);
    expect(endpointEdges(g.edges)).toHaveLength(t.endpoints.length);
  });

  it('a collapsed project is one cluster whose edges carry how many of its containers sit on each network', () => {
    const id = groupNodeId('project:proj1');
    const g = buildGraph(t, 'containers', { groupBy: 'project', collapsed: new Set([id]) });
    const cluster = g.nodes.find((n) => n.id === id)!;
    expect(cluster.type).toBe('cluster');
    expect(cluster.type === 'cluster' && cluster.data).toMatchObject({ project: 'proj1', count: 30, inline: true });
    const members = new Set(t.containers.filter((c) => c.compose?.project === 'proj1').map((c) => c.id));
    expect(byType(g.nodes, 'container').some((n) => n.type === 'container' && members.has(n.data.container.id))).toBe(false);
    expect(endpointEdges(g.edges)).toHaveLength(t.endpoints.filter((e) => !members.has(e.containerId)).length);
    const counts = g.edges.filter((e) => e.type === 'count' && e.source === id);
    const netsOfProject = [...new Set(t.endpoints.filter((e) => members.has(e.containerId)).map((e) => e.networkId))];
    expect(counts).toHaveLength(netsOfProject.length);
    for (const edge of counts) {
      const onIt = t.endpoints.filter((e) => members.has(e.containerId) && `net:${e.networkId}` === edge.target).length;
      expect(edge.type === 'count' && edge.data?.count).toBe(onIt);
    }
    expect(new Set(counts.map((e) => e.type === 'count' && e.data?.count)).size).toBeGreaterThan(1);
    // Collapsing is a change of structure: the map is laid out again, the cluster taking a container's room.
    expect(g.structureKey).not.toBe(buildGraph(t, 'containers', { groupBy: 'project', collapsed: new Set() }).structureKey);
    expect({ width: cluster.width, height: cluster.height }).toEqual({ width: 250, height: 56 });
  });

  it('the overview clusters every group whatever the user collapsed, and the network grouping is the default', () => {
    const overview = buildGraph(shopTopology(), 'overview', { groupBy: 'network', collapsed: new Set() });
    expect(byType(overview.nodes, 'container')).toHaveLength(0);
    expect(endpointEdges(overview.edges)).toHaveLength(0);
    expect(buildGraph(shopTopology())).toEqual(buildGraph(shopTopology(), 'containers', { groupBy: 'network', collapsed: new Set() }));
  });
});
