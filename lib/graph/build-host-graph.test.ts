import { describe, expect, it } from 'vitest';
import type { EngineEntry, Network, Topology } from '../topology/types';
import { ctr, ep, net } from './__fixtures__/synthetic-topology';
import { buildGraph } from './build-graph';
import { onlyEngine } from './split-by-host';
import type { MapNode } from './types';

const info = { id: 'X', name: 'x', serverVersion: '20.10.24', apiVersion: '1.41', host: 'unix:///x.sock', swarmManager: false, swarmNodeId: null };
const engine = (id: string, extra: Partial<EngineEntry> = {}): EngineEntry =>
  ({ id, name: id, host: `unix:///tmp/${id}.sock`, source: 'config', state: 'live', info: { ...info, name: id }, stale: false, ...extra });
const on = (engineId: string, n: Network): Network => ({ ...n, engineId, engineIds: [engineId] });

/** Two hosts, each with its own `app` network (same name), and an overlay `mesh` with a container on each. */
function twoHosts(bState: Partial<EngineEntry> = {}): Topology {
  const appA = on('a', net(1, 'app'));
  const appB = on('b', net(2, 'app'));
  const mesh = { ...net(3, 'mesh', { driver: 'overlay', scope: 'swarm' }), engineId: 'a', engineIds: ['a', 'b'] };
  const web = { ...ctr(1, 'web'), engineId: 'a' };
  const api = { ...ctr(2, 'api'), engineId: 'a' };
  const db = { ...ctr(3, 'db'), engineId: 'b' };
  const worker = { ...ctr(4, 'worker'), engineId: 'b' };
  return {
    engine: info, engines: [engine('a'), engine('b', bState)], swarms: [],
    networks: [appA, appB, mesh], containers: [api, db, web, worker],
    endpoints: [ep(appA, web, 2), ep(appA, api, 3), ep(mesh, api, 4), ep(appB, db, 2), ep(appB, worker, 3), ep(mesh, worker, 5)],
  };
}

const abs = (nodes: MapNode[], n: MapNode) => {
  const parent = n.parentId ? nodes.find((p) => p.id === n.parentId)! : null;
  return { x: n.position.x + (parent?.position.x ?? 0), y: n.position.y + (parent?.position.y ?? 0) };
};
const inside = (outer: MapNode, p: { x: number; y: number }) =>
  p.x >= outer.position.x && p.y >= outer.position.y && p.x <= outer.position.x + outer.width! && p.y <= outer.position.y + outer.height!;

describe('buildGraph on several engines', () => {
  const g = buildGraph(twoHosts());
  const hosts = g.nodes.filter((n) => n.type === 'host');
  const nets = g.nodes.filter((n) => n.type === 'network');

  it('draws one box per host and every container and local network inside its own host', () => {
    expect(hosts.map((h) => h.id)).toEqual(['host:a', 'host:b']);
    for (const n of g.nodes.filter((x) => x.type === 'container')) {
      const host = hosts.find((h) => h.id === `host:${n.type === 'container' && n.data.container.engineId}`)!;
      expect(inside(host, abs(g.nodes, n)), n.id).toBe(true);
    }
    const apps = nets.filter((n) => n.type === 'network' && n.data.network.name === 'app');
    expect(apps).toHaveLength(2);
    for (const n of apps) expect(inside(hosts.find((h) => h.id === `host:${n.type === 'network' && n.data.network.engineId}`)!, n.position)).toBe(true);
  });

  it('draws a swarm-scope network once, left of the hosts, its bus reaching the lowest host that uses it', () => {
    const mesh = nets.filter((n) => n.type === 'network' && n.data.network.name === 'mesh');
    expect(mesh).toHaveLength(1);
    expect(mesh[0].position.x + mesh[0].width!).toBeLessThan(Math.min(...hosts.map((h) => h.position.x)));
    const worker = g.nodes.find((n) => n.type === 'container' && n.data.container.name === 'worker')!;
    expect(mesh[0].position.y + mesh[0].height!).toBeGreaterThan(abs(g.nodes, worker).y);
    expect(g.edges.filter((e) => e.target === mesh[0].id)).toHaveLength(2);
  });

  it('names the swarm-scope networks in a group\'s label too', () => {
    const labels = g.nodes.filter((n) => n.type === 'group').map((n) => n.type === 'group' && n.data.label);
    expect(labels).toContain('app + mesh · 1');
  });

  it('keeps group ids apart between hosts, and hosts apart vertically', () => {
    const ids = g.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(hosts[1].position.y).toBeGreaterThanOrEqual(hosts[0].position.y + hosts[0].height!);
  });

  it('dims the last known containers of a host that stopped answering', () => {
    const stale = buildGraph(twoHosts({ state: 'unreachable', stale: true }));
    const dimmed = stale.nodes.filter((n) => n.type === 'container' && n.data.dimmed).map((n) => n.type === 'container' && n.data.container.name);
    expect(dimmed.sort()).toEqual(['db', 'worker']);
    expect(stale.structureKey).toBe(g.structureKey);
  });

  it('collapses one host\'s group without touching the same-named group of the other host', () => {
    const worker = g.nodes.find((n) => n.type === 'container' && n.data.container.name === 'worker')!;
    const shut = buildGraph(twoHosts(), 'containers', { groupBy: 'network', collapsed: new Set([worker.parentId!]) });
    const cluster = shut.nodes.find((n) => n.id === worker.parentId)!;
    expect(cluster).toMatchObject({ type: 'cluster', data: { count: 1, label: 'app + mesh' } });
    expect(shut.nodes.some((n) => n.type === 'container' && n.data.container.name === 'worker')).toBe(false);
    // api (host a) sits on app + mesh too: its own group stays open.
    expect(shut.nodes.some((n) => n.type === 'container' && n.data.container.name === 'api')).toBe(true);
    expect(shut.edges.filter((e) => e.source === worker.parentId).map((e) => e.type === 'count' && e.data?.count)).toEqual([1, 1]);
    expect(shut.edges.some((e) => e.type === 'endpoint' && e.data?.containerName === 'worker')).toBe(false);
  });

  it('still draws a host that never answered, as an empty box', () => {
    const t = twoHosts();
    const down = buildGraph({ ...t, engines: [...t.engines, engine('c', { state: 'unreachable', info: null })] });
    expect(down.nodes.find((n) => n.id === 'host:c')).toMatchObject({ type: 'host', width: 520 });
  });
});

describe('onlyEngine (the engine picker)', () => {
  it('keeps one host: its containers, its local networks and the shared networks it is on; no host boxes', () => {
    const t = onlyEngine(twoHosts(), 'b');
    expect(t.engines.map((e) => e.id)).toEqual(['b']);
    expect(t.containers.map((c) => c.name)).toEqual(['db', 'worker']);
    expect(t.networks.map((n) => `${n.name}@${n.engineId}`)).toEqual(['app@b', 'mesh@a']);
    expect(buildGraph(t).nodes.some((n) => n.type === 'host')).toBe(false);
  });
});

describe('a container only on swarm networks', () => {
  it('sits in the first band of its host, next to the swarm buses, not below the last local network', () => {
    const t = twoHosts();
    const mesh = t.networks.find((n) => n.name === 'mesh')!;
    const task = { ...ctr(9, 'task'), engineId: 'b' };
    const spare = on('b', net(6, 'zz-spare'));
    const withTask = { ...t, networks: [...t.networks, spare], containers: [...t.containers, task], endpoints: [...t.endpoints, ep(mesh, task, 9)] };
    const g = buildGraph(withTask);
    const node = g.nodes.find((n) => n.type === 'container' && n.data.container.name === 'task')!;
    const last = g.nodes.find((n) => n.id === `net:${spare.id}`)!;
    expect(abs(g.nodes, node).x).toBeLessThan(last.position.x);
  });
});
