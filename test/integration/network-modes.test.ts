/**
 * host, none and container:<other> network modes: no address of their own, no DNS names; a
 * container-mode container borrows the network stack of another one and has no endpoints.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from '@/lib/topology/types';
import { exec } from '../support/test-engine';
import { containerNamed, endpointsOf, networkNamed, useScenario, type Created } from './support/scenario';

describe('host, none and container network modes', () => {
  const s = useScenario();
  let host: Created;
  let none: Created;
  let owner: Created;
  let byName: Created;
  let byId: Created;
  let t: Topology;

  beforeAll(async () => {
    host = await s.container('host', { networkMode: 'host' });
    none = await s.container('none', { networkMode: 'none' });
    owner = await s.container('owner');
    byName = await s.container('sidecar', { networkMode: `container:${owner.name}` });
    byId = await s.container('sidecar-id', { networkMode: `container:${owner.id}` });
    t = await s.topology();
  });

  it.each([
    ['host', 'host', () => host],
    ['none', 'null', () => none],
  ])('%s mode: one endpoint on the builtin network, no address, no DNS names', (mode, driver, get) => {
    const c = containerNamed(t, get().name);
    expect(c.networkMode).toBe(mode);
    expect(c.sharesNetworkWith).toBeNull();
    const network = networkNamed(t, mode);
    expect(network).toMatchObject({ builtin: true, dns: false, driver });
    const endpoints = endpointsOf(t, c.id);
    expect(endpoints).toHaveLength(1);
    expect(endpoints[0]).toMatchObject({ networkId: network.id, ipv4: null, dnsNames: [] });
  });

  it('container:<name> mode shares the owner stack and has no endpoints of its own', () => {
    for (const c of [byName, byId]) {
      const sidecar = containerNamed(t, c.name);
      expect(sidecar.sharesNetworkWith).toBe(owner.id);
      expect(sidecar.networkMode).toBe(`container:${owner.id}`);
      expect(endpointsOf(t, c.id)).toEqual([]);
    }
    expect(endpointsOf(t, owner.id)).toHaveLength(1);
    expect(containerNamed(t, owner.name).sharesNetworkWith).toBeNull();
  });

  it("agrees with the engine: the sidecar's interfaces carry the owner's address", async () => {
    const inspect = await s.docker.getContainer(byName.id).inspect();
    expect(Object.keys(inspect.NetworkSettings.Networks ?? {})).toEqual([]);
    const ownerIp = endpointsOf(t, owner.id)[0].ipv4!;
    const { output } = await exec(s.docker, byName.name, ['ip', '-4', 'addr']);
    expect(output).toContain(`inet ${ownerIp}/`);
  });
});
