import { describe, expect, it } from 'vitest';
import { ctr, ep, net } from '../graph/__fixtures__/synthetic-topology';
import { buildTopology } from '../topology/build-topology';
import { fixtureSnapshot } from '../topology/__fixtures__/engine-fixture';
import type { Container, Endpoint, Network, Topology } from '../topology/types';
import { reachability } from './reachability';
import type { Reachability } from './reachability-types';

// Engine 28 shapes: `docker network create --ipv4=false --ipv6 --subnet fd00:db8:2::/64 v6only` gives its
// endpoints no IPv4 (and no IPv4 gateway), only a global IPv6 address; a dual-stack network gives both.
const v6only = net(1, 'v6only', { ipv4: false, ipv6: true, subnets: [{ family: 6, subnet: 'fd00:db8:2::/64', gateway: 'fd00:db8:2::1', ipRange: null }] });
const dual = net(2, 'dual', {
  ipv6: true,
  subnets: [{ family: 4, subnet: '10.210.2.0/24', gateway: '10.210.2.1', ipRange: null }, { family: 6, subnet: 'fd00:db8:3::/64', gateway: 'fd00:db8:3::1', ipRange: null }],
});
const dual2 = net(10, 'dual2', {
  ipv6: true,
  subnets: [{ family: 4, subnet: '10.210.10.0/24', gateway: '10.210.10.1', ipRange: null }, { family: 6, subnet: 'fd00:db8:10::/64', gateway: 'fd00:db8:10::1', ipRange: null }],
});
const hostNet = net(4, 'host', { driver: 'host', builtin: true, dns: false, subnets: [] });

/** An endpoint on an IPv6-only network: no IPv4 and no IPv4 gateway, as the engine reports it. */
const ep6 = (n: Network, c: Container, host: number): Endpoint =>
  ep(n, c, host, { ipv4: null, ipv4PrefixLen: null, gateway: null, ipv6: `fd00:db8:2::${host}`, ipv6PrefixLen: 64, ipv6Gateway: 'fd00:db8:2::1' });
/** A dual-stack endpoint: both families. */
const epDual = (n: Network, c: Container, host: number): Endpoint =>
  ep(n, c, host, { ipv6: `${n.subnets[1].subnet.split('::')[0]}::${host.toString(16)}`, ipv6PrefixLen: 64, ipv6Gateway: n.subnets[1].gateway });

const app = ctr(1, 'app');
const db = ctr(2, 'db', { ports: [{ hostIp: '0.0.0.0', hostPort: 8443, containerPort: 443, protocol: 'tcp' }, { hostIp: '::', hostPort: 8443, containerPort: 443, protocol: 'tcp' }] });
const web = ctr(3, 'web');
const api = ctr(4, 'api');
const agent = ctr(5, 'agent', { networkMode: 'host' });
const lone = ctr(6, 'lone');

const t: Topology = {
  ...buildTopology(fixtureSnapshot()),
  networks: [dual, dual2, hostNet, v6only],
  containers: [agent, api, app, db, lone, web],
  endpoints: [
    ep6(v6only, app, 2), ep6(v6only, db, 3), ep6(v6only, lone, 4),
    epDual(dual, web, 2), epDual(dual, api, 3), epDual(dual2, api, 9), epDual(dual2, web, 16), epDual(dual, db, 10),
    ep(hostNet, agent, 0, { ipv4: null, dnsNames: [] }),
  ],
};
const reach = (a: Container, b: Container, topology = t): Reachability => reachability(topology, a.id, b.id);
const codes = (r: Reachability) => r.reasons.map((x) => x.code);

describe('reachability on an IPv6-only network (Engine 28, --ipv4=false)', () => {
  it('shared_network: reachable by name and at the IPv6 address, which the reason names', () => {
    const r = reach(app, lone);
    expect(r).toMatchObject({ reachable: true, names: ['lone'], ips: ['fd00:db8:2::4'] });
    expect(r.routes).toEqual([{ networkId: v6only.id, networkName: 'v6only', names: ['lone'], ipv4: null, ipv6: 'fd00:db8:2::4' }]);
    expect(r.reasons).toEqual([{ code: 'shared_network', message: 'both on v6only: app reaches lone by name (lone) or at fd00:db8:2::4.' }]);
  });

  it('an IPv6-only route is usable even where the network gives no names', () => {
    const quiet = { ...v6only, dns: false };
    const r = reach(app, lone, { ...t, networks: [dual, dual2, hostNet, quiet] });
    expect(r).toMatchObject({ reachable: true, names: [], ips: ['fd00:db8:2::4'] });
    expect(r.reasons[0].message).toBe('both on v6only: app reaches lone by IP fd00:db8:2::4 only, names don\'t resolve there.');
  });

  it('same_container: localhost and the container’s own IPv6 address', () => {
    const r = reach(app, app);
    expect(codes(r)).toEqual(['same_container']);
    expect(r.ips).toEqual(['127.0.0.1', 'fd00:db8:2::2']);
    expect(r.routes[1]).toMatchObject({ networkName: 'v6only', ipv4: null, ipv6: 'fd00:db8:2::2' });
  });

  it('source_host_mode: the host routes to the IPv6-only bridge, so a host-mode container reaches its IPv6 address', () => {
    const r = reach(agent, app);
    expect(r).toMatchObject({ reachable: true, names: [], ips: ['fd00:db8:2::2'] });
    expect(r.reasons[0].message).toContain('it reaches app at fd00:db8:2::2 (on v6only) through the host\'s route to that bridge');
  });

  it('target_host_mode: the host’s address on an IPv6-only bridge is its IPv6 gateway', () => {
    const r = reach(app, agent);
    expect(r).toMatchObject({ reachable: true, ips: ['fd00:db8:2::1'] });
    expect(r.routes).toEqual([{ networkId: null, networkName: null, names: [], ipv4: null, ipv6: 'fd00:db8:2::1' }]);
    expect(r.reasons[0].message).toContain('reaches it at the host\'s address fd00:db8:2::1 (the gateway of v6only)');
  });

  it('published_port_only from an IPv6-only network: the port at the IPv6 gateway, in brackets', () => {
    const apart = { ...t, endpoints: t.endpoints.filter((e) => !(e.containerId === db.id && e.networkId === v6only.id)) };
    const x = reach(lone, db, apart);
    expect(codes(x)).toEqual(['no_shared_network', 'published_port_only']);
    expect(x.reasons[1].message).toContain('[fd00:db8:2::1]:8443 (→ 443/tcp)');
  });
});

describe('reachability on dual-stack networks', () => {
  it('a route carries both addresses; ips lists IPv4 first, then IPv6; the reason names the IPv4 one', () => {
    const r = reach(app, db);
    expect(r.ips).toEqual(['fd00:db8:2::3']); // app is on v6only only: db's dual-stack addresses are elsewhere
    const w = reach(web, db);
    expect(w.routes).toEqual([{ networkId: dual.id, networkName: 'dual', names: ['db'], ipv4: '10.210.2.10', ipv6: 'fd00:db8:3::a' }]);
    expect(w.ips).toEqual(['10.210.2.10', 'fd00:db8:3::a']);
    expect(w.reasons[0].message).toBe('both on dual: web reaches db by name (db) or at 10.210.2.10.');
  });

  it('several routes: every IPv4 address in numeric order, then every IPv6 address in numeric order', () => {
    const r = reach(api, web);
    expect(r.routes.map((x) => x.networkName)).toEqual(['dual', 'dual2']);
    // 10.210.2.2 before 10.210.10.16, fd00:db8:3::2 before fd00:db8:10::10: by number, not by spelling
    expect(r.ips).toEqual(['10.210.2.2', '10.210.10.16', 'fd00:db8:3::2', 'fd00:db8:10::10']);
  });
});
