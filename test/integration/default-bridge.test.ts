/**
 * The default `bridge` network: containers get addresses and reach each other by IP, but Docker's
 * embedded DNS does not serve it, so no name resolves there and the topology lists no DNS names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from '@/lib/topology/types';
import { nslookup, ping } from '../support/test-engine';
import { addressPairs, containerNamed, endpointOf, endpointsOf, networkNamed, useScenario, type Created } from './support/scenario';

describe('default bridge: addresses, no names', () => {
  const s = useScenario();
  let one: Created;
  let two: Created;
  let t: Topology;

  beforeAll(async () => {
    one = await s.container('one');
    two = await s.container('two', { networkMode: 'default' });
    t = await s.topology();
  });

  it('is builtin and has no embedded DNS', () => {
    expect(networkNamed(t, 'bridge')).toMatchObject({ builtin: true, dns: false, driver: 'bridge' });
  });

  it('gives each container one endpoint on it with an ipv4 and no DNS names', async () => {
    for (const c of [one, two]) {
      const endpoints = endpointsOf(t, c.id);
      expect(endpoints).toHaveLength(1);
      expect(endpoints[0].networkId).toBe(networkNamed(t, 'bridge').id);
      expect(endpoints[0].ipv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(endpoints[0].dnsNames).toEqual([]);
    }
    expect(containerNamed(t, one.name).networkMode).toBe('bridge');
    // Created with `default`: 20.10 keeps that word, Engine 28 stores `bridge`. The map says what the engine says.
    const raw = await s.docker.getContainer(two.id).inspect();
    expect(['default', 'bridge']).toContain(raw.HostConfig.NetworkMode);
    expect(containerNamed(t, two.name).networkMode).toBe(raw.HostConfig.NetworkMode);
  });

  it('reaches the other container by IP but not by name', async () => {
    const ip = endpointOf(t, two.name, 'bridge').ipv4!;
    expect((await ping(s.docker, one.name, ip)).ok).toBe(true);
    const byName = await ping(s.docker, one.name, two.name);
    expect(byName.ok, byName.output).toBe(false);
    expect(byName.output).toMatch(/bad address/);
    const lookup = await nslookup(s.docker, one.name, two.name);
    expect(lookup.resolved, lookup.output).toBe(false);
    const shortId = await nslookup(s.docker, one.name, two.id.slice(0, 12));
    expect(shortId.resolved, shortId.output).toBe(false);
  });

  it('has the same addresses for these containers as docker network inspect', async () => {
    const ours = new Set([one.id, two.id]);
    const pairs = await addressPairs(s.docker, t, networkNamed(t, 'bridge').id, ours);
    expect(pairs.topology).toEqual(pairs.engine);
    expect(pairs.topology).toHaveLength(2);
  });
});
