/**
 * A user-defined network: Docker's embedded DNS resolves container names, aliases and the short id.
 * The topology's `dnsNames` must be exactly what resolves: proven with nslookup from another container.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAtLeast } from '@/lib/topology/api-versions';
import type { Topology } from '@/lib/topology/types';
import { nslookup } from '../support/test-engine';
import { addressPairs, containerNamed, endpointOf, networkNamed, useScenario, type Created } from './support/scenario';

describe('user-defined network: names resolve', () => {
  const s = useScenario();
  let net: Created & { subnet: string };
  let a: Created;
  let b: Created;
  let t: Topology;

  beforeAll(async () => {
    net = await s.network('dns');
    a = await s.container('a', { networkMode: net.name, aliases: ['alpha', 'alpha-two'], hostname: 'a-host' });
    b = await s.container('b', { networkMode: net.name });
    t = await s.topology();
  });

  it('marks the network as user-defined with embedded DNS', () => {
    const n = networkNamed(t, net.name);
    expect(n).toMatchObject({ id: net.id, driver: 'bridge', builtin: false, dns: true });
    expect(n.subnets.map((x) => x.subnet)).toEqual([net.subnet]);
  });

  it('lists the container name, its aliases, its hostname and its short id as DNS names', () => {
    const e = endpointOf(t, a.name, net.name);
    expect(e.ipv4).toMatch(/^10\.231\.\d+\.\d+$/);
    expect([...e.dnsNames].sort()).toEqual([a.name, 'a-host', 'alpha', 'alpha-two', a.id.slice(0, 12)].sort());
    // Below API 1.45 the engine lists the short id among the aliases; from 1.45 only in DNSNames.
    expect(e.aliases).toEqual(expect.arrayContaining(['alpha', 'alpha-two', ...(apiAtLeast(t.engine.apiVersion, '1.45') ? [] : [a.id.slice(0, 12)])]));
    if (apiAtLeast(t.engine.apiVersion, '1.45')) expect(e.aliases).not.toContain(a.id.slice(0, 12));
  });

  it('resolves the name, an alias and the 12-char short id to the endpoint address', async () => {
    const ipv4 = endpointOf(t, a.name, net.name).ipv4;
    for (const name of [a.name, 'alpha', a.id.slice(0, 12)]) {
      const lookup = await nslookup(s.docker, b.name, name);
      expect(lookup.addresses, `${name}:\n${lookup.output}`).toEqual([ipv4]);
    }
  });

  it('resolves every DNS name of every endpoint to that endpoint ipv4, from the other container', async () => {
    for (const [target, from] of [[a, b], [b, a]]) {
      const e = endpointOf(t, target.name, net.name);
      expect(e.dnsNames.length).toBeGreaterThan(0);
      const lookups = await Promise.all(e.dnsNames.map((n) => nslookup(s.docker, from.name, n)));
      lookups.forEach((l, i) => expect(l.addresses, `${e.dnsNames[i]}:\n${l.output}`).toEqual([e.ipv4]));
    }
  });

  it('does not resolve names that are not in dnsNames (a random name, the full 64-char id)', async () => {
    const absent = [`nt-nope-${s.runId}`, a.id];
    const dnsNames = endpointOf(t, a.name, net.name).dnsNames;
    for (const name of absent) expect(dnsNames).not.toContain(name);
    const lookups = await Promise.all(absent.map((n) => nslookup(s.docker, b.name, n)));
    lookups.forEach((l, i) => expect(l.resolved, `${absent[i]} resolved:\n${l.output}`).toBe(false));
  });

  it('has the same container addresses as docker network inspect', async () => {
    const pairs = await addressPairs(s.docker, t, net.id);
    expect(pairs.topology).toEqual(pairs.engine);
    expect(pairs.topology).toHaveLength(2);
    expect(containerNamed(t, a.name)).toMatchObject({ id: a.id, state: 'running', networkMode: net.name, sharesNetworkWith: null });
  });
});
