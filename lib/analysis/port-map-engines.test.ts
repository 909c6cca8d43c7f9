import { describe, expect, it } from 'vitest';
import { ctr } from '../graph/__fixtures__/synthetic-topology';
import type { Topology } from '../topology/types';
import { twoEngines } from './__fixtures__/two-engines';
import { buildPortConflicts } from './port-conflicts';
import { buildPortMap } from './port-map';

const { topology } = twoEngines();
const lines = (t: Topology, port?: number) =>
  buildPortMap(t, { port }).interfaces.map((i) => `${i.engineId} ${i.hostIp}: ${i.bindings.map((b) => `${b.engineId}/${b.containerName}:${b.hostPort}`).join(' ')}`);

/** hq's `late` asks for 0.0.0.0:5432 and the engine said the address is in use; edge-1's pg holds 127.0.0.1:5432 there. */
const late = ctr(30, 'late', {
  state: 'created', ports: [{ hostIp: '0.0.0.0', hostPort: 5432, containerPort: 5432, protocol: 'tcp' }],
  startError: 'driver failed programming external connectivity on endpoint late (62acc5ac): Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use',
});
const withLate: Topology = { ...topology, containers: [...topology.containers, late] };

describe('buildPortMap across engines', () => {
  it('groups by engine, then by address: 0.0.0.0:8080 on both hosts is two interfaces, not a conflict', () => {
    expect(lines(topology)).toEqual([
      'default 0.0.0.0: default/web:8080',
      'edge 0.0.0.0: edge/shop:8080',
      'edge 127.0.0.1: edge/pg:5432',
    ]);
    expect(buildPortMap(topology).conflicts).toEqual([]);
  });

  it('answers "who owns host port 8080?" per engine', () => {
    expect(lines(topology, 8080)).toEqual(['default 0.0.0.0: default/web:8080', 'edge 0.0.0.0: edge/shop:8080']);
    expect(lines(topology, 5432)).toEqual(['edge 127.0.0.1: edge/pg:5432']);
  });

  it('a conflict carries its engine, and a container on another host never holds the port', () => {
    expect(buildPortConflicts(withLate).map((k) => [k.containerName, k.hostIp, k.hostPort, k.heldBy])).toEqual([['late', '0.0.0.0', 5432, null]]);
    expect(buildPortMap(withLate, { port: 5432 }).conflicts.map((k) => [k.engineId, k.containerName])).toEqual([['default', 'late']]);
  });

  it('the holder on the same host is still found', () => {
    const edgeLate = { ...late, engineId: 'edge' };
    const t = { ...topology, containers: [...topology.containers, edgeLate] };
    expect(buildPortMap(t).conflicts.map((k) => [k.engineId, k.heldBy?.name])).toEqual([['edge', 'pg']]);
  });
});
