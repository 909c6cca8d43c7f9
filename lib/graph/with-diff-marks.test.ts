import { describe, expect, it } from 'vitest';
import { buildTopology } from '../topology/build-topology';
import { compareTopologies } from '../topology/compare-topologies';
import type { Topology } from '../topology/types';
import { engine28 } from '../topology/__fixtures__/engine-28.5-fixture';
import { ctr, ep, scaleTopology, shopTopology } from './__fixtures__/synthetic-topology';
import { buildGraph } from './build-graph';
import { comparedTopology, diffMarks } from './diff-marks';
import { DEFAULT_VIEW, type MapView } from './map-view';
import { reuseUnchanged } from './reuse-unchanged';
import { containerNodeId, groupNodeId, networkNodeId, type MapGraph, type MapLevel, type MapNode } from './types';
import { withDiffMarks } from './with-diff-marks';

/** What the page does: compare, draw the compared topology, put the marks on. */
function compare(before: Topology, after: Topology, level: MapLevel = 'containers', view: MapView = DEFAULT_VIEW) {
  const comparison = compareTopologies(before, after);
  const marks = diffMarks(comparison);
  const graph = buildGraph(comparedTopology(before, after, comparison), level, view);
  return { marks, graph, marked: withDiffMarks(graph, marks) };
}

const cluster = (g: MapGraph, id: string) => g.nodes.find((n): n is Extract<MapNode, { type: 'cluster' }> => n.id === id && n.type === 'cluster')!;

/** Every node and edge of `marked` that carries no mark is the very object `graph` had. */
function expectUnmarkedKept(graph: MapGraph, marked: MapGraph) {
  expect(marked.nodes.length).toBe(graph.nodes.length);
  expect(marked.edges.length).toBe(graph.edges.length);
  graph.nodes.forEach((n, i) => {
    if (!('diff' in marked.nodes[i].data)) expect(marked.nodes[i]).toBe(n);
    else expect(marked.nodes[i]).toEqual({ ...n, data: { ...n.data, ...marked.nodes[i].data } });
  });
  graph.edges.forEach((e, i) => {
    if (!marked.edges[i].data || !('diff' in marked.edges[i].data!)) expect(marked.edges[i]).toBe(e);
  });
  expect(marked.structureKey).toBe(graph.structureKey);
}

describe('withDiffMarks', () => {
  const a = buildTopology(engine28.snapshot());
  const webId = engine28.idOf('web');
  const apiId = engine28.idOf('api');
  const backId = engine28.idOf('back-net');
  const routedNet = engine28.idOf('routed-net');
  // Web gone, api left back-net, routed-net gone (its member stays), a container and its endpoint new.
  const extra = { ...a.containers.find((c) => c.id === apiId)!, id: `f00d${apiId.slice(4)}`, name: 'api-2' };
  const extraEp = { ...a.endpoints.find((e) => e.containerId === apiId)!, containerId: extra.id, ipv4: '10.231.48.99', dnsNames: ['api-2'] };
  const b: Topology = {
    ...a,
    networks: a.networks.filter((n) => n.id !== routedNet),
    containers: [...a.containers.filter((c) => c.id !== webId), extra],
    endpoints: [
      ...a.endpoints.filter((e) => e.containerId !== webId && e.networkId !== routedNet && !(e.containerId === apiId && e.networkId === backId)),
      extraEp,
    ],
  };

  it('puts every mark of the container level on its node or edge, and keeps every other object as it was', () => {
    const { marks, graph, marked } = compare(a, b);
    expect([...marks.nodes.values()].sort()).toEqual(['added', 'changed', 'changed', 'removed', 'removed']);
    expect(marks.edges.size).toBe(4);
    const nodes = new Map(marked.nodes.map((n) => [n.id, n]));
    for (const [id, mark] of marks.nodes) expect(nodes.get(id)?.data).toMatchObject({ diff: mark });
    const edges = new Map(marked.edges.map((e) => [e.id, e]));
    for (const [id, mark] of marks.edges) expect(edges.get(id)).toMatchObject({ type: 'endpoint', data: { diff: mark } });
    // Nothing else is marked, and what is not marked is the same object.
    expect(marked.nodes.filter((n) => 'diff' in n.data).length).toBe(marks.nodes.size);
    expect(marked.edges.filter((e) => e.data && 'diff' in e.data).length).toBe(marks.edges.size);
    expectUnmarkedKept(graph, marked);
    expect(nodes.get(containerNodeId(webId))?.data).toMatchObject({ diff: 'removed' });
    expect(nodes.get(containerNodeId(extra.id))?.data).toMatchObject({ diff: 'added' });
    expect(nodes.get(networkNodeId(routedNet))?.data).toMatchObject({ diff: 'removed' });
    expect(nodes.get(containerNodeId(apiId))?.data).toMatchObject({ diff: 'changed' });
  });

  it('marks nothing and returns the graph itself when nothing changed', () => {
    const { graph, marked } = compare(a, a);
    expect(marked).toBe(graph);
  });

  it('gives the canvas the same objects again for the same comparison (reuseUnchanged keeps them all)', () => {
    for (const level of ['containers', 'overview'] as const) {
      const first = compare(a, b, level).marked;
      const second = compare(a, b, level).marked;
      const nodes = reuseUnchanged(first.nodes, second.nodes);
      nodes.forEach((n, i) => expect(n).toBe(first.nodes[i]));
      const edges = reuseUnchanged(first.edges, second.edges);
      edges.forEach((e, i) => expect(e).toBe(first.edges[i]));
    }
  });

  it('on a map of several hosts, the overview\'s clusters of each host count their own members', () => {
    const edge = { ...a.engines[0], id: 'edge', name: 'edge' };
    const lone = { ...a.containers.find((c) => c.id === webId)!, id: `e${webId.slice(1)}`, engineId: 'edge' };
    const before = { ...a, engines: [...a.engines, edge], containers: [...a.containers, lone] };
    const { graph, marked } = compare(before, b, 'overview');
    const clusters = marked.nodes.filter((n) => n.type === 'cluster' && n.data.diff);
    const onEdge = clusters.filter((n) => n.type === 'cluster' && n.data.engineId === 'edge');
    expect(onEdge.map((n) => n.type === 'cluster' && n.data.diffCounts)).toEqual([{ added: 0, removed: 1, changed: 0 }]);
    const rest = clusters.filter((n) => n.type === 'cluster' && n.data.engineId === 'default');
    expect(rest.reduce((s, n) => s + (n.type === 'cluster' ? Object.values(n.data.diffCounts!).reduce((x, y) => x + y, 0) : 0), 0)).toBe(4);
    expectUnmarkedKept(graph, marked);
  });

  describe('clusters: the overview and collapsed groups', () => {
    const shop = shopTopology();
    const web = shop.containers.find((c) => c.name === 'web')!;
    const api = shop.containers.find((c) => c.name === 'api')!;
    const front = shop.networks.find((n) => n.name === 'frontend')!;
    const shop2 = ctr(7, 'shop');
    // web gone and shop new (both frontend only), api readdressed on frontend (its group is frontend + backend).
    const after: Topology = {
      ...shop,
      containers: [...shop.containers.filter((c) => c !== web), shop2],
      endpoints: [
        ...shop.endpoints.filter((e) => e.containerId !== web.id).map((e) => (e.containerId === api.id && e.networkId === front.id ? { ...e, ipv4: '10.210.1.50' } : e)),
        ep(front, shop2, 7),
      ],
    };

    it('in the overview, a cluster is changed when a member is marked, with its marks counted by kind', () => {
      const { marks, graph, marked } = compare(shop, after, 'overview');
      expect(marked.level).toBe('overview');
      expect(marked.nodes.some((n) => n.type === 'container')).toBe(false);
      expect(cluster(marked, groupNodeId(front.id)).data).toMatchObject({ diff: 'changed', diffCounts: { added: 1, removed: 1, changed: 0 }, count: 2 });
      const both = [front.id, shop.networks.find((n) => n.name === 'backend')!.id].sort().join('+');
      expect(cluster(marked, groupNodeId(both)).data).toMatchObject({ diff: 'changed', diffCounts: { added: 0, removed: 0, changed: 1 } });
      // Every cluster counts exactly its members' marks; one without any is untouched.
      for (const n of marked.nodes) {
        if (n.type !== 'cluster') continue;
        const mine = n.data.memberIds.map((id) => marks.nodes.get(containerNodeId(id))).filter(Boolean);
        if (mine.length === 0) expect(n.data.diff).toBeUndefined();
        else expect(Object.values(n.data.diffCounts!).reduce((x, y) => x + y, 0)).toBe(mine.length);
      }
      const untouched = marked.nodes.filter((n) => n.type === 'cluster' && !n.data.diff);
      expect(untouched.length).toBeGreaterThan(0);
      expectUnmarkedKept(graph, marked);
      // The marked containers' memberships add up: none is lost inside a cluster.
      const counted = marked.nodes.flatMap((n) => (n.type === 'cluster' && n.data.diffCounts ? [n.data.diffCounts] : []))
        .reduce((s, c) => s + c.added + c.removed + c.changed, 0);
      expect(counted).toBe([...marks.nodes.keys()].filter((id) => id.startsWith('ctr:')).length);
    });

    it('in the container view, a collapsed group counts its members; the open groups\' containers carry their own marks', () => {
      const view: MapView = { groupBy: 'network', collapsed: new Set([groupNodeId(front.id)]) };
      const { graph, marked } = compare(shop, after, 'containers', view);
      expect(cluster(marked, groupNodeId(front.id)).data).toMatchObject({ inline: true, diff: 'changed', diffCounts: { added: 1, removed: 1, changed: 0 } });
      expect(marked.nodes.find((n) => n.id === containerNodeId(api.id))?.data).toMatchObject({ diff: 'changed' });
      expect(marked.nodes.find((n) => n.id === containerNodeId(shop2.id))).toBeUndefined();
      expectUnmarkedKept(graph, marked);
    });

    it('grouped by project, a collapsed project counts its members\' marks', () => {
      const big = scaleTopology(60, 6, 3);
      const gone = big.containers.filter((c) => c.compose?.project === 'proj1').slice(0, 2).map((c) => c.id);
      const changed = big.containers.find((c) => c.compose?.project === 'proj1' && !gone.includes(c.id))!;
      const other = big.containers.find((c) => c.compose?.project === 'proj2')!;
      const later: Topology = {
        ...big,
        containers: big.containers.filter((c) => !gone.includes(c.id)).map((c) => (c === changed || c === other ? { ...c, state: 'exited' as const } : c)),
        endpoints: big.endpoints.filter((e) => !gone.includes(e.containerId)),
      };
      const proj1 = groupNodeId('project:proj1');
      const view: MapView = { groupBy: 'project', collapsed: new Set([proj1]) };
      const { graph, marked } = compare(big, later, 'containers', view);
      expect(cluster(marked, proj1).data).toMatchObject({ project: 'proj1', diff: 'changed', diffCounts: { added: 0, removed: 2, changed: 1 } });
      expect(marked.nodes.find((n) => n.id === containerNodeId(other.id))?.data).toMatchObject({ diff: 'changed' });
      expect(cluster(marked, groupNodeId('project:proj0'))).toBeUndefined();
      expectUnmarkedKept(graph, marked);
    });
  });
});
