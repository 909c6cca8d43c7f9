import { describe, expect, it } from 'vitest';
import { benchTopology, ctr, ep, net } from '../graph/__fixtures__/synthetic-topology';
import type { Container, Endpoint, Network, PublishedPort, Topology } from '../topology/types';
import { outsideReach } from './outside-reach';

const tcp = (hostIp: string, hostPort: number, containerPort: number): PublishedPort => ({ hostIp, hostPort, containerPort, protocol: 'tcp' });

/** One container on the given networks of an engine of the given version. */
function world(version: string, nets: Network[], c: Container, endpoints: Endpoint[]): Topology {
  const t = benchTopology(0, 0);
  const info = { ...t.engine, serverVersion: version };
  return { ...t, engine: info, engines: [{ ...t.engines[0], info }], networks: nets, containers: [c], endpoints };
}
const lan = (doors: ReturnType<typeof outsideReach>, how?: string) => doors.filter((d) => d.from === 'lan' && (!how || d.how === how));

describe('outsideReach', () => {
  const app = net(1, 'app');
  const db = ctr(1, 'db', { ports: [tcp('127.0.0.1', 15432, 5432)] });

  it('a port published on 127.0.0.1: filtered from other machines on Engine 28, only maybe before', () => {
    const on28 = outsideReach(world('28.5.2', [app], db, [ep(app, db, 2)]), db.id);
    expect(lan(on28, 'published')).toEqual([expect.objectContaining({ at: '127.0.0.1:15432', verdict: 'no', rule: { id: 'loopback_port_filtered', engines: 'Engine 28+' } })]);
    const on20 = outsideReach(world('20.10.24', [app], db, [ep(app, db, 2)]), db.id);
    expect(lan(on20, 'published')).toEqual([expect.objectContaining({ verdict: 'maybe', rule: { id: 'loopback_port_routable', engines: 'Engine 20.10–27' } })]);
  });

  it('direct routing to the container address in nat mode: dropped from Engine 28, open before', () => {
    const [d28] = lan(outsideReach(world('28.5.2', [app], db, [ep(app, db, 2)]), db.id), 'direct');
    expect(d28).toMatchObject({ at: '10.210.1.2', ports: 'every port', verdict: 'no', rule: { id: 'nat_direct_routing_dropped' } });
    expect(d28.because).toContain('Engine 28');
    const [d27] = lan(outsideReach(world('27.5.1', [app], db, [ep(app, db, 2)]), db.id), 'direct');
    expect(d27).toMatchObject({ verdict: 'maybe', rule: { id: 'nat_direct_routing_open', engines: 'Engine 20.10–27' } });
  });

  it('gateway modes: nat-unprotected opens every port, routed only the published ones, isolated nothing (the host neither)', () => {
    const web = ctr(2, 'web', { ports: [tcp('0.0.0.0', 8080, 80)] });
    const mode = (m: 'nat-unprotected' | 'routed' | 'isolated') => net(2, m, { gatewayModes: { ipv4: m, ipv6: 'nat' } });
    const doors = (m: 'nat-unprotected' | 'routed' | 'isolated') => outsideReach(world('28.5.2', [mode(m)], web, [ep(mode(m), web, 2)]), web.id);
    expect(lan(doors('nat-unprotected'), 'direct')[0]).toMatchObject({ verdict: 'yes', ports: 'every port' });
    expect(lan(doors('routed'), 'direct')[0]).toMatchObject({ verdict: 'yes', ports: '80/tcp', rule: { id: 'routed_published' } });
    // Routed: no host port mapping.
    expect(lan(doors('routed'), 'published')[0]).toMatchObject({ verdict: 'no', rule: { id: 'routed_no_host_mapping' } });
    expect(doors('isolated').filter((d) => d.how === 'direct').map((d) => [d.from, d.verdict])).toEqual([['lan', 'no'], ['host', 'no']]);
  });

  it('an internal network: nothing from the LAN; the host is still its gateway', () => {
    const vault = net(3, 'vault', { internal: true });
    const doors = outsideReach(world('28.5.2', [vault], db, [ep(vault, db, 2)]), db.id).filter((d) => d.how === 'direct');
    expect(doors.map((d) => [d.from, d.verdict, d.rule.id])).toEqual([['lan', 'no', 'internal_network'], ['host', 'yes', 'host_on_bridge']]);
  });

  it('macvlan: the LAN reaches its own address, the host cannot; IPv6 addresses count too', () => {
    const mv = net(4, 'lan0', { driver: 'macvlan', parent: 'eth0', gatewayModes: null });
    const cam = ctr(3, 'cam');
    const doors = outsideReach(world('28.5.2', [mv], cam, [ep(mv, cam, 9, { ipv6: 'fd00::9' })]), cam.id);
    expect(doors.map((d) => [d.from, d.at, d.verdict])).toEqual([['lan', '10.210.4.9', 'yes'], ['host', '10.210.4.9', 'no'], ['lan', 'fd00::9', 'yes'], ['host', 'fd00::9', 'no']]);
  });

  it('host mode is the host’s stack; a stopped container has no doors', () => {
    const h = ctr(5, 'h', { networkMode: 'host' });
    expect(outsideReach(world('20.10.24', [], h, []), h.id)).toEqual([expect.objectContaining({ how: 'host-stack', verdict: 'yes' })]);
    const stopped = ctr(6, 's', { state: 'exited' });
    expect(outsideReach(world('28.5.2', [app], stopped, [ep(app, stopped, 2)]), stopped.id)).toEqual([]);
  });
});
