import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareProbe } from '../../analysis/compare-probe';
import { reachability } from '../../analysis/reachability';
import { ctr, ep, net } from '../../graph/__fixtures__/synthetic-topology';
import type { Topology } from '../../topology/types';
import { parseProbeOutput } from './parse-probe-output';
import { addressesOf, buildProbePlan } from '../../usecases/probe/probe-plan';
import type { ProbePlan } from './probe-script';
import { toProbeTargets } from './to-probe-targets';

// Captured from the real helper script (this version) on Engine 28.5.2 with Debian's busybox 1.35 (image
// netatlas-test/busybox:local), run as probe-containers runs it (container:<A>, no capabilities but NET_RAW
// for ICMP). IPv6-only: `docker network create --ipv4=false --ipv6 --subnet fd00:db8:2::/64 na6net`; na6-b
// probes na6-srv (fd00:db8:2::2, busybox httpd on 5432); na6-a (fd00:db8:2::3) listens on nothing;
// fd00:db8:2::77 is nobody; `nosuch` is no name. Dual-stack: na6dual (10.210.1.0/24 and fd00:db8:3::/64),
// na6d-b probes na6d-srv (10.210.1.2 and fd00:db8:3::2); na6-srv is on the other network.
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../__fixtures__/probe', name), 'utf8');
const planOf = (protocol: 'tcp' | 'icmp', targets: string[]): ProbePlan => ({
  protocol,
  port: protocol === 'tcp' ? 5432 : null,
  targets: targets.map((value) => ({ kind: /^(\d|fd00)/.test(value) ? ('ip' as const) : ('name' as const), value })),
});
const V6ONLY = ['na6-srv', 'nosuch', 'na6-srv.na6net', 'fd00:db8:2::2', 'fd00:db8:2::77', 'na6-a'];
const DUAL = ['na6d-srv', 'na6-srv', '10.210.1.2', 'fd00:db8:3::2', 'fd00:db8:2::2'];
const results = (file: string, plan: ProbePlan) => {
  const output = parseProbeOutput(fixture(file), plan.targets.length);
  return { output, targets: toProbeTargets(plan, output) };
};

describe('probe output on an IPv6-only network (TCP, captured on Engine 28.5)', () => {
  const { output, targets } = results('tcp-v6only-28.5.txt', planOf('tcp', V6ONLY));

  it('a name with only an IPv6 answer is tried there: it connects, or is refused', () => {
    expect(output.done).toBe(true);
    expect(targets.map((t) => [t.target, t.kind, t.resolved, t.connect])).toEqual([
      ['na6-srv', 'name', ['fd00:db8:2::2'], 'ok'],
      ['nosuch', 'name', [], 'unresolved'],
      ['na6-srv.na6net', 'name', ['fd00:db8:2::2'], 'ok'],
      ['fd00:db8:2::2', 'ip', ['fd00:db8:2::2'], 'ok'],
      ['fd00:db8:2::77', 'ip', ['fd00:db8:2::77'], 'timeout'],
      ['na6-a', 'name', ['fd00:db8:2::3'], 'refused'],
    ]);
  });

  it('reads the try line’s IPv6 address and its clock', () => {
    expect(output.targets.map((t) => t.attempt?.ip ?? null)).toEqual(['fd00:db8:2::2', null, 'fd00:db8:2::2', 'fd00:db8:2::2', 'fd00:db8:2::77', 'fd00:db8:2::3']);
    expect(output.targets[4].attempt!.elapsedUs).toBeGreaterThan(1_900_000); // nc -w 2
    for (const t of targets) if (t.connect === 'ok') expect(t.rttMs).toBeGreaterThan(0);
  });
});

describe('probe output on an IPv6-only network (ICMP, captured on Engine 28.5)', () => {
  const { targets } = results('icmp-v6only-28.5.txt', planOf('icmp', V6ONLY));

  it('pings IPv6 addresses (ping -6) and takes the round trip from ping itself', () => {
    const byName = Object.fromEntries(targets.map((t) => [t.target, t]));
    expect(byName['fd00:db8:2::2']).toMatchObject({ connect: 'ok', rttMs: 0.251 });
    expect(byName['na6-srv']).toMatchObject({ connect: 'ok', resolved: ['fd00:db8:2::2'] });
    expect(byName['na6-a'].connect).toBe('ok'); // a ping needs no listener
    expect(byName['fd00:db8:2::77'].connect).toBe('timeout');
    expect(byName.nosuch.connect).toBe('unresolved');
  });
});

describe('probe output on a dual-stack network (TCP, captured on Engine 28.5)', () => {
  const { output, targets } = results('tcp-dualstack-28.5.txt', planOf('tcp', DUAL));

  it('a name with both answers is tried at its IPv4 one, even when nslookup prints the IPv6 one first', () => {
    expect(targets[0]).toMatchObject({ target: 'na6d-srv', resolved: ['fd00:db8:3::2', '10.210.1.2'], connect: 'ok' });
    expect(output.targets[0].attempt!.ip).toBe('10.210.1.2');
  });

  it('each family’s address connects; a name and an address of another network do not', () => {
    expect(targets.map((t) => [t.target, t.connect])).toEqual([
      ['na6d-srv', 'ok'], ['na6-srv', 'unresolved'], ['10.210.1.2', 'ok'], ['fd00:db8:3::2', 'ok'], ['fd00:db8:2::2', 'timeout'],
    ]);
  });
});

describe('prediction and proof agree on an IPv6-only network', () => {
  // The captured scene as a topology: na6-b, na6-srv and na6-a on na6net (IPv6 only).
  const na6net = net(1, 'na6net', { ipv4: false, ipv6: true, subnets: [{ family: 6, subnet: 'fd00:db8:2::/64', gateway: 'fd00:db8:2::1', ipRange: null }] });
  const [b, srv, a] = [ctr(1, 'na6-b'), ctr(2, 'na6-srv'), ctr(3, 'na6-a')];
  const v6 = (host: number) => ({ ipv4: null, ipv4PrefixLen: null, gateway: null, ipv6: `fd00:db8:2::${host}`, ipv6PrefixLen: 64, ipv6Gateway: 'fd00:db8:2::1' });
  const t: Topology = {
    engine: { id: 'E', name: 'test', serverVersion: '28.5.2', apiVersion: '1.51', host: 'unix:///run/netatlas-cur/docker.sock', swarmManager: false, swarmNodeId: null },
    engines: [], swarms: [], networks: [na6net], containers: [a, b, srv],
    endpoints: [ep(na6net, b, 4, v6(4)), ep(na6net, srv, 2, v6(2)), ep(na6net, a, 3, v6(3))],
  };
  const prediction = reachability(t, b.id, srv.id);

  it('the prediction names the IPv6 address, and the plan tries it', () => {
    expect(prediction).toMatchObject({ reachable: true, names: ['na6-srv'], ips: ['fd00:db8:2::2'] });
    expect(prediction.reasons[0].message).toBe('both on na6net: na6-b reaches na6-srv by name (na6-srv) or at fd00:db8:2::2.');
    const plan = buildProbePlan(t, prediction, srv, { protocol: 'tcp', port: 5432 });
    expect(plan.targets).toEqual([{ kind: 'name', value: 'na6-srv' }, { kind: 'ip', value: 'fd00:db8:2::2' }]);
  });

  it('the probe agrees with it, by name and by address', () => {
    const { targets } = results('tcp-v6only-28.5.txt', planOf('tcp', V6ONLY));
    const [byName, byAddress] = [targets[0], targets[3]];
    const verdict = compareProbe(prediction, [byName, byAddress], addressesOf(t, srv.id, b.id), { protocol: 'tcp', port: 5432 });
    expect(verdict).toEqual({ reachable: true, disagreements: [] });
  });

  it('a name the prediction did not count on, that reaches B over IPv6, is said so with the address in brackets', () => {
    const { targets } = results('tcp-v6only-28.5.txt', planOf('tcp', V6ONLY));
    const verdict = compareProbe(prediction, [targets[2]], addressesOf(t, srv.id, b.id), { protocol: 'tcp', port: 5432 });
    expect(verdict.disagreements).toEqual(['The prediction says na6-b cannot reach na6-srv by the name "na6-srv.na6net", but the probe connected to [fd00:db8:2::2]:5432.']);
  });
});
