/**
 * What Engine 28+ added to networking, read from a real current engine and compared with the engine's own
 * answers (`docker inspect`, `ip route` and nslookup inside the containers): IPv4 and IPv6-only networks,
 * IPv6 addresses with prefixes and gateways, DNSNames, gateway priority, the default route per family,
 * fixed addresses. Runs when DOCKER_HOST is an engine with API >= 1.48 (scripts/test.sh runs the whole
 * integration suite a second time against Debian sid's 28.5 with Engine 29's API floor); on an older engine
 * each case is skipped saying so.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_TESTED_API_VERSION } from '@/lib/engine/api-version';
import { apiAtLeast } from '@/lib/topology/api-versions';
import type { Endpoint, Topology } from '@/lib/topology/types';
import { probeContainers } from '@/lib/usecases/probe/probe-containers';
import { TEST_IMAGE, exec, freeSubnet, nslookup, withOwner } from '../support/test-engine';
import { containerNamed, endpointOf, networkNamed, useScenario, type Created } from './support/scenario';

const s = useScenario();
const engineApi = await s.docker.version().then((v) => v.ApiVersion).catch(() => '0');
const current = apiAtLeast(engineApi, '1.48');
if (!current) console.warn(`[current-engine] skipped: the engine under test speaks API ${engineApi}; these cases need 1.48+ (Engine 28)`);

const group = () => randomBytes(2).readUInt16BE().toString(16);
/** A unique-local /64 of this run's own, written canonically (no leading zeros), as the engine writes addresses back. */
const v6Subnet = () => `fd${randomBytes(1).toString('hex')}:${group()}:${group()}::/64`;

async function network(short: string, opts: { ipv4: boolean; ipv6: boolean; internal?: boolean }): Promise<Created> {
  const config = [
    ...(opts.ipv4 ? [{ Subnet: await freeSubnet(s.docker) }] : []),
    ...(opts.ipv6 ? [{ Subnet: v6Subnet() }] : []),
  ];
  const net = await s.docker.createNetwork({
    Name: s.name(short), Driver: 'bridge', Internal: opts.internal ?? false, Labels: withOwner(s.labels),
    EnableIPv4: opts.ipv4, EnableIPv6: opts.ipv6, IPAM: { Driver: 'default', Config: config },
  } as Parameters<typeof s.docker.createNetwork>[0]);
  return { id: net.id, name: s.name(short) };
}

async function connect(container: Created, net: Created, config: Record<string, unknown>): Promise<void> {
  await s.docker.getNetwork(net.id).connect({ Container: container.id, EndpointConfig: config });
}

/** The subnets `docker network inspect` lists for a network. */
async function subnetsOf(net: Created): Promise<string[]> {
  const raw = await s.docker.getNetwork(net.id).inspect();
  return (raw.IPAM?.Config ?? []).map((c: { Subnet?: string }) => c.Subnet ?? '');
}

/** The `default via <gateway>` of `ip route` / `ip -6 route` inside a container, or null when it has none. */
async function defaultVia(container: string, family: 4 | 6): Promise<string | null> {
  const { output } = await exec(s.docker, container, ['ip', `-${family}`, 'route']);
  return /^default via (\S+)/m.exec(output)?.[1] ?? null;
}

describe.runIf(current)(`Engine 28+ networking (engine API ${engineApi})`, () => {
  let dual: Created, dual2: Created, v6only: Created, internal: Created;
  let a: Created, b: Created, multi: Created, pri: Created, fixed: Created, vault: Created;
  let t: Topology;
  const fixedV4 = { ip: '' };
  const fixedV6 = { ip: '' };

  beforeAll(async () => {
    dual = await network('dual', { ipv4: true, ipv6: true });
    dual2 = await network('dual2', { ipv4: true, ipv6: true });
    v6only = await network('v6only', { ipv4: false, ipv6: true });
    internal = await network('internal', { ipv4: true, ipv6: false, internal: true });
    a = await s.container('a', { networkMode: v6only.name });
    b = await s.container('b', { networkMode: v6only.name, aliases: ['bee'] });
    // On a dual-stack network, then on the IPv6-only one with a higher priority: the engine's rule keeps
    // both routes on the dual-stack endpoint (its first dual-stack candidate wins both families).
    multi = await s.container('multi', { networkMode: dual.name });
    await connect(multi, v6only, { GwPriority: 10 });
    // Two dual-stack networks, the second with priority 10: both routes move there.
    pri = await s.container('pri', { networkMode: dual.name });
    await connect(pri, dual2, { GwPriority: 10 });
    // Addresses the user fixed on connect (IPv4 and IPv6).
    const subnets = await subnetsOf(dual);
    const v4 = subnets.find((x) => !x.includes(':'))!;
    const v6 = subnets.find((x) => x.includes(':'))!;
    fixedV4.ip = v4.replace(/\.0\/24$/, '.77');
    fixedV6.ip = v6.replace(/::\/64$/, '::77');
    fixed = await s.container('fixed', { networkMode: internal.name });
    await connect(fixed, dual, { IPAMConfig: { IPv4Address: fixedV4.ip, IPv6Address: fixedV6.ip } });
    vault = await s.container('vault', { networkMode: internal.name });
    t = await s.topology();
  });

  it('negotiates the newest API both know, above the engine floor, and says so', async () => {
    const v = await s.docker.version();
    expect(t.engine.engineApiVersion).toBe(v.ApiVersion);
    expect(t.engine.minApiVersion).toBe((v as { MinAPIVersion?: string }).MinAPIVersion);
    expect(t.engine.apiVersion).toBe(apiAtLeast(v.ApiVersion, MAX_TESTED_API_VERSION) ? MAX_TESTED_API_VERSION : v.ApiVersion);
    expect(t.engine.serverVersion).toBe(v.Version);
  });

  it('networks: IPv4/IPv6 flags and every subnet with its gateway, as docker network inspect says', async () => {
    for (const n of [dual, dual2, v6only, internal]) {
      const raw = await s.docker.getNetwork(n.id).inspect();
      const mapped = networkNamed(t, n.name);
      expect(mapped.ipv4, n.name).toBe((raw as { EnableIPv4?: boolean }).EnableIPv4);
      expect(mapped.ipv6, n.name).toBe(raw.EnableIPv6);
      expect(mapped.subnets.map((x) => x.subnet).sort()).toEqual((await subnetsOf(n)).sort());
      expect(mapped.gatewayModes).toEqual({ ipv4: 'nat', ipv6: 'nat' });
      for (const sub of mapped.subnets) expect(sub.family).toBe(sub.subnet.includes(':') ? 6 : 4);
    }
    const only = networkNamed(t, v6only.name);
    expect(only).toMatchObject({ ipv4: false, ipv6: true });
    // The engine lists no gateway for a subnet it was given; the endpoints know it (fd..::1).
    expect(only.subnets[0].gateway).toMatch(/::1$/);
  });

  it('endpoints: addresses, prefixes, gateways, DNS names, priority and fixed addresses equal docker inspect', async () => {
    for (const c of [a, b, multi, pri, fixed, vault]) {
      const raw = await s.docker.getContainer(c.id).inspect();
      for (const [netName, e] of Object.entries(raw.NetworkSettings.Networks) as Array<[string, Record<string, unknown>]>) {
        const mapped: Endpoint = endpointOf(t, c.name, netName);
        const label = `${c.name} on ${netName}`;
        expect(mapped.ipv4, label).toBe((e.IPAddress as string) || null);
        expect(mapped.ipv6, label).toBe((e.GlobalIPv6Address as string) || null);
        expect(mapped.ipv4PrefixLen, label).toBe(e.IPAddress ? e.IPPrefixLen : null);
        expect(mapped.ipv6PrefixLen, label).toBe(e.GlobalIPv6Address ? e.GlobalIPv6PrefixLen : null);
        expect(mapped.ipv6Gateway, label).toBe((e.IPv6Gateway as string) || null);
        expect(mapped.gwPriority, label).toBe(e.GwPriority ?? 0);
        expect([...mapped.dnsNames].sort(), label).toEqual([...((e.DNSNames as string[]) ?? [])].sort());
        const ipam = (e.IPAMConfig ?? {}) as { IPv4Address?: string; IPv6Address?: string };
        expect(mapped.staticIpv4, label).toBe(ipam.IPv4Address || null);
        expect(mapped.staticIpv6, label).toBe(ipam.IPv6Address || null);
      }
    }
    expect(endpointOf(t, fixed.name, dual.name)).toMatchObject({ ipv4: fixedV4.ip, staticIpv4: fixedV4.ip, ipv6: fixedV6.ip, staticIpv6: fixedV6.ip });
    // DNSNames is authoritative: the alias and the short id resolve, though the alias list no longer has the id.
    expect(endpointOf(t, b.name, v6only.name).dnsNames).toEqual(expect.arrayContaining([b.name, 'bee', b.id.slice(0, 12)]));
    expect(endpointOf(t, b.name, v6only.name).ipv4).toBeNull();
  });

  it("the endpoint marked as default route is the container's real default route, per family (ip route inside)", async () => {
    for (const c of [a, b, multi, pri, fixed, vault]) {
      const own = t.endpoints.filter((e) => e.containerId === c.id);
      const v4 = own.find((e) => e.defaultRoute);
      const v6 = own.find((e) => e.defaultRoute6);
      expect(own.filter((e) => e.defaultRoute).length, c.name).toBeLessThanOrEqual(1);
      expect(own.filter((e) => e.defaultRoute6).length, c.name).toBeLessThanOrEqual(1);
      expect(v4?.gateway ?? null, `${c.name} IPv4`).toBe(await defaultVia(c.name, 4));
      expect(v6?.ipv6Gateway ?? null, `${c.name} IPv6`).toBe(await defaultVia(c.name, 6));
    }
    const net = (e: Endpoint | undefined) => t.networks.find((n) => n.id === e?.networkId)?.name;
    const routes = (c: Created) => t.endpoints.filter((e) => e.containerId === c.id);
    expect(net(routes(multi).find((e) => e.defaultRoute6))).toBe(dual.name);
    expect(net(routes(pri).find((e) => e.defaultRoute))).toBe(dual2.name);
    expect(net(routes(pri).find((e) => e.defaultRoute6))).toBe(dual2.name);
    expect(routes(vault).some((e) => e.defaultRoute || e.defaultRoute6)).toBe(false);
    expect(containerNamed(t, a.name).state).toBe('running');
  });

  it('the probe proves IPv6: on an IPv6-only network and a dual-stack one, prediction and proof agree', async () => {
    // b listens on 8080 nowhere: a ping is the proof on the IPv6-only network (ICMPv6 echo over fd..::/64).
    const six = await probeContainers(s.client, { from: a.name, to: b.name, protocol: 'icmp', port: null }, { image: TEST_IMAGE, labels: s.labels });
    expect(six.prediction.reachable).toBe(true);
    expect(six.prediction.ips).toEqual([endpointOf(t, b.name, v6only.name).ipv6]);
    expect(six.reachable, JSON.stringify(six.results)).toBe(true);
    expect(six.disagreements).toEqual([]);
    // The name was tried at its AAAA answer: the helper resolved it to b's IPv6 address.
    expect(six.results.find((r) => r.kind === 'name' && r.target === b.name)?.resolved).toEqual([endpointOf(t, b.name, v6only.name).ipv6]);
    // Dual-stack: multi reaches fixed by name (IPv4 proven) and at its IPv6 address too.
    const dualProbe = await probeContainers(s.client, { from: multi.name, to: fixed.name, protocol: 'icmp', port: null }, { image: TEST_IMAGE, labels: s.labels });
    expect(dualProbe.disagreements).toEqual([]);
    const v6Try = dualProbe.results.find((r) => r.kind === 'ip' && r.target === fixedV6.ip);
    expect(v6Try?.connect, JSON.stringify(dualProbe.results)).toBe('ok');
  });

  it('on an IPv6-only network a name resolves to exactly the AAAA address the map shows', async () => {
    const shown = endpointOf(t, b.name, v6only.name).ipv6!;
    expect(shown).toContain(':');
    for (const name of [b.name, 'bee']) {
      const lookup = await nslookup(s.docker, a.name, name);
      expect(lookup.resolved, lookup.output).toBe(true);
      expect(lookup.addresses).toEqual([shown]);
    }
  });
});
