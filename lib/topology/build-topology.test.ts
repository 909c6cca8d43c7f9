import { describe, expect, it } from 'vitest';
import { api145Snapshot, captureRunId, fixtureSnapshot, idOf, nameOf, type Role } from './__fixtures__/engine-fixture';
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

describe('buildTopology on an API >= 1.45 shape (derived from the capture, see api145Snapshot)', () => {
  const t = buildTopology(api145Snapshot());

  it('takes the DNS names from DNSNames: the short id resolves though it is no longer an alias', () => {
    const web = endpoint(t, 'web', 'app-net');
    expect(web.aliases).not.toContain(shortId('web'));
    expect(web.aliases).toContain('www');
    expect([...web.dnsNames].sort()).toEqual([nameOf('web'), 'www', shortId('web')].sort());
  });

  it('uses DNSNames as given, even where they differ from name + aliases', () => {
    const snapshot = api145Snapshot();
    snapshot.inspects[idOf('web')]!.NetworkSettings!.Networks![nameOf('app-net')].DNSNames = ['only-this'];
    expect(endpoint(buildTopology(snapshot), 'web', 'app-net').dnsNames).toEqual(['only-this']);
  });

  it('still lists no DNS names on the default bridge or for stopped containers', () => {
    expect(endpointsOf(t, 'legacy-a')[0].dnsNames).toEqual([]);
    expect(endpoint(t, 'stopped', 'app-net').dnsNames).toEqual([]);
  });

  it('gives the same topology as 1.41 apart from the short id among the aliases', () => {
    const strip = (x: Topology) => x.endpoints.map((e) => ({ ...e, aliases: e.aliases.filter((a) => !/^[0-9a-f]{12}$/.test(a)) }));
    expect(strip(t)).toEqual(strip(topology));
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
