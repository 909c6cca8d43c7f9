import { describe, expect, it } from 'vitest';
import { ctr, ep, net } from '../graph/__fixtures__/synthetic-topology';
import { mergeTopologies, sameParts, type EnginePart } from './merge-topologies';
import type { EngineEntry, EngineInfo, Network, Swarm, Topology } from './types';

const info = (id: string, swarmNodeId: string | null = null): EngineInfo => ({
  id: id.toUpperCase(), name: `${id}-host`, serverVersion: '20.10.24', apiVersion: '1.41', host: `unix:///tmp/${id}.sock`, swarmManager: false, swarmNodeId,
});
const entry = (id: string, extra: Partial<EngineEntry> = {}): EngineEntry => ({
  id, name: id, host: `unix:///tmp/${id}.sock`, source: 'config', state: 'live', info: info(id), stale: false, ...extra,
});
const on = (engineId: string, n: Network): Network => ({ ...n, engineId, engineIds: [engineId] });

function part(engineId: string, networks: Network[], names: string[], swarms: Swarm[] = [], nodeId: string | null = null): EnginePart {
  const containers = names.map((name, i) => ({ ...ctr(engineId === 'a' ? i + 1 : i + 50, name), engineId }));
  const topology: Topology = {
    engine: info(engineId, nodeId), engines: [], networks, containers, swarms,
    endpoints: containers.map((c, i) => ep(networks[i % networks.length], c, 10 + i)),
  };
  return { entry: entry(engineId, { info: info(engineId, nodeId) }), topology };
}

describe('mergeTopologies', () => {
  const bridgeA = on('a', net(1, 'bridge'));
  const bridgeB = on('b', net(2, 'bridge'));
  const mesh = { ...net(9, 'mesh', { driver: 'overlay', scope: 'swarm' }) };

  it('keeps networks of the same name on two engines apart, each saying which engine it is on', () => {
    const t = mergeTopologies([part('a', [bridgeA], ['web']), part('b', [bridgeB], ['db'])]);
    expect(t.networks.filter((n) => n.name === 'bridge').map((n) => [n.id, n.engineId, n.engineIds])).toEqual([
      [bridgeA.id, 'a', ['a']], [bridgeB.id, 'b', ['b']],
    ]);
    expect(t.containers.map((c) => [c.name, c.engineId])).toEqual([['db', 'b'], ['web', 'a']]);
    expect(t.engines.map((e) => e.id)).toEqual(['a', 'b']);
    expect(t.engine.id).toBe('A');
  });

  it('lists a swarm-scope network once, spanning every engine it was seen on', () => {
    const t = mergeTopologies([part('a', [on('a', mesh)], ['web.1']), part('b', [on('b', mesh)], ['web.2'])]);
    expect(t.networks).toHaveLength(1);
    expect(t.networks[0]).toMatchObject({ id: mesh.id, engineId: 'a', engineIds: ['a', 'b'] });
    expect(t.endpoints.map((e) => e.networkId)).toEqual([mesh.id, mesh.id]);
  });

  it('keeps an engine that never answered in engines, with nothing on the map', () => {
    const down: EnginePart = { entry: entry('c', { state: 'unreachable', info: null }), topology: null };
    const t = mergeTopologies([part('a', [bridgeA], ['web']), down]);
    expect(t.engines.map((e) => [e.id, e.state])).toEqual([['a', 'live'], ['c', 'unreachable']]);
    expect(t.containers).toHaveLength(1);
    expect(() => mergeTopologies([down])).toThrow(/at least one/);
  });

  it('reports one swarm per cluster and tells each node which engine it is', () => {
    const swarm: Swarm = {
      clusterId: 'cl1', engineId: 'a', services: [],
      nodes: [
        { id: 'n1', hostname: 'a-host', role: 'manager', state: 'ready', availability: 'active', leader: true, addr: '10.0.0.1', engineId: 'a' },
        { id: 'n2', hostname: 'b-host', role: 'worker', state: 'ready', availability: 'active', leader: false, addr: '10.0.0.2', engineId: null },
      ],
    };
    const t = mergeTopologies([part('a', [bridgeA], ['x'], [swarm], 'n1'), part('b', [bridgeB], ['y'], [{ ...swarm, engineId: 'b' }], 'n2')]);
    expect(t.swarms).toHaveLength(1);
    expect(t.swarms[0].nodes.map((n) => [n.id, n.engineId])).toEqual([['n1', 'a'], ['n2', 'b']]);
  });
});

describe('sameParts', () => {
  const a = part('a', [on('a', net(1, 'bridge'))], ['web']);
  const b = part('b', [on('b', net(2, 'bridge'))], ['db']);

  it('holds for the same topologies with equal entries, however the entries were built', () => {
    expect(sameParts([a, b], [{ ...a, entry: { ...a.entry } }, { ...b }])).toBe(true);
  });

  it('fails for a topology read again, even an equal one: only the engine knows it did not change', () => {
    expect(sameParts([a, b], [{ ...a, topology: { ...a.topology! } }, b])).toBe(false);
  });

  it('fails when an engine\'s link changed (live → reconnecting, stale), or an engine came or went', () => {
    expect(sameParts([a, b], [{ ...a, entry: { ...a.entry, state: 'reconnecting', stale: true } }, b])).toBe(false);
    expect(sameParts([a, b], [a])).toBe(false);
    expect(sameParts([a], [a, b])).toBe(false);
  });
});
