import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTopology } from '../topology/build-topology';
import { compareTopologies } from '../topology/compare-topologies';
import type { Topology } from '../topology/types';
import { engine28 } from '../topology/__fixtures__/engine-28.5-fixture';
import { topologyArb } from '../topology/__fixtures__/topology-arbitrary';
import { editedPairArb } from '../topology/__fixtures__/topology-edits';
import { buildGraph } from './build-graph';
import { comparedTopology, diffMarks, endpointEdgeId, ghostId } from './diff-marks';
import { containerNodeId, networkNodeId } from './types';

const epKey = (e: { containerId: string; networkId: string }) => `${e.containerId}/${e.networkId}`;
const dupes = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);

/** Compare, merge, draw with the real graph builder: what the map will do. */
function draw(before: Topology, after: Topology) {
  const comparison = compareTopologies(before, after);
  const topology = comparedTopology(before, after, comparison);
  const marks = diffMarks(comparison);
  const graph = buildGraph(topology);
  return { comparison, topology, marks, nodes: new Set(graph.nodes.map((n) => n.id)), edges: new Set(graph.edges.map((e) => e.id)) };
}

describe('comparedTopology and diffMarks', () => {
  it('hold every element of after and every removed one of before, once, and mark only what the graph draws', () => {
    const pairs = fc.oneof(editedPairArb.map(([a, b]) => [a, b] as const), fc.tuple(topologyArb, topologyArb));
    fc.assert(fc.property(pairs, ([a, b]) => {
      const { comparison, topology: t, marks, nodes, edges } = draw(a, b);
      // Every element of after, as it is.
      for (const c of b.containers) expect(t.containers).toContain(c);
      for (const n of b.networks) expect(t.networks).toContain(n);
      for (const e of b.endpoints) expect(t.endpoints).toContain(e);
      // Every removed one of before, under its id (or its ghost id when after has that id).
      const containerIds = new Set(t.containers.map((c) => `${c.engineId}/${c.id}`));
      for (const c of comparison.containers.filter((x) => x.kind === 'removed')) expect(containerIds).toContain(`${c.engineId}/${ghostId(c)}`);
      const networkIds = new Set(t.networks.map((n) => n.id));
      for (const n of comparison.networks.filter((x) => x.kind === 'removed')) expect(networkIds).toContain(ghostId(n));
      expect(t.endpoints.length).toBe(b.endpoints.length + comparison.endpoints.filter((e) => e.kind === 'removed').length);
      // No id twice: React Flow keys nodes and edges by them.
      expect(dupes(t.containers.map((c) => c.id))).toEqual([]);
      expect(dupes(t.networks.map((n) => n.id))).toEqual([]);
      expect(dupes(t.endpoints.map(epKey))).toEqual([]);
      // Every mark is on a node or edge the real graph builder drew; every change has its mark.
      for (const id of marks.nodes.keys()) expect(nodes).toContain(id);
      for (const id of marks.edges.keys()) expect(edges).toContain(id);
      expect(marks.edges.size).toBe(comparison.endpoints.length);
      for (const c of [...comparison.containers, ...comparison.networks]) expect([...marks.nodes.values()]).toContain(c.kind);
    }), { numRuns: 60 });
  });

  it('mark nothing when nothing changed', () => {
    fc.assert(fc.property(topologyArb, (t) => {
      const { topology, marks } = draw(t, t);
      expect(marks.nodes.size + marks.edges.size).toBe(0);
      expect(topology).toEqual(t);
    }), { numRuns: 30 });
  });

  describe('on the captured Engine 28.5 topology', () => {
    const a = buildTopology(engine28.snapshot());
    const webId = engine28.idOf('web');
    const apiId = engine28.idOf('api');
    const appId = engine28.idOf('app-net');
    const backId = engine28.idOf('back-net');
    const without = (t: Topology, id: string): Topology =>
      ({ ...t, containers: t.containers.filter((c) => c.id !== id), endpoints: t.endpoints.filter((e) => e.containerId !== id) });

    it('a removed container is drawn as a ghost under its own id, with its edge, both marked removed', () => {
      const { topology, marks, nodes, edges } = draw(a, without(a, webId));
      expect(topology.containers.find((c) => c.id === webId)).toEqual(a.containers.find((c) => c.id === webId));
      expect(marks.nodes).toEqual(new Map([[containerNodeId(webId), 'removed']]));
      expect(marks.edges).toEqual(new Map([[`ep:${appId}:${webId}`, 'removed']]));
      expect(nodes).toContain(containerNodeId(webId));
      expect(edges).toContain(`ep:${appId}:${webId}`);
    });

    it('an added container and its edge are marked added', () => {
      const { marks } = draw(without(a, webId), a);
      expect(marks.nodes).toEqual(new Map([[containerNodeId(webId), 'added']]));
      expect(marks.edges).toEqual(new Map([[endpointEdgeId(appId, webId), 'added']]));
    });

    it('a readdressed endpoint marks its edge and its container changed, not its network', () => {
      const b = { ...a, endpoints: a.endpoints.map((e) => (e.containerId === webId ? { ...e, ipv4: '10.231.48.9' } : e)) };
      const { marks, nodes, edges } = draw(a, b);
      expect(marks.edges).toEqual(new Map([[`ep:${appId}:${webId}`, 'changed']]));
      expect(marks.nodes).toEqual(new Map([[containerNodeId(webId), 'changed']]));
      expect(nodes).toContain(containerNodeId(webId));
      expect(edges).toContain(`ep:${appId}:${webId}`);
    });

    it('a container recreated under its name is marked changed under its new id; its edges are unchanged', () => {
      const NEW = `c0ffee${webId.slice(6)}`;
      const b = {
        ...a,
        containers: a.containers.map((c) => (c.id === webId ? { ...c, id: NEW } : c)),
        endpoints: a.endpoints.map((e) => (e.containerId === webId
          ? { ...e, containerId: NEW, dnsNames: e.dnsNames.map((n) => (n === webId.slice(0, 12) ? NEW.slice(0, 12) : n)) }
          : e)),
      };
      const { topology, marks, nodes } = draw(a, b);
      expect(marks.nodes).toEqual(new Map([[containerNodeId(NEW), 'changed']]));
      expect(marks.edges.size).toBe(0);
      expect(topology.containers.some((c) => c.id === webId)).toBe(false);
      expect(nodes).toContain(containerNodeId(NEW));
    });

    it('a network left by a container still there: the ghost edge hangs off that container, without its route', () => {
      const b = { ...a, endpoints: a.endpoints.filter((e) => !(e.containerId === apiId && e.networkId === backId)) };
      const { topology, marks, edges } = draw(a, b);
      expect(marks.edges).toEqual(new Map([[`ep:${backId}:${apiId}`, 'removed']]));
      expect(marks.nodes).toEqual(new Map([[containerNodeId(apiId), 'changed']]));
      expect(edges).toContain(`ep:${backId}:${apiId}`);
      const ghost = topology.endpoints.find((e) => e.containerId === apiId && e.networkId === backId)!;
      expect([ghost.defaultRoute, ghost.defaultRoute6]).toEqual([false, false]);
    });

    it('a published port changed marks its container changed', () => {
      const b = { ...a, containers: a.containers.map((c) => (c.id === webId ? { ...c, ports: [] } : c)) };
      expect(draw(a, b).marks.nodes).toEqual(new Map([[containerNodeId(webId), 'changed']]));
    });

    it('a removed network and its members\' endpoints are ghosts, at the containers that are still there', () => {
      const routedNet = engine28.idOf('routed-net');
      const routed = engine28.idOf('routed');
      const b = { ...a, networks: a.networks.filter((n) => n.id !== routedNet), endpoints: a.endpoints.filter((e) => e.networkId !== routedNet) };
      const { marks, nodes, edges } = draw(a, b);
      expect(marks.nodes).toEqual(new Map([[networkNodeId(routedNet), 'removed'], [containerNodeId(routed), 'changed']]));
      expect(marks.edges).toEqual(new Map([[`ep:${routedNet}:${routed}`, 'removed']]));
      expect(nodes).toContain(networkNodeId(routedNet));
      expect(edges).toContain(`ep:${routedNet}:${routed}`);
    });

    it('a removed container whose id a container of another engine has is drawn under a ghost id, apart from it', () => {
      const edge = { ...a.engines[0], id: 'edge', name: 'edge' };
      const twin = { ...a.containers.find((c) => c.id === webId)!, engineId: 'edge' };
      const before = { ...a, engines: [...a.engines, edge], containers: [...a.containers, twin] };
      const after = { ...a, engines: [...a.engines, edge] };
      const { comparison, topology, marks, nodes } = draw(before, after);
      expect(comparison.containers).toMatchObject([{ kind: 'removed', engineId: 'edge', beforeId: webId, beforeIdTaken: true }]);
      expect(dupes(topology.containers.map((c) => c.id))).toEqual([]);
      expect(marks.nodes).toEqual(new Map([[containerNodeId(`${webId}~before`), 'removed']]));
      expect(nodes).toContain(containerNodeId(webId));
      expect(nodes).toContain(containerNodeId(`${webId}~before`));
    });

    it('an engine gone from the configuration comes back for the ghosts on it', () => {
      const edge = { ...a.engines[0], id: 'edge', name: 'edge' };
      const lone = { ...a.containers.find((c) => c.id === webId)!, id: `e${webId.slice(1)}`, engineId: 'edge' };
      const before = { ...a, engines: [...a.engines, edge], containers: [...a.containers, lone] };
      const { topology, marks, nodes } = draw(before, a);
      expect(topology.engines.map((e) => e.id)).toEqual(['default', 'edge']);
      expect(marks.nodes).toEqual(new Map([[containerNodeId(lone.id), 'removed']]));
      expect(nodes).toContain(containerNodeId(lone.id));
    });
  });
});
