/**
 * Published and exposed ports: bound to 127.0.0.1 or to every interface, TCP and UDP, the same
 * container port on two host ports. The topology must say what the engine says (inspect, i.e.
 * `docker port`), and a port it lists on 127.0.0.1 must really answer there.
 */
import http from 'node:http';
import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PublishedPort, Topology } from '@/lib/topology/types';
import { freeHostPort } from '../support/test-engine';
import { containerNamed, useScenario, type Created } from './support/scenario';

const key = (p: PublishedPort) => `${p.hostIp} ${p.hostPort} ${p.containerPort}/${p.protocol}`;

function get(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host, port, path: '/', timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
  });
}

describe('published and exposed ports', () => {
  const s = useScenario();
  const port: Record<string, number> = {};
  let one: Created;
  let two: Created;
  let t: Topology;

  /** What the engine reports as bound (inspect NetworkSettings.Ports, what `docker port` prints). */
  async function engineBindings(id: string): Promise<string[]> {
    const inspect = await s.docker.getContainer(id).inspect();
    return Object.entries(inspect.NetworkSettings.Ports ?? {}).flatMap(([k, list]) => {
      const [containerPort, protocol] = k.split('/');
      return (list ?? []).map((b) => `${b.HostIp || '0.0.0.0'} ${Number(b.HostPort)} ${containerPort}/${protocol}`);
    });
  }

  beforeAll(async () => {
    for (const name of ['oneTcp', 'oneUdp', 'twoTcp', 'twoUdp']) port[name] = await freeHostPort();
    one = await s.container('one', {
      // busybox httpd answers on 80 so the published port can be tried from the host.
      cmd: ['sh', '-c', 'httpd -p 80 -h / && exec sleep infinity'],
      ports: {
        '80/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port.oneTcp) }],
        '53/udp': [{ HostPort: String(port.oneUdp) }],
      },
      expose: ['9000/tcp', '5353/udp'],
    });
    two = await s.container('two', {
      ports: {
        '80/tcp': [{ HostPort: String(port.twoTcp) }],
        '53/udp': [{ HostIp: '127.0.0.1', HostPort: String(port.twoUdp) }],
      },
    });
    t = await s.topology();
  });

  it('lists exactly the bindings the engine reports', async () => {
    for (const c of [one, two]) {
      expect(containerNamed(t, c.name).state).toBe('running');
      const ports = containerNamed(t, c.name).ports.map(key).sort();
      expect(ports).toEqual((await engineBindings(c.id)).sort());
    }
  });

  it('keeps the host address: 127.0.0.1 for this host only, 0.0.0.0 for every interface', () => {
    const ports = containerNamed(t, one.name).ports.map(key);
    expect(ports).toContain(`127.0.0.1 ${port.oneTcp} 80/tcp`);
    expect(ports).toContain(`0.0.0.0 ${port.oneUdp} 53/udp`);
    expect(ports.filter((p) => p.endsWith(' 80/tcp'))).toEqual([`127.0.0.1 ${port.oneTcp} 80/tcp`]);
    const twoPorts = containerNamed(t, two.name).ports.map(key);
    expect(twoPorts).toContain(`0.0.0.0 ${port.twoTcp} 80/tcp`);
    expect(twoPorts.filter((p) => p.endsWith(' 53/udp'))).toEqual([`127.0.0.1 ${port.twoUdp} 53/udp`]);
  });

  it('tells two containers with the same container port apart by host port', () => {
    const tcp80 = [one, two].map((c) => containerNamed(t, c.name).ports.find((p) => p.containerPort === 80 && p.protocol === 'tcp'));
    expect(tcp80.map((p) => p?.hostPort)).toEqual([port.oneTcp, port.twoTcp]);
  });

  it('lists exposed but unpublished ports separately', () => {
    expect(containerNamed(t, one.name).exposedPorts).toEqual([
      { containerPort: 5353, protocol: 'udp' },
      { containerPort: 9000, protocol: 'tcp' },
    ]);
    expect(containerNamed(t, two.name).exposedPorts).toEqual([]);
  });

  it('answers on the 127.0.0.1 binding it lists, and not on another host address', async () => {
    const listed = containerNamed(t, one.name).ports.find((p) => p.containerPort === 80)!;
    expect(await get(listed.hostIp, listed.hostPort)).toBeGreaterThanOrEqual(200);
    // The host's own address on a real interface (not a Docker bridge): the binding must not answer there.
    const external = Object.entries(os.networkInterfaces())
      .filter(([name]) => !/^(docker|br-|veth)/.test(name))
      .flatMap(([, list]) => list ?? [])
      .find((i) => i.family === 'IPv4' && !i.internal);
    if (external) await expect(get(external.address, listed.hostPort)).rejects.toThrow();
  });
});
