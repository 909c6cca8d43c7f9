/**
 * Domain-level topologies for layout tests, where the shape matters and not the engine's raw
 * format (raw engine fixtures live in lib/topology/__fixtures__). Ids are 64-hex like the engine's.
 */
import type { Container, Endpoint, Network, Topology } from '../../topology/types';

const hex = (prefix: string, i: number) => `${prefix}${i.toString(16).padStart(8, '0')}`.padEnd(64, '0');

export function net(i: number, name = `net${i}`, extra: Partial<Network> = {}): Network {
  return {
    id: hex('a', i), engineId: 'default', engineIds: ['default'], name, driver: 'bridge', scope: 'local', internal: false, attachable: false, ingress: false,
    builtin: false, dns: true, ipv4: true, ipv6: false, gatewayModes: { ipv4: 'nat', ipv6: 'nat' }, parent: null, subnets: [{ family: 4, subnet: `10.210.${i}.0/24`, gateway: `10.210.${i}.1`, ipRange: null }],
    options: {}, labels: {}, createdAt: '2026-11-28T04:00:00Z', ...extra,
  };
}

export function ctr(i: number, name = `c${String(i).padStart(3, '0')}`, extra: Partial<Container> = {}): Container {
  return {
    id: hex('c', i), engineId: 'default', name, image: 'busybox', state: 'running', status: 'Up', networkMode: 'bridge',
    sharesNetworkWith: null, compose: null, labels: {}, ports: [], exposedPorts: [], startError: null, ...extra,
  };
}

export function ep(n: Network, c: Container, host: number, extra: Partial<Endpoint> = {}): Endpoint {
  const ipv4 = `${n.subnets[0]?.subnet.split('.').slice(0, 3).join('.')}.${host}`;
  return {
    networkId: n.id, containerId: c.id, ipv4, ipv4PrefixLen: 24, ipv6: null, ipv6PrefixLen: null, mac: null,
    gateway: n.subnets[0]?.gateway ?? null, ipv6Gateway: null, staticIpv4: null, staticIpv6: null, gwPriority: 0,
    defaultRoute: false, defaultRoute6: false, aliases: [], dnsNames: n.dns ? [c.name] : [], ...extra,
  };
}

const engine = { id: 'E', name: 'test', serverVersion: '20.10.24', apiVersion: '1.41', host: 'unix:///var/run/docker.sock', swarmManager: false, swarmNodeId: null };
const engines: Topology['engines'] = [{ id: 'default', name: 'test', host: engine.host, source: 'env', state: 'live', info: engine, stale: false }];

/**
 * The benchmark's shape: `count` containers on `nets` networks, container i on network i % nets and
 * every second one also on (i + 1) % nets, as `npm run bench` creates on the real engine.
 */
export function benchTopology(count = 100, nets = 10): Topology {
  const networks = Array.from({ length: nets }, (_, i) => net(i));
  const containers = Array.from({ length: count }, (_, i) => ctr(i));
  const endpoints: Endpoint[] = [];
  containers.forEach((c, i) => {
    endpoints.push(ep(networks[i % nets], c, 2 + Math.floor(i / nets)));
    if (i % 2 === 1) endpoints.push(ep(networks[(i + 1) % nets], c, 100 + Math.floor(i / nets)));
  });
  return { engine, engines, networks, containers, endpoints, swarms: [] };
}

/** Frontend/backend split with a shared-stack sidecar, a host-mode and a none-mode container. */
export function shopTopology(): Topology {
  const front = net(1, 'frontend');
  const back = net(2, 'backend');
  const host = net(3, 'host', { driver: 'host', builtin: true, dns: false, subnets: [] });
  const none = net(4, 'none', { driver: 'null', builtin: true, dns: false, subnets: [] });
  const web = ctr(1, 'web');
  const api = ctr(2, 'api');
  const db = ctr(3, 'db', { state: 'exited' });
  const side = ctr(4, 'sidecar', { networkMode: `container:${hex('c', 2)}`, sharesNetworkWith: hex('c', 2) });
  const exporter = ctr(5, 'exporter', { networkMode: 'host' });
  const batch = ctr(6, 'batch', { networkMode: 'none' });
  return {
    engine,
    engines,
    swarms: [],
    networks: [back, front, host, none],
    containers: [api, batch, db, exporter, side, web],
    endpoints: [
      ep(front, web, 2), ep(front, api, 3), ep(back, api, 2), ep(back, db, 3, { ipv4: null, dnsNames: [] }),
      ep(host, exporter, 0, { ipv4: null, dnsNames: [] }), ep(none, batch, 0, { ipv4: null, dnsNames: [] }),
    ],
  };
}

/**
 * Issue 13's big host: `count` containers on `nets` networks owned by `projects` compose projects
 * (network n belongs to project n % projects), container i in project i % projects on one of its
 * project's networks, and every third one on a second network of its project.
 */
export function scaleTopology(count = 1000, nets = 50, projects = 20): Topology {
  const networks = Array.from({ length: nets }, (_, i) => net(i, `proj${i % projects}_net${i}`));
  const owned = Array.from({ length: projects }, (_, p) => networks.filter((_, n) => n % projects === p));
  const containers = Array.from({ length: count }, (_, i) =>
    ctr(i, `proj${i % projects}-svc${i % 7}-${i}`, { compose: { project: `proj${i % projects}`, service: `svc${i % 7}` } }));
  const endpoints: Endpoint[] = [];
  containers.forEach((c, i) => {
    const mine = owned[i % projects];
    const first = Math.floor(i / projects) % mine.length;
    endpoints.push(ep(mine[first], c, 2 + (i % 250)));
    if (i % 3 === 0) endpoints.push(ep(mine[(first + 1) % mine.length], c, 2 + (i % 250)));
  });
  return { engine, engines, networks, containers, endpoints, swarms: [] };
}
