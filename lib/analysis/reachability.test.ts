import { describe, expect, it } from 'vitest';
import { ctr, ep, net } from '../graph/__fixtures__/synthetic-topology';
import { buildTopology } from '../topology/build-topology';
import { fixtureSnapshot, idOf, nameOf, type Role } from '../topology/__fixtures__/engine-fixture';
import type { Container, Topology } from '../topology/types';
import { reachability, reachabilityMatrix } from './reachability';
import type { Reachability } from './reachability-types';

const topology = buildTopology(fixtureSnapshot());
const reach = (from: Role, to: Role, t: Topology = topology) => reachability(t, idOf(from), idOf(to));
const codes = (r: Reachability) => r.reasons.map((x) => x.code);
const endpoint = (role: Role, network: Role) => topology.endpoints.find((e) => e.containerId === idOf(role) && e.networkId === idOf(network))!;
const container = (role: Role) => topology.containers.find((c) => c.id === idOf(role))!;
const bridgeIp = (role: Role) => topology.endpoints.find((e) => e.containerId === idOf(role) && e.ipv4?.startsWith('172.17.'))!.ipv4!;

/** The capture with some containers changed (domain level: the rules read only the Topology). */
function edited(change: Partial<Record<Role, Partial<Container>>>, extra: Container[] = []): Topology {
  const byId = new Map(Object.entries(change).map(([role, patch]) => [idOf(role as Role), patch]));
  return { ...topology, containers: [...topology.containers.map((c) => ({ ...c, ...byId.get(c.id) })), ...extra] };
}
const copyOf = (role: Role, id: string, name: string, patch: Partial<Container> = {}): Container => ({ ...container(role), id: id.padEnd(64, '0'), name, ...patch });

describe('reachability on the captured Engine 20.10 topology', () => {
  it('shared_network: web reaches api on app-net by api’s names there and its address there', () => {
    const r = reach('web', 'api');
    const there = endpoint('api', 'app-net');
    expect(r).toMatchObject({ reachable: true, from: { id: idOf('web'), name: nameOf('web') }, to: { id: idOf('api'), name: nameOf('api') } });
    expect(r.names).toEqual([...there.dnsNames].sort());
    expect(r.names).toContain(nameOf('api'));
    expect(r.names).not.toContain('api-back'); // api's alias on back-net, where web is not
    expect(r.ips).toEqual([there.ipv4]);
    expect(r.routes).toEqual([{ networkId: idOf('app-net'), networkName: nameOf('app-net'), names: there.dnsNames, ipv4: there.ipv4, ipv6: null }]);
    expect(codes(r)).toEqual(['shared_network']);
    expect(r.reasons[0].message).toContain(`both on ${nameOf('app-net')}`);
    expect(r.reasons[0].message).toContain(there.ipv4!);
  });

  it('shared_network for a multi-homed pair gives one route per network they share: api → db on back-net only', () => {
    const r = reach('api', 'db');
    expect(r.routes.map((x) => x.networkName)).toEqual([nameOf('back-net')]);
    expect(r.ips).toEqual([endpoint('db', 'back-net').ipv4]);
  });

  it('default_bridge_ip_only: legacy-a reaches legacy-b by IP only, no name', () => {
    const r = reach('legacy-a', 'legacy-b');
    expect(r).toMatchObject({ reachable: true, names: [], ips: [bridgeIp('legacy-b')] });
    expect(r.routes).toEqual([{ networkId: topology.networks.find((n) => n.name === 'bridge')!.id, networkName: 'bridge', names: [], ipv4: bridgeIp('legacy-b'), ipv6: null }]);
    expect(codes(r)).toEqual(['default_bridge_ip_only']);
    expect(r.reasons[0].message).toContain(`both on the default bridge: reachable by IP ${bridgeIp('legacy-b')} only, names don't resolve there`);
  });

  it('no_shared_network: web (app-net) and db (back-net), in words naming both networks', () => {
    const r = reach('web', 'db');
    expect(r).toMatchObject({ reachable: false, names: [], ips: [], routes: [] });
    expect(r.reasons[0]).toEqual({ code: 'no_shared_network', message: `no shared network: ${nameOf('web')} is on ${nameOf('app-net')}, ${nameOf('db')} on ${nameOf('back-net')}.` });
  });

  it('published_port_only: db publishes 5432 and 53/udp on every interface, reachable from web at its gateway (listed once for 0.0.0.0 and ::)', () => {
    const r = reach('web', 'db');
    expect(codes(r)).toEqual(['no_shared_network', 'published_port_only']);
    const gateway = endpoint('web', 'app-net').gateway!;
    const pg = container('db').ports.find((p) => p.containerPort === 5432)!.hostPort;
    const dns = container('db').ports.find((p) => p.containerPort === 53)!.hostPort;
    const message = r.reasons[1].message;
    expect(message).toContain(`${gateway}:${pg} (→ 5432/tcp)`);
    expect(message).toContain(`${gateway}:${dns} (→ 53/udp)`);
    expect(message.split(`${gateway}:${pg}`)).toHaveLength(2);
    expect(message).toMatch(/not recommended/i);
  });

  it('no published_port_only for a port bound to 127.0.0.1: db → web (web publishes on this host only)', () => {
    expect(container('web').ports.map((p) => p.hostIp)).toEqual(['127.0.0.1']);
    expect(codes(reach('db', 'web'))).toEqual(['no_shared_network']);
  });

  it('same_container: localhost, plus the container’s own names and addresses', () => {
    const r = reach('web', 'web');
    expect(codes(r)).toEqual(['same_container']);
    expect(r.reachable).toBe(true);
    expect(r.routes[0]).toEqual({ networkId: null, networkName: null, names: ['localhost'], ipv4: '127.0.0.1', ipv6: null });
    expect(r.names).toEqual(['localhost', ...endpoint('web', 'app-net').dnsNames].sort());
    expect(r.ips).toEqual([endpoint('web', 'app-net').ipv4, '127.0.0.1']);
  });

  it('shared_stack: sidecar runs in api’s stack (container:api) — localhost both ways, and api’s own addresses', () => {
    for (const [from, to] of [['sidecar', 'api'], ['api', 'sidecar']] as const) {
      const r = reach(from, to);
      expect(codes(r), `${from} → ${to}`).toEqual(['shared_stack']);
      expect(r.routes[0].names).toEqual(['localhost']);
      expect(r.ips).toEqual([endpoint('api', 'app-net').ipv4, endpoint('api', 'back-net').ipv4, '127.0.0.1']); // numeric order
      expect(r.reasons[0].message).toContain(`${nameOf('sidecar')} runs in ${nameOf('api')}'s network stack`);
    }
  });

  it('a container:X target has X’s endpoints: web reaches sidecar by api’s names and address on app-net', () => {
    const r = reach('web', 'sidecar');
    expect(codes(r)).toEqual(['shared_network']);
    expect(r.names).toEqual([...endpoint('api', 'app-net').dnsNames].sort());
    expect(r.ips).toEqual([endpoint('api', 'app-net').ipv4]);
    expect(r.reasons[0].message).toContain(`${nameOf('sidecar')} (in ${nameOf('api')}'s network stack)`);
  });

  it('a container:X source has X’s networks: sidecar reaches db on back-net', () => {
    const r = reach('sidecar', 'db');
    expect(r.routes.map((x) => x.networkName)).toEqual([nameOf('back-net')]);
  });

  it('target_host_mode: web reaches the host-mode container at its gateway, by no name', () => {
    const r = reach('web', 'host');
    const gateway = endpoint('web', 'app-net').gateway!;
    expect(r).toMatchObject({ reachable: true, names: [], ips: [gateway] });
    expect(r.routes).toEqual([{ networkId: null, networkName: null, names: [], ipv4: gateway, ipv6: null }]);
    expect(codes(r)).toEqual(['target_host_mode']);
    expect(r.reasons[0].message).toContain(`reaches it at the host's address ${gateway} (the gateway of ${nameOf('app-net')})`);
  });

  it('target_host_mode from the default bridge: the bridge’s gateway', () => {
    expect(reach('legacy-a', 'host').ips).toEqual(['172.17.0.1']);
  });

  it('source_host_mode: the host-mode container reaches api at both its bridge addresses, no names', () => {
    const r = reach('host', 'api');
    expect(r).toMatchObject({ reachable: true, names: [] });
    expect(r.ips).toEqual([endpoint('api', 'app-net').ipv4, endpoint('api', 'back-net').ipv4]); // 10.231.33.3 before 10.231.107.2
    expect(r.routes.map((x) => x.networkName).sort()).toEqual([nameOf('app-net'), nameOf('back-net')].sort());
    expect(codes(r)).toEqual(['source_host_mode']);
    expect(r.reasons[0].message).toMatch(/container names don't resolve on the host/);
  });

  it('source_no_network / target_no_network: the none-mode container, either way', () => {
    const out = reach('none', 'web');
    expect(out).toMatchObject({ reachable: false, routes: [] });
    expect(out.reasons).toEqual([{ code: 'source_no_network', message: `${nameOf('none')} has no network (none mode): only loopback, so it reaches no other container.` }]);
    expect(codes(reach('web', 'none'))).toEqual(['target_no_network']);
  });

  it('source_stopped / target_stopped: exited and never-started containers reach and answer nothing', () => {
    expect(reach('exited', 'web')).toMatchObject({ reachable: false, reasons: [{ code: 'source_stopped' }] });
    expect(reach('exited', 'web').reasons[0].message).toContain(`${nameOf('exited')} is not running (exited)`);
    expect(codes(reach('web', 'stopped'))).toEqual(['target_stopped']);
    expect(codes(reach('api', 'exited'))).toEqual(['target_stopped']); // both on back-net, but exited has no address
    expect(codes(reach('exited', 'stopped'))).toEqual(['source_stopped', 'target_stopped']);
  });
});

describe('reachability: cases the capture lacks (its containers edited or copied)', () => {
  it('shared_stack: two host-mode containers share the host’s stack', () => {
    const t = edited({}, [copyOf('host', 'b0', 'host-2')]);
    const r = reachability(t, idOf('host'), 'b0'.padEnd(64, '0'));
    expect(codes(r)).toEqual(['shared_stack']);
    expect(r).toMatchObject({ names: ['localhost'], ips: ['127.0.0.1'] });
  });

  it('shared_stack: two sharers of api’s stack reach each other at localhost', () => {
    const t = edited({}, [copyOf('sidecar', 'b1', 'sidecar-2')]);
    const r = reachability(t, idOf('sidecar'), 'b1'.padEnd(64, '0'));
    expect(codes(r)).toEqual(['shared_stack']);
    expect(r.reasons[0].message).toContain(`both run in ${nameOf('api')}'s network stack`);
  });

  it('source_no_network: a sharer whose stack owner stopped keeps only loopback', () => {
    const r = reach('sidecar', 'web', edited({ api: { state: 'exited' } }));
    expect(codes(r)).toEqual(['source_no_network']);
    expect(r.reasons[0].message).toContain(`runs in ${nameOf('api')}'s network stack, and ${nameOf('api')} is not running (exited)`);
  });

  it('target_stopped: a paused target answers nothing (its processes are frozen)', () => {
    const r = reach('web', 'api', edited({ api: { state: 'paused' } }));
    expect(r.reasons).toEqual([{ code: 'target_stopped', message: `${nameOf('api')} is paused: its processes are frozen: it has no address and nothing answers.` }]);
  });
});

describe('reachability on a synthetic topology (the capture has no internal network and no icc=false bridge)', () => {
  const internal = net(1, 'vault-net', { internal: true });
  const front = net(2, 'front');
  const closed = net(3, 'closed', { options: { 'com.docker.network.bridge.enable_icc': 'false' } });
  const hostNet = net(4, 'host', { driver: 'host', builtin: true, dns: false, subnets: [] });
  const vault = ctr(1, 'vault');
  const worker = ctr(2, 'worker');
  const shop = ctr(3, 'shop', { ports: [{ hostIp: '0.0.0.0', hostPort: 8443, containerPort: 443, protocol: 'tcp' }, { hostIp: '10.9.8.7', hostPort: 9000, containerPort: 9000, protocol: 'tcp' }] });
  const agent = ctr(4, 'agent', { networkMode: 'host' });
  const a = ctr(5, 'a');
  const b = ctr(6, 'b');
  const t: Topology = {
    ...topology,
    networks: [closed, front, hostNet, internal],
    containers: [a, agent, b, shop, vault, worker],
    endpoints: [ep(internal, vault, 2), ep(internal, worker, 3), ep(front, shop, 2), ep(front, worker, 4, { ipv4: '10.210.2.4' }), ep(hostNet, agent, 0, { ipv4: null, dnsNames: [] }), ep(closed, a, 2), ep(closed, b, 3)],
  };
  const r = (from: Container, to: Container) => reachability(t, from.id, to.id);

  it('containers on the same internal network reach each other by name: internal only cuts the outside', () => {
    expect(r(vault, worker)).toMatchObject({ reachable: true, names: ['worker'], ips: ['10.210.1.3'], reasons: [{ code: 'shared_network' }] });
  });

  it('internal_network: an internal-only source cannot use the host’s published ports (no published_port_only)', () => {
    const x = r(vault, shop);
    expect(codes(x)).toEqual(['no_shared_network', 'internal_network']);
    expect(x.reasons[1].message).toBe('vault is only on internal networks (vault-net): it reaches the containers there, but nothing beyond them, not even shop\'s published ports.');
  });

  it('published_port_only lists every-interface ports at the gateway and a one-address port at that address', () => {
    // vault also on a plain network: its gateway is a way to the host.
    const side = net(5, 'side');
    const y = reachability({ ...t, networks: [...t.networks, side], endpoints: [...t.endpoints, ep(side, vault, 9)] }, vault.id, shop.id);
    expect(codes(y)).toEqual(['no_shared_network', 'published_port_only']);
    expect(y.reasons[1].message).toContain('10.210.5.1:8443 (→ 443/tcp) and 10.9.8.7:9000 (→ 9000/tcp)');
  });

  it('target_host_mode through an internal network: its gateway is still the host’s own address', () => {
    const x = r(vault, agent);
    expect(x).toMatchObject({ reachable: true, ips: ['10.210.1.1'], reasons: [{ code: 'target_host_mode' }] });
    expect(x.reasons[0].message).toContain('internal');
  });

  it('source_host_mode reaches containers on an internal network too (the host routes to every bridge)', () => {
    expect(r(agent, vault)).toMatchObject({ reachable: true, ips: ['10.210.1.2'] });
  });

  it('no_shared_network when the only shared bridge has inter-container communication off', () => {
    const x = r(a, b);
    expect(x.reachable).toBe(false);
    expect(x.reasons[0].code).toBe('no_shared_network');
    expect(x.reasons[0].message).toContain('share only closed');
  });
});

describe('reachabilityMatrix', () => {
  const roles: Role[] = ['web', 'api', 'db', 'sidecar'];
  const m = reachabilityMatrix(topology, [...roles.map(idOf), idOf('web'), 'f'.repeat(64)]);

  it('lists the set in the given order, once each, unknown ids left out', () => {
    expect(m.containers).toEqual(roles.map((x) => ({ id: idOf(x), name: nameOf(x) })));
  });

  it('has one cell per ordered pair, equal to reachability() for that pair', () => {
    expect(m.cells).toHaveLength(roles.length);
    roles.forEach((from, i) => roles.forEach((to, j) => expect(m.cells[i][j]).toEqual(reach(from, to))));
    expect(m.cells[0][2].reachable).toBe(false); // web → db
    expect(m.cells[1][2].reachable).toBe(true); // api → db
    expect(codes(m.cells[3][3])).toEqual(['same_container']);
  });
});
