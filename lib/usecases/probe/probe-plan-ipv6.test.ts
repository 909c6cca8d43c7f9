import { describe, expect, it } from 'vitest';
import type { Reachability } from '../../analysis/reachability-types';
import type { Container, Endpoint, Topology } from '../../topology/types';
import { MAX_IPS, addressesOf, buildProbePlan } from './probe-plan';

const id = (c: string) => c.repeat(64);
const container = (c: string, name: string): Container => ({
  id: id(c), engineId: 'default', name, image: 'busybox', state: 'running', status: 'Up', networkMode: 'v6only', sharesNetworkWith: null,
  compose: null, labels: {}, ports: [], exposedPorts: [], startError: null,
});
const endpoint = (c: string, net: string, ipv4: string | null, ipv6: string | null): Endpoint => ({
  networkId: id(net), containerId: id(c), ipv4, ipv4PrefixLen: ipv4 ? 24 : null, ipv6, ipv6PrefixLen: ipv6 ? 64 : null, mac: null, gateway: null,
  ipv6Gateway: null, staticIpv4: null, staticIpv6: null, gwPriority: 0, defaultRoute: false, defaultRoute6: false, aliases: [], dnsNames: ['db'],
});
const db = container('b', 'db');
const topology = (endpoints: Endpoint[]): Topology => ({
  engine: { id: 'e', name: 'e', serverVersion: '28.5.2', apiVersion: '1.51', host: 'unix:///var/run/docker.sock', swarmManager: false, swarmNodeId: null },
  engines: [], swarms: [], networks: [], containers: [container('a', 'app'), db], endpoints,
});
const prediction = (ips: string[]): Reachability => ({
  from: { id: id('a'), name: 'app' }, to: { id: id('b'), name: 'db' }, reachable: true, names: ['db'], ips, routes: [], reasons: [{ code: 'shared_network', message: '…' }],
});
const planIps = (t: Topology, ips: string[]) => buildProbePlan(t, prediction(ips), db, { protocol: 'tcp', port: 5432 }).targets.filter((x) => x.kind === 'ip').map((x) => x.value);

describe('addressesOf with IPv6', () => {
  it('every IPv4 address first, then every IPv6 one (dual-stack and IPv6-only networks)', () => {
    const t = topology([endpoint('b', '1', '10.0.1.3', 'fd00:db8:1::3'), endpoint('b', '2', null, 'fd00:db8:2::3'), endpoint('b', '3', '10.0.3.3', null)]);
    expect(addressesOf(t, id('b'))).toEqual(['10.0.1.3', '10.0.3.3', 'fd00:db8:1::3', 'fd00:db8:2::3']);
  });
});

describe('buildProbePlan with IPv6 addresses', () => {
  it('tries a target’s IPv6 address on an IPv6-only network', () => {
    expect(planIps(topology([endpoint('b', '2', null, 'fd00:db8:2::3')]), ['fd00:db8:2::3'])).toEqual(['fd00:db8:2::3']);
  });

  it('gives the helper the canonical form, once', () => {
    const t = topology([endpoint('b', '2', null, 'fd00:db8:2::3')]);
    expect(planIps(t, ['FD00:0DB8:0002:0000:0000:0000:0000:0003'])).toEqual(['fd00:db8:2::3']);
  });

  it('drops anything that is not an address: zone ids, brackets, spaces, shell words, options, malformed groups', () => {
    const weird = ['fe80::1%eth0', '[fd00::1]', ' fd00::1', 'fd00::1\n', 'fd00::1;id', '$(id)', '-6', ':::', 'fd00::1::2', 'fd00::g', '1:2:3:4:5:6:7:8:9', 'fd00::12345', ''];
    expect(planIps(topology([]), [...weird, 'fd00::1'])).toEqual(['fd00::1']);
  });

  it('keeps the cap, IPv4 addresses first', () => {
    const t = topology([endpoint('b', '1', '10.0.1.3', 'fd00:db8:1::3'), endpoint('b', '2', '10.0.2.3', 'fd00:db8:2::3'), endpoint('b', '3', '10.0.3.3', 'fd00:db8:3::3')]);
    expect(planIps(t, [])).toEqual(['10.0.1.3', '10.0.2.3', '10.0.3.3', 'fd00:db8:1::3']);
    expect(MAX_IPS).toBe(4);
  });
});
