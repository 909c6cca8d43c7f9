/**
 * Containers that are not running (created and never started, or exited): they keep their endpoints
 * and configured ports in the topology, but have no address and no name resolves to them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from '@/lib/topology/types';
import { freeHostPort, nslookup } from '../support/test-engine';
import { addressPairs, containerNamed, endpointOf, useScenario, type Created } from './support/scenario';

describe('stopped containers', () => {
  const s = useScenario();
  const port: Record<string, number> = {};
  let net: Created;
  let idle: Created;
  let done: Created;
  let peer: Created;
  let t: Topology;

  beforeAll(async () => {
    for (const name of ['idleTcp', 'idleUdp', 'doneTcp']) port[name] = await freeHostPort();
    net = await s.network('net');
    peer = await s.container('peer', { networkMode: net.name });
    idle = await s.container('idle', {
      networkMode: net.name,
      aliases: ['idle-alias'],
      start: false,
      ports: {
        '80/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port.idleTcp) }],
        '53/udp': [{ HostPort: String(port.idleUdp) }],
      },
      expose: ['9000/tcp'],
    });
    done = await s.container('done', {
      networkMode: net.name,
      cmd: ['true'],
      ports: { '80/tcp': [{ HostPort: String(port.doneTcp) }] },
    });
    await s.docker.getContainer(done.id).wait();
    t = await s.topology();
  });

  it('reports the state the engine reports', () => {
    expect(containerNamed(t, idle.name).state).toBe('created');
    expect(containerNamed(t, done.name).state).toBe('exited');
    expect(containerNamed(t, peer.name).state).toBe('running');
  });

  it('keeps the endpoint, without address and without DNS names', () => {
    for (const c of [idle, done]) {
      const e = endpointOf(t, c.name, net.name);
      expect(e).toMatchObject({ networkId: net.id, ipv4: null, dnsNames: [] });
    }
    expect(endpointOf(t, idle.name, net.name).aliases).toContain('idle-alias');
    expect(endpointOf(t, peer.name, net.name).ipv4).not.toBeNull();
  });

  it('still lists the configured ports', () => {
    expect(containerNamed(t, idle.name).ports).toEqual([
      { hostIp: '0.0.0.0', hostPort: port.idleUdp, containerPort: 53, protocol: 'udp' },
      { hostIp: '127.0.0.1', hostPort: port.idleTcp, containerPort: 80, protocol: 'tcp' },
    ]);
    expect(containerNamed(t, idle.name).exposedPorts).toEqual([{ containerPort: 9000, protocol: 'tcp' }]);
    expect(containerNamed(t, done.name).ports).toEqual([
      { hostIp: '0.0.0.0', hostPort: port.doneTcp, containerPort: 80, protocol: 'tcp' },
    ]);
  });

  it('has no name that resolves: neither container name nor alias', async () => {
    const names = [idle.name, 'idle-alias', done.name];
    const lookups = await Promise.all(names.map((n) => nslookup(s.docker, peer.name, n)));
    lookups.forEach((l, i) => expect(l.resolved, `${names[i]} resolved:\n${l.output}`).toBe(false));
  });

  it('matches docker network inspect: only the running container is attached', async () => {
    const pairs = await addressPairs(s.docker, t, net.id);
    expect(pairs.topology).toEqual(pairs.engine);
    expect(pairs.topology).toEqual([`${peer.id} ${endpointOf(t, peer.name, net.name).ipv4}`]);
  });
});
