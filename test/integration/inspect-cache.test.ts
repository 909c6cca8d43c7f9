/**
 * The inspect cache: a warm topology costs only the two list calls, and a change the list shows
 * (a new network connection with an alias) makes the next topology inspect that container again.
 */
import type Docker from 'dockerode';
import { beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { EngineClient } from '@/lib/engine/engine-client';
import type { Topology } from '@/lib/topology/types';
import { nslookup } from '../support/test-engine';
import { endpointOf, newClient, sessionDocker, useScenario, type Created } from './support/scenario';

/** Counts the client's inspect calls: readTopology inspects through `docker.getContainer(id)`. */
async function spyInspects(client: EngineClient): Promise<MockInstance<Docker['getContainer']>> {
  return vi.spyOn(await sessionDocker(client), 'getContainer');
}

describe('inspect cache', () => {
  const s = useScenario();
  const client = newClient();
  let one: Created;
  let two: Created;
  let idle: Created;
  let peer: Created;
  let ours: string[];
  let warm: Topology;
  let spy: MockInstance<Docker['getContainer']>;
  const inspectedOurs = () => spy.mock.calls.map(([id]) => id).filter((id) => ours.includes(id));

  beforeAll(async () => {
    one = await s.network('one');
    two = await s.network('two');
    idle = await s.container('idle', { networkMode: one.name, start: false });
    peer = await s.container('peer', { networkMode: two.name });
    const app = await s.container('app', { networkMode: one.name });
    ours = [idle.id, peer.id, app.id];
    await s.topology(client);
    spy = await spyInspects(client);
  });

  it('does not inspect a running container again when nothing changed (a stopped one, always)', async () => {
    warm = await s.topology(client);
    // The stopped container's list entry carries no EndpointID, so it cannot be validated: read each time.
    expect(inspectedOurs()).toEqual([idle.id]);
    const cached = await client.call(async (session) => session.inspects.size);
    expect(cached).toBeGreaterThanOrEqual(ours.length - 1);
    spy.mockClear();
    const again = await s.topology(client);
    const mine = (t: Topology) => t.endpoints.filter((e) => ours.includes(e.containerId));
    expect(mine(again)).toEqual(mine(warm));
    expect(inspectedOurs()).toEqual([idle.id]);
  });

  it('shows an alias given by `network connect --alias` in the next topology', async () => {
    const app = ours[2];
    await s.docker.getNetwork(two.id).connect({ Container: app, EndpointConfig: { Aliases: ['x'] } });
    spy.mockClear();
    const t = await s.topology(client);
    expect(inspectedOurs().sort()).toEqual([app, idle.id].sort());
    const e = endpointOf(t, s.name('app'), two.name);
    expect(e.aliases).toContain('x');
    expect(e.dnsNames).toContain('x');
    const lookup = await nslookup(s.docker, peer.name, 'x');
    expect(lookup.addresses, lookup.output).toEqual([e.ipv4]);
  });

  it('forgets removed containers', async () => {
    await s.docker.getContainer(peer.id).remove({ force: true });
    await s.topology(client);
    const cached = await client.call(async (session) => session.inspects.size);
    const fresh = newClient();
    await s.topology(fresh);
    expect(cached).toBe(await fresh.call(async (session) => session.inspects.size));
  });

  // A stopped container's list entry has no EndpointID or address, so a reconnect with a new alias
  // leaves its list entry unchanged: this is why stopped containers are never served from the cache.
  it('shows a new alias of a stopped container after it was reconnected', async () => {
    await s.docker.getNetwork(one.id).disconnect({ Container: idle.id });
    await s.docker.getNetwork(one.id).connect({ Container: idle.id, EndpointConfig: { Aliases: ['later'] } });
    const t = await s.topology(client);
    const fresh = await s.topology(newClient());
    expect(endpointOf(fresh, idle.name, one.name).aliases).toContain('later');
    expect(endpointOf(t, idle.name, one.name).aliases).toContain('later');
  });
});
