import { describe, expect, it } from 'vitest';
import { benchTopology, ep, net } from './__fixtures__/synthetic-topology';
import { buildGraph } from './build-graph';

describe('structure key', () => {
  const base = benchTopology(20, 4);
  const key = buildGraph(base).structureKey;

  it('stays the same when only data changes (IP, state, name)', () => {
    const changed = {
      ...base,
      containers: base.containers.map((c, i) => (i === 3 ? { ...c, state: 'exited' as const, name: 'renamed' } : c)),
      endpoints: base.endpoints.map((e, i) => (i === 0 ? { ...e, ipv4: '10.9.9.9' } : e)),
    };
    expect(buildGraph(changed).structureKey).toBe(key);
  });

  it('changes when a container joins a network or a network appears', () => {
    const joined = { ...base, endpoints: [...base.endpoints, ep(base.networks[3], base.containers[0], 77)] };
    expect(buildGraph(joined).structureKey).not.toBe(key);
    const added = { ...base, networks: [...base.networks, net(9, 'extra')] };
    expect(buildGraph(added).structureKey).not.toBe(key);
  });
});
