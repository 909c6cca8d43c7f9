import { describe, expect, it } from 'vitest';
import type { RawContainerInspect, RawContainerSummary } from '../wire/raw-types';
import { rawContainer } from './__fixtures__/engine-fixture';
import { engine28 } from './__fixtures__/engine-28.5-fixture';
import { parsePortKey, toExposedPorts, toPublishedPorts } from './to-ports';

describe('parsePortKey', () => {
  it('reads port and protocol', () => {
    expect(parsePortKey('5432/tcp')).toEqual({ containerPort: 5432, protocol: 'tcp' });
    expect(parsePortKey('53/udp')).toEqual({ containerPort: 53, protocol: 'udp' });
    expect(parsePortKey('9/sctp')).toEqual({ containerPort: 9, protocol: 'sctp' });
  });

  it('defaults to tcp and rejects what is not a port', () => {
    expect(parsePortKey('80')).toEqual({ containerPort: 80, protocol: 'tcp' });
    expect(parsePortKey('http/tcp')).toBeNull();
    expect(parsePortKey('0/tcp')).toBeNull();
  });
});

describe('toPublishedPorts on captured containers', () => {
  it('keeps a 127.0.0.1 binding as this-host-only', () => {
    const { summary, inspect } = rawContainer('web');
    const ports = toPublishedPorts(summary, inspect);
    expect(ports).toEqual([{ hostIp: '127.0.0.1', hostPort: expect.any(Number), containerPort: 80, protocol: 'tcp' }]);
  });

  it('keeps every-interface bindings (0.0.0.0 and ::), TCP and UDP, sorted', () => {
    const { summary, inspect } = rawContainer('db');
    const ports = toPublishedPorts(summary, inspect);
    const listed = ports.map((p) => `${p.containerPort}/${p.protocol} ${p.hostIp}`);
    expect(listed[0]).toBe('53/udp 0.0.0.0'); // by container port first
    expect([...listed].sort()).toEqual(['53/udp 0.0.0.0', '5432/tcp 0.0.0.0', '5432/tcp ::']);
    // The same host port on both address families.
    expect(new Set(ports.filter((p) => p.containerPort === 5432).map((p) => p.hostPort)).size).toBe(1);
  });

  it('lists the bindings a stopped container asks for', () => {
    const { summary, inspect } = rawContainer('stopped');
    expect(summary.State).toBe('created');
    expect(toPublishedPorts(summary, inspect)).toEqual([
      { hostIp: '127.0.0.1', hostPort: Number(inspect.HostConfig!.PortBindings!['8080/tcp']![0].HostPort), containerPort: 8080, protocol: 'tcp' },
    ]);
  });

  it('has none for a container without bindings', () => {
    const { summary, inspect } = rawContainer('api');
    expect(toPublishedPorts(summary, inspect)).toEqual([]);
  });
});

describe('toPublishedPorts on captured Engine 28.5 containers', () => {
  it('keeps a port published on [::] only as IPv6-only, with no 0.0.0.0 twin', () => {
    const { summary, inspect } = engine28.rawContainer('v6port');
    const asked = Number(inspect.HostConfig!.PortBindings!['8080/tcp']![0].HostPort);
    expect(toPublishedPorts(summary, inspect)).toEqual([{ hostIp: '::', hostPort: asked, containerPort: 8080, protocol: 'tcp' }]);
    expect(toExposedPorts(summary, inspect, toPublishedPorts(summary, inspect))).toEqual([]);
  });

  it('an every-interface binding is listed for both families, as on 20.10', () => {
    const { summary, inspect } = engine28.rawContainer('db');
    const listed = toPublishedPorts(summary, inspect).map((p) => `${p.containerPort}/${p.protocol} ${p.hostIp}`);
    expect(listed[0]).toBe('53/udp 0.0.0.0');
    expect([...listed].sort()).toEqual(['53/udp 0.0.0.0', '5432/tcp 0.0.0.0', '5432/tcp ::']);
  });
});

describe('toPublishedPorts on made-up entries', () => {
  const stopped = { Id: 'x', Names: ['/x'], Image: 'i', State: 'exited', Status: '', Labels: null, Ports: [] } as RawContainerSummary;

  it('skips a random host port of a stopped container (unknown until it runs)', () => {
    const inspect = { Id: 'x', Name: '/x', HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '' }], '81/tcp': [{ HostPort: '8081' }] } } } as RawContainerInspect;
    expect(toPublishedPorts(stopped, inspect)).toEqual([{ hostIp: '0.0.0.0', hostPort: 8081, containerPort: 81, protocol: 'tcp' }]);
  });

  it('takes a running container from the live list, not from what it asked for', () => {
    const running = { ...stopped, State: 'running', Ports: [{ IP: '0.0.0.0', PrivatePort: 80, PublicPort: 32768, Type: 'tcp' }] };
    const inspect = { Id: 'x', Name: '/x', HostConfig: { PortBindings: { '80/tcp': [{ HostPort: '' }] } } } as RawContainerInspect;
    expect(toPublishedPorts(running, inspect)).toEqual([{ hostIp: '0.0.0.0', hostPort: 32768, containerPort: 80, protocol: 'tcp' }]);
  });
});

describe('toExposedPorts', () => {
  it('lists exposed ports that are not published', () => {
    const { summary, inspect } = rawContainer('web');
    expect(toExposedPorts(summary, inspect, toPublishedPorts(summary, inspect))).toEqual([{ containerPort: 9000, protocol: 'tcp' }]);
  });

  it('leaves out a published port, also for a stopped container', () => {
    for (const role of ['db', 'stopped'] as const) {
      const { summary, inspect } = rawContainer(role);
      expect(toExposedPorts(summary, inspect, toPublishedPorts(summary, inspect))).toEqual([]);
    }
  });
});
