import { describe, expect, it } from 'vitest';
import { benchTopology, shopTopology } from './__fixtures__/synthetic-topology';
import { groupContainers } from './group-containers';

describe('groupContainers', () => {
  it('puts every container in exactly one group, keyed by its set of networks', () => {
    const t = benchTopology();
    const groups = groupContainers(t);
    const all = groups.flatMap((g) => g.containers.map((c) => c.id));
    expect(all.sort()).toEqual(t.containers.map((c) => c.id).sort());
    for (const g of groups) {
      for (const c of g.containers) {
        const nets = t.endpoints.filter((e) => e.containerId === c.id).map((e) => e.networkId).sort();
        expect(nets).toEqual(g.networkIds);
      }
    }
    // even containers sit on an even network alone; odd ones on an odd network and the next one
    expect(groups.filter((g) => g.networkIds.length === 1)).toHaveLength(5);
    expect(groups.filter((g) => g.networkIds.length === 2)).toHaveLength(5);
  });

  it('places a container:<x> container right after x, in x’s group', () => {
    const groups = groupContainers(shopTopology());
    const apiGroup = groups.find((g) => g.containers.some((c) => c.name === 'api'))!;
    expect(apiGroup.containers.map((c) => c.name)).toEqual(['api', 'sidecar']);
  });

  it('is deterministic whatever the input order', () => {
    const t = shopTopology();
    const reversed = { ...t, containers: [...t.containers].reverse(), endpoints: [...t.endpoints].reverse() };
    expect(groupContainers(reversed)).toEqual(groupContainers(t));
  });
});
