import { describe, expect, it } from 'vitest';
import { buildTopology } from '../topology/build-topology';
import { fixtureSnapshot, idOf, nameOf } from '../topology/__fixtures__/engine-fixture';
import { disconnectImpact } from './disconnect-impact';

const topology = buildTopology(fixtureSnapshot());

describe('disconnectImpact (captured engine 20.10 topology)', () => {
  it('api leaving back-net: its names there stop resolving, db loses contact, api keeps app-net', () => {
    const impact = disconnectImpact(topology, idOf('api'), idOf('back-net'))!;
    expect(impact.lostNames).toEqual(expect.arrayContaining([nameOf('api'), idOf('api').slice(0, 12)]));
    expect(impact.lostIpv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const db = impact.peers.find((p) => p.name === nameOf('db'))!;
    expect(db.stillSharing).toEqual([]);
    expect(impact.lastNetwork).toBe(false);
  });

  it('web leaving app-net: its last network; peers that shared only app-net lose it', () => {
    const impact = disconnectImpact(topology, idOf('web'), idOf('app-net'))!;
    expect(impact.lastNetwork).toBe(true);
    expect(impact.peers.map((p) => p.name)).toEqual(expect.arrayContaining([nameOf('api'), nameOf('cache')]));
    expect(impact.peers.every((p) => p.stillSharing.length === 0)).toBe(true);
  });

  it('a container on the default bridge loses no names (none resolve there), only its IP', () => {
    const bridge = topology.networks.find((n) => n.name === 'bridge')!;
    const impact = disconnectImpact(topology, idOf('legacy-a'), bridge.id)!;
    expect(impact.lostNames).toEqual([]);
    expect(impact.peers.map((p) => p.name)).toContain(nameOf('legacy-b'));
  });

  it('names the containers that share its network stack', () => {
    const owner = topology.containers.find((c) => c.name === nameOf('sidecar'))!.sharesNetworkWith!;
    const net = topology.endpoints.find((e) => e.containerId === owner)?.networkId;
    if (!net) return expect.unreachable('the sidecar’s owner has an endpoint in the fixture');
    expect(disconnectImpact(topology, owner, net)!.sharingStack).toEqual([nameOf('sidecar')]);
  });

  it('null when the container is not on that network', () => {
    expect(disconnectImpact(topology, idOf('db'), idOf('app-net'))).toBeNull();
  });
});
