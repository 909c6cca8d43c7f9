import { describe, expect, it } from 'vitest';
import { captureRunId, fixtureSnapshot, idOf, nameOf, type Role } from './__fixtures__/engine-fixture';
import { engine28, type Role28 } from './__fixtures__/engine-28.5-fixture';
import { buildTopology } from './build-topology';
import type { Endpoint, Topology } from './types';

const topology = buildTopology(fixtureSnapshot());

function endpointsOf(t: Topology, role: Role): Endpoint[] {
  return t.endpoints.filter((e) => e.containerId === idOf(role));
}

function endpoint(t: Topology, role: Role, network: Role | 'bridge' | 'host' | 'none'): Endpoint {
  const networkId = t.networks.find((n) => n.name === (network.includes('-net') ? nameOf(network as Role) : network))!.id;
  const e = endpointsOf(t, role).find((x) => x.networkId === networkId);
  if (!e) throw new Error(`${role} has no endpoint on ${network}`);
  return e;
}

const container = (t: Topology, role: Role) => t.containers.find((c) => c.id === idOf(role))!;
const shortId = (role: Role) => idOf(role).slice(0, 12);

describe('buildTopology on a captured Engine 20.10 snapshot', () => {
  it('keeps every container and network, sorted by name', () => {
    expect(topology.containers).toHaveLength(11);
    expect(topology.networks.map((n) => n.name)).toEqual(
      ['bridge', 'host', 'none', nameOf('app-net'), nameOf('back-net')].sort((a, b) => a.localeCompare(b)),
    );
    const names = topology.containers.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('marks builtin networks and where the embedded DNS answers', () => {
    const by = (name: string) => topology.networks.find((n) => n.name === name)!;
    expect(by('bridge')).toMatchObject({ builtin: true, dns: false });
    expect(by('host')).toMatchObject({ builtin: true, dns: false });
    expect(by('none')).toMatchObject({ builtin: true, dns: false });
    expect(by(nameOf('app-net'))).toMatchObject({ builtin: false, dns: true, driver: 'bridge' });
    expect(by(nameOf('back-net'))).toMatchObject({ builtin: false, dns: true });
  });

  it('lists name, aliases and short id as DNS names on a user-defined network', () => {
    const web = endpoint(topology, 'web', 'app-net');
    expect(web.ipv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect([...web.dnsNames].sort()).toEqual([nameOf('web'), 'www', shortId('web')].sort());
    expect(web.aliases).toEqual(expect.arrayContaining(['www', shortId('web')]));
  });

  it('keeps aliases to their network for a container on two networks', () => {
    expect(endpointsOf(topology, 'api')).toHaveLength(2);
    const front = endpoint(topology, 'api', 'app-net');
    const back = endpoint(topology, 'api', 'back-net');
    expect(front.dnsNames).toContain('api-front');
    expect(front.dnsNames).not.toContain('api-back');
    expect(back.dnsNames).toContain('api-back');
    expect(back.dnsNames).not.toContain('api-front');
    expect(front.ipv4).not.toBe(back.ipv4);
  });

  it("marks the endpoint carrying a container's default route: one per running container, none when stopped", () => {
    // Engine 20.10 (no gw-priority): of app-net and back-net the name sorts first.
    expect(endpoint(topology, 'api', 'app-net')).toMatchObject({ defaultRoute: true, defaultRoute6: false, gwPriority: 0 });
    expect(endpoint(topology, 'api', 'back-net')).toMatchObject({ defaultRoute: false, defaultRoute6: false });
    expect(endpoint(topology, 'legacy-a', 'bridge').defaultRoute).toBe(true);
    expect(endpoint(topology, 'stopped', 'app-net').defaultRoute).toBe(false);
    expect(endpoint(topology, 'host', 'host').defaultRoute).toBe(false);
    expect(endpoint(topology, 'web', 'app-net')).toMatchObject({ ipv4PrefixLen: 24, ipv6: null, staticIpv4: null, staticIpv6: null });
  });

  it('gives default-bridge containers addresses but no DNS names', () => {
    for (const role of ['legacy-a', 'legacy-b'] as const) {
      const [e] = endpointsOf(topology, role);
      expect(endpointsOf(topology, role)).toHaveLength(1);
      expect(e.ipv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(e.dnsNames).toEqual([]);
    }
    expect(container(topology, 'legacy-a').networkMode).toBe('bridge');
    expect(container(topology, 'legacy-b').networkMode).toBe('default');
  });

  it('attaches host and none mode containers to their builtin network without an address', () => {
    expect(endpoint(topology, 'host', 'host')).toMatchObject({ ipv4: null, dnsNames: [] });
    expect(endpoint(topology, 'none', 'none')).toMatchObject({ ipv4: null, dnsNames: [] });
    expect(container(topology, 'host').networkMode).toBe('host');
    expect(container(topology, 'none').networkMode).toBe('none');
  });

  it('resolves container:<id> mode to the owner, with no endpoints of its own', () => {
    expect(container(topology, 'sidecar')).toMatchObject({ sharesNetworkWith: idOf('api'), networkMode: `container:${idOf('api')}` });
    expect(endpointsOf(topology, 'sidecar')).toEqual([]);
    expect(container(topology, 'api').sharesNetworkWith).toBeNull();
  });

  it('keeps stopped containers with their endpoint and ports, without address or names', () => {
    expect(container(topology, 'stopped').state).toBe('created');
    expect(container(topology, 'exited').state).toBe('exited');
    const stopped = endpoint(topology, 'stopped', 'app-net');
    expect(stopped).toMatchObject({ ipv4: null, dnsNames: [] });
    expect(stopped.aliases).toContain('stopped-alias');
    expect(endpoint(topology, 'exited', 'back-net')).toMatchObject({ ipv4: null, dnsNames: [] });
    expect(container(topology, 'stopped').ports).toEqual([
      expect.objectContaining({ hostIp: '127.0.0.1', containerPort: 8080, protocol: 'tcp' }),
    ]);
  });

  it('carries compose project and service, and the service name resolves', () => {
    expect(container(topology, 'cache').compose).toEqual({ project: `nt-${captureRunId}-shop`, service: 'cache' });
    expect(endpoint(topology, 'cache', 'app-net').dnsNames).toContain('cache');
    expect(container(topology, 'web').compose).toBeNull();
  });

  it('only references networks and containers it lists', () => {
    const networkIds = new Set(topology.networks.map((n) => n.id));
    const containerIds = new Set(topology.containers.map((c) => c.id));
    for (const e of topology.endpoints) {
      expect(networkIds.has(e.networkId)).toBe(true);
      expect(containerIds.has(e.containerId)).toBe(true);
    }
  });

  it('carries no environment values', () => {
    expect(JSON.stringify(topology)).not.toContain('REDACTED');
  });

  it('is deterministic: shuffled input gives the same topology', () => {
    const shuffled = fixtureSnapshot();
    shuffled.containers.reverse();
    shuffled.networks.reverse();
    expect(buildTopology(shuffled)).toEqual(topology);
  });

  it('tolerates a container whose inspect result is missing (removed meanwhile)', () => {
    const snapshot = fixtureSnapshot();
    delete snapshot.inspects[idOf('web')];
    const t = buildTopology(snapshot);
    expect(container(t, 'web').name).toBe(nameOf('web'));
    expect(endpoint(t, 'web', 'app-net').ipv4).toBe(endpoint(topology, 'web', 'app-net').ipv4);
  });

  it('passes the engine facts through', () => {
    expect(topology.engine).toMatchObject({ apiVersion: '1.41', serverVersion: expect.stringMatching(/^20\.10\./) });
  });
});

describe('buildTopology on the captured Engine 28.5 snapshot (API 1.51)', () => {
  const t = buildTopology(engine28.snapshot());
  const network = (role: Role28 | 'bridge') => t.networks.find((n) => n.name === (role === 'bridge' ? role : engine28.nameOf(role)))!;
  const on = (role: Role28, net: Role28 | 'bridge'): Endpoint => {
    const e = t.endpoints.find((x) => x.containerId === engine28.idOf(role) && x.networkId === network(net).id);
    if (!e) throw new Error(`${role} has no endpoint on ${net}`);
    return e;
  };
  const short = (role: Role28) => engine28.idOf(role).slice(0, 12);

  it('passes the negotiated API version and the engine version through', () => {
    expect(t.engine).toMatchObject({ apiVersion: '1.51', serverVersion: expect.stringMatching(/^28\.5\./) });
  });

  it('takes the DNS names from DNSNames: the short id is no alias any more, yet it resolves', () => {
    const web = on('web', 'app-net');
    expect(web.aliases).toEqual(['www']);
    expect([...web.dnsNames].sort()).toEqual([engine28.nameOf('web'), 'www', short('web')].sort());
    // What the embedded DNS answered from api at capture time: every one of those names is web.
    const asked = engine28.lookups().filter((l) => l.from === 'api');
    expect(asked.map((l) => l.name).sort()).toEqual([...web.dnsNames].sort());
    for (const l of asked) expect(l.addresses, l.name).toEqual([web.ipv4]);
  });

  it('uses DNSNames as given, even where they differ from name + aliases', () => {
    const snapshot = engine28.snapshot();
    snapshot.inspects[engine28.idOf('web')]!.NetworkSettings!.Networks![engine28.nameOf('app-net')].DNSNames = ['only-this'];
    const web = buildTopology(snapshot).endpoints.find((e) => e.containerId === engine28.idOf('web'))!;
    expect(web.dnsNames).toEqual(['only-this']);
  });

  it('lists no DNS names on the default bridge, nor for a stopped or exited container (28.5 reports DNSNames for it all the same)', () => {
    expect(on('legacy-a', 'bridge').dnsNames).toEqual([]);
    expect(on('stopped', 'app-net')).toMatchObject({ ipv4: null, dnsNames: [], aliases: ['stopped-alias'] });
    const exited = engine28.rawContainer('exited').inspect.NetworkSettings!.Networks![engine28.nameOf('back-net')];
    expect(exited.DNSNames).toContain(short('exited'));
    expect(on('exited', 'back-net')).toMatchObject({ ipv4: null, dnsNames: [] });
  });

  it('keeps an alias to its network, on an IPv6-only network too, and a name answers with both families', () => {
    expect(on('multi', 'v6only-net').dnsNames).toEqual(expect.arrayContaining(['multi-v6', engine28.nameOf('multi'), short('multi')]));
    expect(on('multi', 'dual-net').dnsNames).not.toContain('multi-v6');
    const dual = on('multi', 'dual-net');
    for (const l of engine28.lookups().filter((x) => x.from === 'fixed')) {
      expect(dual.dnsNames).toContain(l.name);
      expect([...l.addresses].sort()).toEqual([dual.ipv4, dual.ipv6].sort());
    }
  });

  it('an endpoint on an IPv6-only network: IPv6 address, prefix and gateway, no IPv4, its priority', () => {
    expect(on('multi', 'v6only-net')).toMatchObject({
      ipv4: null, ipv4PrefixLen: null, gateway: null,
      ipv6: expect.stringMatching(/^fd[0-9a-f]{2}:[0-9a-f:]+::2$/), ipv6PrefixLen: 64, ipv6Gateway: expect.stringMatching(/::1$/),
      gwPriority: 10, staticIpv4: null, staticIpv6: null,
    });
  });

  it('an endpoint on a dual-stack network: both addresses with their prefixes and gateways', () => {
    const e = on('multi', 'dual-net');
    expect(e).toMatchObject({ ipv4PrefixLen: 24, ipv6PrefixLen: 64, gwPriority: 0 });
    const [v4, v6] = network('dual-net').subnets;
    expect(e.ipv4!.split('.').slice(0, 3)).toEqual(v4.subnet.split('.').slice(0, 3));
    expect(e.ipv6!.startsWith(v6.subnet.replace(/::\/64$/, '::'))).toBe(true);
    expect([e.gateway, e.ipv6Gateway]).toEqual([v4.gateway, v6.gateway]);
  });

  it('fixed addresses: the ones the user gave, for both families; null where the engine chose', () => {
    const e = on('fixed', 'dual-net');
    expect(e.staticIpv4).toMatch(/\.77$/);
    expect(e.staticIpv6).toMatch(/::77$/);
    expect(e).toMatchObject({ ipv4: e.staticIpv4, ipv6: e.staticIpv6 });
    expect(on('multi', 'dual-net')).toMatchObject({ staticIpv4: null, staticIpv6: null });
  });

  it('an internal network offers no gateway and no default route', () => {
    expect(on('vault', 'internal-net')).toMatchObject({ gateway: null, ipv6: null, ipv6Gateway: null, defaultRoute: false, defaultRoute6: false });
    expect(on('vault', 'internal-net').ipv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('subnets carry their family; the gateways the engine lists none for come from the endpoints, IPv6 too', () => {
    const raw = engine28.snapshot().networks.find((n) => n.Id === network('dual-net').id)!;
    expect(raw.IPAM?.Config?.map((c) => c.Gateway ?? null)).toEqual([null, null]);
    expect(network('dual-net').subnets).toEqual([
      { family: 4, subnet: expect.stringMatching(/^10\.231\.\d+\.0\/24$/), gateway: expect.stringMatching(/^10\.231\.\d+\.1$/), ipRange: null },
      { family: 6, subnet: expect.stringMatching(/^fd[0-9a-f:]+::\/64$/), gateway: expect.stringMatching(/^fd[0-9a-f:]+::1$/), ipRange: null },
    ]);
    const only6 = network('v6only-net');
    expect(only6).toMatchObject({ ipv4: false, ipv6: true });
    expect(only6.subnets).toEqual([{ family: 6, subnet: expect.stringMatching(/::\/64$/), gateway: on('multi', 'v6only-net').ipv6Gateway, ipRange: null }]);
  });

  it('default routes: one per family and container; priority decides, but a dual-stack endpoint carries both even against a higher one', () => {
    for (const c of t.containers) {
      const own = t.endpoints.filter((e) => e.containerId === c.id);
      expect(own.filter((e) => e.defaultRoute).length, c.name).toBeLessThanOrEqual(1);
      expect(own.filter((e) => e.defaultRoute6).length, c.name).toBeLessThanOrEqual(1);
    }
    expect(on('multi', 'dual-net')).toMatchObject({ defaultRoute: true, defaultRoute6: true });
    expect(on('multi', 'v6only-net')).toMatchObject({ defaultRoute: false, defaultRoute6: false, gwPriority: 10 });
    expect(on('dual-first', 'dual-net')).toMatchObject({ defaultRoute: true, defaultRoute6: true });
    expect(on('dual-first', 'app-net')).toMatchObject({ defaultRoute: false, defaultRoute6: false, gwPriority: 10 });
    // Between two IPv4-only networks the priority decides, over the name (app-net sorts first).
    expect(on('prio', 'back-net')).toMatchObject({ defaultRoute: true, gwPriority: 10 });
    expect(on('prio', 'app-net')).toMatchObject({ defaultRoute: false, gwPriority: 0 });
    expect(on('routed', 'routed-net')).toMatchObject({ defaultRoute: true, defaultRoute6: false });
  });

  it('a port published on [::] only is among the container ports, as IPv6-only', () => {
    const v6port = t.containers.find((c) => c.id === engine28.idOf('v6port'))!;
    expect(v6port.ports).toEqual([{ hostIp: '::', hostPort: expect.any(Number), containerPort: 8080, protocol: 'tcp' }]);
    expect(v6port.exposedPorts).toEqual([]);
  });

  it('reads the base topology as on 20.10: the same endpoints per role, the same default-route network', () => {
    const roles: Role[] = ['web', 'api', 'db', 'cache', 'legacy-a', 'legacy-b', 'host', 'none', 'stopped', 'exited', 'sidecar'];
    const netRole = (networks: Topology['networks'], id: string, nameOfRole: (r: Role) => string) =>
      (['app-net', 'back-net'] as Role[]).find((r) => networks.find((n) => n.id === id)?.name === nameOfRole(r)) ??
      networks.find((n) => n.id === id)!.name;
    const shape = (x: Topology, idOfRole: (r: Role) => string, nameOfRole: (r: Role) => string) => roles.map((role) =>
      [role, x.endpoints.filter((e) => e.containerId === idOfRole(role))
        .map((e) => `${netRole(x.networks, e.networkId, nameOfRole)}${e.ipv4 ? ' addr' : ''}${e.defaultRoute ? ' default' : ''} ${e.dnsNames.length}`).sort()]);
    expect(shape(t, engine28.idOf, engine28.nameOf)).toEqual(shape(topology, idOf, nameOf));
  });
});

describe('subnet gateways', () => {
  it('fills the gateway the network list omits from the endpoints inside the subnet', () => {
    const app = topology.networks.find((n) => n.name === nameOf('app-net'))!;
    const gateways = topology.endpoints.filter((e) => e.networkId === app.id && e.gateway).map((e) => e.gateway);
    expect(gateways.length).toBeGreaterThan(0);
    expect(app.subnets[0].gateway).toBe(gateways[0]);
    expect(app.subnets[0].gateway).toMatch(/^10\.231\.\d+\.1$/);
  });
});

describe('a container whose start failed', () => {
  it('has no address even though the 20.10 list still carries the one it was given', () => {
    const raw = fixtureSnapshot();
    const stopped = raw.containers.find((c) => c.Id === idOf('stopped'))!;
    for (const n of Object.values(stopped.NetworkSettings?.Networks ?? {})) {
      n.IPAddress = '10.231.250.9';
      n.MacAddress = '02:42:0a:e7:fa:09';
    }
    const t = buildTopology(raw);
    const eps = t.endpoints.filter((e) => e.containerId === stopped.Id);
    expect(eps.length).toBeGreaterThan(0);
    for (const e of eps) expect(e).toMatchObject({ ipv4: null, mac: null, dnsNames: [] });
  });

  it('keeps the engine\'s words for why it did not start (State.Error, as 20.10 records a port conflict)', () => {
    const raw = fixtureSnapshot();
    const words = 'driver failed programming external connectivity on endpoint x (abc): Bind for 0.0.0.0:41234 failed: port is already allocated';
    raw.inspects[idOf('stopped')]!.State = { Status: 'created', Running: false, Error: words };
    const t = buildTopology(raw);
    expect(t.containers.find((c) => c.id === idOf('stopped'))!.startError).toBe(words);
  });

  it('has no start error when the last start succeeded (the engine leaves State.Error empty)', () => {
    expect(topology.containers.map((c) => c.startError)).toEqual(topology.containers.map(() => null));
  });
});
