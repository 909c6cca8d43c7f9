import { describe, expect, it } from 'vitest';
import type { Topology } from '../topology/types';
import { ctr, net, shopTopology } from './__fixtures__/synthetic-topology';
import { buildGraph } from './build-graph';
import type { MapGraph, MapNode } from './types';
import { withLabMarks } from './with-lab-marks';

const isLabMarked = (data: object): boolean => (data as { lab?: boolean }).lab === true;

const MULTI_TIER = { containers: ['db', 'api', 'web'], networks: ['frontend', 'backend'] };

/** `kind:name` of every marked node, sorted. */
const markedNames = (g: MapGraph) =>
  g.nodes.filter((n) => isLabMarked(n.data)).map(nameOf).sort();

function nameOf(n: MapNode): string {
  if (n.type === 'container') return `container:${n.data.container.name}`;
  if (n.type === 'network') return `network:${n.data.network.name}`;
  return `${n.type}:${n.id}`;
}

describe('withLabMarks', () => {
  const shop = shopTopology();

  it('marks the lab\'s containers and networks by name, and nothing else', () => {
    const graph = buildGraph(shop);
    const marked = withLabMarks(graph, MULTI_TIER);
    expect(markedNames(marked)).toEqual(['container:api', 'container:db', 'container:web', 'network:backend', 'network:frontend']);
    for (const n of marked.nodes) if (isLabMarked(n.data)) expect((n.data as { lab?: boolean }).lab).toBe(true);
  });

  it('keeps every unmarked node the very same object, the edges and the structure key: marks move nothing', () => {
    const graph = buildGraph(shop);
    const marked = withLabMarks(graph, MULTI_TIER);
    expect(marked.nodes.length).toBe(graph.nodes.length);
    graph.nodes.forEach((n, i) => {
      if (!isLabMarked(marked.nodes[i].data)) expect(marked.nodes[i]).toBe(n);
      else expect(marked.nodes[i]).toEqual({ ...n, data: { ...n.data, lab: true } });
    });
    expect(marked.edges).toBe(graph.edges);
    expect(marked.structureKey).toBe(graph.structureKey);
    // The graph given is left as it was.
    expect(graph.nodes.some((n) => isLabMarked(n.data))).toBe(false);
  });

  it('returns the graph itself when the lab names nothing on the map, or nothing at all', () => {
    const graph = buildGraph(shop);
    expect(withLabMarks(graph, { containers: ['container1', 'container2'], networks: ['test-net'] })).toBe(graph);
    expect(withLabMarks(graph, { containers: [], networks: [] })).toBe(graph);
  });

  it('matches whole names only (api is not api-2, frontend not my-frontend)', () => {
    const t: Topology = {
      ...shop,
      networks: [...shop.networks, net(9, 'my-frontend')],
      containers: [...shop.containers, ctr(9, 'api-2')],
    };
    const marked = withLabMarks(buildGraph(t), { containers: ['api'], networks: ['frontend'] });
    expect(markedNames(marked)).toEqual(['container:api', 'network:frontend']);
  });

  it('in the overview, marks the networks and leaves the clusters as they are', () => {
    const graph = buildGraph(shop, 'overview');
    const marked = withLabMarks(graph, MULTI_TIER);
    expect(markedNames(marked)).toEqual(['network:backend', 'network:frontend']);
    marked.nodes.filter((n) => n.type === 'cluster').forEach((n) => expect(graph.nodes).toContain(n));
  });

  it('on a map of several hosts, marks each host\'s namesake', () => {
    const edgeEngine = { ...shop.engines[0], id: 'edge', name: 'edge' };
    const otherDb = ctr(20, 'db', { engineId: 'edge' });
    const t: Topology = { ...shop, engines: [...shop.engines, edgeEngine], containers: [...shop.containers, otherDb] };
    const marked = withLabMarks(buildGraph(t), { containers: ['db'], networks: [] });
    expect(markedNames(marked)).toEqual(['container:db', 'container:db']);
  });
});
