import { describe, expect, it } from 'vitest';
import { buildTopology } from '../topology/build-topology';
import { fixtureSnapshot, idOf, nameOf } from '../topology/__fixtures__/engine-fixture';
import { ctr } from '../graph/__fixtures__/synthetic-topology';
import type { PublishedPort, Topology } from '../topology/types';
import { buildPortMap } from './port-map';
import type { PortBinding } from './port-map-types';

const topology = buildTopology(fixtureSnapshot());
const live = (id: string) => topology.containers.find((c) => c.id === id)!;
const text = (b: PortBinding) =>
  `${b.hostPort}-${b.hostPortEnd}/${b.protocol} ${b.containerName}:${b.containerPort}${b.pending ? ' pending' : ''}`;

function synthetic(...containers: ReturnType<typeof ctr>[]): Topology {
  return { ...topology, networks: [], endpoints: [], containers };
}
const tcp = (hostIp: string, hostPort: number, containerPort: number): PublishedPort => ({ hostIp, hostPort, containerPort, protocol: 'tcp' });

describe('buildPortMap (captured engine 20.10 topology)', () => {
  const map = buildPortMap(topology);

  it('groups by host address: every interface first, then this host only', () => {
    expect(map.interfaces.map((i) => [i.hostIp, i.scope, i.label])).toEqual([
      ['0.0.0.0', 'all', 'every interface'],
      ['127.0.0.1', 'loopback', 'this host only'],
    ]);
  });

  it('lists db’s 5432 once although the engine reports it on 0.0.0.0 and ::', () => {
    const db = live(idOf('db'));
    expect(db.ports.filter((p) => p.containerPort === 5432).map((p) => p.hostIp).sort()).toEqual(['0.0.0.0', '::']);
    const all = map.interfaces[0].bindings.map(text);
    const pg = db.ports.find((p) => p.containerPort === 5432)!.hostPort;
    const dns = db.ports.find((p) => p.containerPort === 53)!.hostPort;
    const expected = [[dns, `${dns}-${dns}/udp ${nameOf('db')}:53`], [pg, `${pg}-${pg}/tcp ${nameOf('db')}:5432`]] as const;
    expect(all).toEqual([...expected].sort((a, b) => a[0] - b[0]).map(([, line]) => line));
  });

  it('marks the stopped container’s requested binding pending, beside web’s live one on 127.0.0.1', () => {
    const local = map.interfaces[1].bindings;
    expect(local.map((b) => [b.containerName, b.containerPort, b.pending])).toEqual(
      expect.arrayContaining([[nameOf('web'), 80, false], [nameOf('stopped'), 8080, true]]),
    );
    expect(local).toHaveLength(2);
    expect(local.map((b) => b.hostPort)).toEqual([...local.map((b) => b.hostPort)].sort((a, b) => a - b));
  });

  it('has no conflict when every container started', () => {
    expect(map.conflicts).toEqual([]);
  });

  it('answers "who owns host port N?" with only that port', () => {
    const webPort = live(idOf('web')).ports[0].hostPort;
    const owned = buildPortMap(topology, { port: webPort });
    expect(owned.interfaces).toHaveLength(1);
    expect(owned.interfaces[0].bindings.map((b) => b.containerName)).toEqual([nameOf('web')]);
    expect(buildPortMap(topology, { port: 1 }).interfaces).toEqual([]);
  });
});

describe('buildPortMap: ranges and addresses (synthetic: the capture has no range)', () => {
  it('collapses consecutive host ports to consecutive container ports of one container', () => {
    const a = ctr(1, 'media', { ports: [8000, 8001, 8002, 8004].map((p) => tcp('0.0.0.0', p, p)) });
    const b = ctr(2, 'other', { ports: [tcp('0.0.0.0', 8003, 9000)] });
    const [all] = buildPortMap(synthetic(a, b)).interfaces;
    expect(all.bindings.map(text)).toEqual(['8000-8002/tcp media:8000', '8003-8003/tcp other:9000', '8004-8004/tcp media:8004']);
  });

  it('does not collapse across containers, protocols, or when the container ports are not consecutive', () => {
    const a = ctr(1, 'a', { ports: [tcp('0.0.0.0', 7000, 80), tcp('0.0.0.0', 7001, 80), { ...tcp('0.0.0.0', 7002, 82), protocol: 'udp' }] });
    const [all] = buildPortMap(synthetic(a)).interfaces;
    expect(all.bindings.map(text)).toEqual(['7000-7000/tcp a:80', '7001-7001/tcp a:80', '7002-7002/udp a:82']);
  });

  it('a "who owns" query finds the port inside a range', () => {
    const a = ctr(1, 'media', { ports: [8000, 8001, 8002].map((p) => tcp('0.0.0.0', p, p)) });
    expect(buildPortMap(synthetic(a), { port: 8001 }).interfaces[0].bindings.map(text)).toEqual(['8000-8002/tcp media:8000']);
  });

  it('keeps a binding on :: alone, and orders specific addresses numerically after loopback', () => {
    const a = ctr(1, 'a', { ports: [tcp('::', 80, 80), tcp('10.0.0.10', 81, 81), tcp('10.0.0.9', 82, 82), tcp('127.0.0.1', 83, 83)] });
    const map = buildPortMap(synthetic(a));
    expect(map.interfaces.map((i) => `${i.hostIp} ${i.label}`)).toEqual([
      ':: every interface', '127.0.0.1 this host only', '10.0.0.9 this address only', '10.0.0.10 this address only',
    ]);
  });
});
