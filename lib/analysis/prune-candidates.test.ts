import { describe, expect, it } from 'vitest';
import { buildTopology } from '../topology/build-topology';
import { fixtureSnapshot, idOf, nameOf } from '../topology/__fixtures__/engine-fixture';
import type { Network, Topology } from '../topology/types';
import { pruneCandidates } from './prune-candidates';

const captured = () => buildTopology(fixtureSnapshot());

function withNetwork(t: Topology, name: string): Topology {
  const template = t.networks.find((n) => n.id === idOf('app-net'))!;
  const extra: Network = { ...template, id: name.padEnd(64, '0'), name };
  return { ...t, networks: [...t.networks, extra] };
}

describe('pruneCandidates (captured engine 20.10 topology)', () => {
  it('nothing on the capture: every user network has a member, built-ins never count', () => {
    expect(pruneCandidates(captured())).toEqual([]);
  });

  it('an unused user-defined network is a candidate', () => {
    expect(pruneCandidates(withNetwork(captured(), 'zz-unused')).map((n) => n.name)).toEqual(['zz-unused']);
  });

  it('a network only a stopped container is on is kept (it would fail to start)', () => {
    const t = captured();
    // back-net without its running members: only the exited container remains on it.
    const exited = idOf('exited');
    const kept = { ...t, endpoints: t.endpoints.filter((e) => e.networkId !== idOf('back-net') || e.containerId === exited) };
    expect(pruneCandidates(kept).map((n) => n.name)).not.toContain(nameOf('back-net'));
  });

  it('a network named only by a container’s network mode is kept', () => {
    const t = withNetwork(captured(), 'zz-mode');
    const c = { ...t.containers[0], networkMode: 'zz-mode' };
    expect(pruneCandidates({ ...t, containers: [c, ...t.containers.slice(1)] })).toEqual([]);
  });
});
