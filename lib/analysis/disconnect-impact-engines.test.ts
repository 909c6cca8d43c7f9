import { describe, expect, it } from 'vitest';
import { twoEngines } from './__fixtures__/two-engines';
import { disconnectImpact } from './disconnect-impact';

const { topology, c, n } = twoEngines();

describe('disconnectImpact across engines', () => {
  it('leaving a swarm network: the peers are on every engine it spans', () => {
    const impact = disconnectImpact(topology, c.api.id, n.mesh.id)!;
    expect(impact.peers).toEqual([{ id: c.worker.id, name: 'worker', stillSharing: [] }]);
    expect(impact).toMatchObject({ lostIpv4: '10.0.9.3', lastNetwork: false });
  });

  it('leaving a local network: only its own engine’s peers, not those of the other `app`', () => {
    expect(disconnectImpact(topology, c.shop.id, n.edgeApp.id)!.peers.map((p) => p.name)).toEqual(['pg', 'worker']);
  });
});
