/**
 * A container as docker compose creates it: project and service labels, and the service name as a
 * network alias. The topology groups it by project and the service name resolves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from '@/lib/topology/types';
import { nslookup } from '../support/test-engine';
import { addressPairs, containerNamed, endpointOf, useScenario, type Created } from './support/scenario';

describe('compose labels', () => {
  const s = useScenario();
  let net: Created;
  let cache: Created;
  let client: Created;
  let project: string;
  let t: Topology;

  beforeAll(async () => {
    project = s.name('proj');
    net = await s.network('proj_default');
    const compose = (service: string) => ({
      'com.docker.compose.project': project,
      'com.docker.compose.service': service,
      'com.docker.compose.container-number': '1',
    });
    cache = await s.container('cache-1', { networkMode: net.name, aliases: ['cache', s.name('cache-1')], labels: compose('cache') });
    client = await s.container('client-1', { networkMode: net.name, aliases: ['client'], labels: compose('client') });
    t = await s.topology();
  });

  it('carries the compose project and service', () => {
    expect(containerNamed(t, cache.name).compose).toEqual({ project, service: 'cache' });
    expect(containerNamed(t, client.name).compose).toEqual({ project, service: 'client' });
    expect(containerNamed(t, cache.name).labels['com.docker.compose.project']).toBe(project);
  });

  it('lists the service name among the DNS names, and it resolves to the endpoint', async () => {
    const e = endpointOf(t, cache.name, net.name);
    expect(e.dnsNames).toContain('cache');
    const lookup = await nslookup(s.docker, client.name, 'cache');
    expect(lookup.addresses, lookup.output).toEqual([e.ipv4]);
  });

  it('matches docker network inspect', async () => {
    const pairs = await addressPairs(s.docker, t, net.id);
    expect(pairs.topology).toEqual(pairs.engine);
    expect(pairs.topology).toHaveLength(2);
  });

  it('leaves compose null for a container without the labels', async () => {
    const plain = await s.container('plain', { networkMode: net.name });
    const t2 = await s.topology();
    expect(containerNamed(t2, plain.name).compose).toBeNull();
  });
});
