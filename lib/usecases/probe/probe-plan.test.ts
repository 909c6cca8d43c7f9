import { describe, expect, it } from 'vitest';
import type { Reachability } from '../../analysis/reachability-types';
import type { Container, Endpoint, Topology } from '../../topology/types';
import { MAX_IPS, MAX_NAMES, addressesOf, buildProbePlan } from './probe-plan';

const id = (c: string) => c.repeat(64);
const container = (c: string, name: string, extra: Partial<Container> = {}): Container => ({
  id: id(c), engineId: 'default', name, image: 'busybox', state: 'running', status: 'Up', networkMode: 'backend', sharesNetworkWith: null,
  compose: null, labels: {}, ports: [], exposedPorts: [], startError: null, ...extra,
});
const endpoint = (c: string, net: string, ipv4: string | null, dnsNames: string[]): Endpoint => ({
  networkId: id(net), containerId: id(c), ipv4, ipv4PrefixLen: ipv4 ? 24 : null, ipv6: null, ipv6PrefixLen: null, mac: null, gateway: null,
  ipv6Gateway: null, staticIpv4: null, staticIpv6: null, gwPriority: 0, defaultRoute: false, defaultRoute6: false, aliases: [], dnsNames,
});
const db = container('b', 'shop-db-1', { compose: { project: 'shop', service: 'db' } });
const topology = (endpoints: Endpoint[]): Topology => ({
  engine: { id: 'e', name: 'e', serverVersion: '20.10.24', apiVersion: '1.41', host: 'unix:///var/run/docker.sock', swarmManager: false, swarmNodeId: null },
  engines: [], swarms: [], networks: [], containers: [container('a', 'shop-api-1'), db], endpoints,
});
const prediction = (names: string[], ips: string[]): Reachability => ({
  from: { id: id('a'), name: 'shop-api-1' }, to: { id: id('b'), name: 'shop-db-1' }, reachable: names.length + ips.length > 0,
  names, ips, routes: [], reasons: [{ code: 'shared_network', message: '…' }],
});

describe('buildProbePlan', () => {
  it('tries the predicted names first, then every other name of B, then all its addresses', () => {
    const t = topology([
      endpoint('b', '1', '10.0.1.3', ['shop-db-1', 'db', 'postgres', 'bbbbbbbbbbbb']),
      endpoint('b', '2', '10.0.2.3', ['shop-db-1', 'DB', 'metrics-db']),
    ]);
    const plan = buildProbePlan(t, prediction(['db', 'postgres'], ['10.0.1.3']), db, { protocol: 'tcp', port: 5432 });
    expect(plan).toEqual({
      protocol: 'tcp', port: 5432,
      targets: [
        ...['db', 'postgres', 'shop-db-1', 'bbbbbbbbbbbb', 'metrics-db'].map((value) => ({ kind: 'name', value })),
        ...['10.0.1.3', '10.0.2.3'].map((value) => ({ kind: 'ip', value })),
      ],
    });
  });

  it('tries B’s container name and service even when no network is shared (to prove they do not resolve)', () => {
    const plan = buildProbePlan(topology([endpoint('b', '1', '10.0.1.3', [])]), prediction([], []), db, { protocol: 'icmp', port: 5432 });
    expect(plan).toEqual({ protocol: 'icmp', port: null, targets: [{ kind: 'name', value: 'shop-db-1' }, { kind: 'name', value: 'db' }, { kind: 'ip', value: '10.0.1.3' }] });
  });

  it('tries the host address a prediction gives for a host-mode B', () => {
    const plan = buildProbePlan(topology([]), prediction([], ['10.0.1.1']), db, { protocol: 'tcp', port: 80 });
    expect(plan.targets.filter((t) => t.kind === 'ip')).toEqual([{ kind: 'ip', value: '10.0.1.1' }]);
  });

  it('drops anything that is not a DNS/container name or an IPv4, and caps the count', () => {
    const weird = ['-e', 'a b', '$(id)', 'x;id', '`id`', 'a\nb', '/abs', ''];
    const plan = buildProbePlan(topology([endpoint('b', '1', '10.0.1.3', weird)]), prediction(weird, ['1.2.3', '10.0.1.3; id']), db, { protocol: 'tcp', port: 1 });
    expect(plan.targets.map((t) => t.value)).toEqual(['shop-db-1', 'db', '10.0.1.3']);
    const many = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const ips = Array.from({ length: 10 }, (_, i) => `10.0.0.${i + 1}`);
    const capped = buildProbePlan(topology([]), prediction(many, ips), db, { protocol: 'tcp', port: 1 });
    expect(capped.targets.filter((t) => t.kind === 'name')).toHaveLength(MAX_NAMES);
    expect(capped.targets.filter((t) => t.kind === 'ip')).toHaveLength(MAX_IPS);
  });
});

describe('addressesOf across engines', () => {
  it('from another engine, only the target\'s addresses on networks that span hosts and the source is on', () => {
    const mesh = 'f'.repeat(64);
    const t: Topology = {
      engine: { id: 'e', name: 'e', serverVersion: '20.10.24', apiVersion: '1.41', host: 'unix:///x', swarmManager: false, swarmNodeId: null },
      engines: [], swarms: [],
      networks: [
        { id: mesh, engineId: 'a', engineIds: ['a', 'b'], name: 'mesh', driver: 'overlay', scope: 'swarm', internal: false, attachable: true, ingress: false, builtin: false, dns: true, ipv4: true, ipv6: false, gatewayModes: null, parent: null, subnets: [], options: {}, labels: {}, createdAt: '' },
      ],
      containers: [container('a', 'solo'), container('b', 'task', { engineId: 'b' })],
      endpoints: [endpoint('a', 'f', '10.9.0.2', []), endpoint('b', 'f', '10.9.0.3', []), endpoint('b', 'c', '172.18.0.2', []), endpoint('b', 'd', '10.0.0.5', [])],
    };
    expect(addressesOf(t, id('b'), id('a'))).toEqual(['10.9.0.3']);
    expect(addressesOf(t, id('b'))).toEqual(['10.9.0.3', '172.18.0.2', '10.0.0.5']);
  });
});
