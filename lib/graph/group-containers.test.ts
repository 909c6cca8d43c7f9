import { describe, expect, it } from 'vitest';
import { benchTopology, scaleTopology, shopTopology } from './__fixtures__/synthetic-topology';
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

describe('groupContainers by compose project', () => {
  it('gathers each project in one group on every network its members use; the rest by their networks', () => {
    const t = scaleTopology(100, 10, 4);
    const loose = { ...t.containers[0], id: 'loose', name: 'loose', compose: null };
    const withLoose = { ...t, containers: [...t.containers, loose], endpoints: [...t.endpoints, { ...t.endpoints[0], containerId: 'loose' }] };
    const groups = groupContainers(withLoose, 'project');
    expect(groups.filter((g) => g.project).map((g) => g.project)).toEqual(['proj0', 'proj1', 'proj2', 'proj3']);
    for (const g of groups.filter((x) => x.project)) {
      expect(g.key).toBe(`project:${g.project}`);
      expect(g.containers.every((c) => c.compose?.project === g.project)).toBe(true);
      const used = [...new Set(t.endpoints.filter((e) => g.containers.some((c) => c.id === e.containerId)).map((e) => e.networkId))].sort();
      expect(g.networkIds).toEqual(used);
    }
    const rest = groups.filter((g) => !g.project);
    expect(rest.map((g) => g.containers.map((c) => c.name))).toEqual([['loose']]);
    expect(rest[0].networkIds).toEqual([t.endpoints[0].networkId]);
  });

  it('keeps a container:<x> container with x even when it belongs to no project', () => {
    const t = shopTopology();
    const byProject = groupContainers({ ...t, containers: t.containers.map((c) => (c.name === 'api' ? { ...c, compose: { project: 'shop', service: 'api' } } : c)) }, 'project');
    expect(byProject.find((g) => g.project === 'shop')!.containers.map((c) => c.name)).toEqual(['api', 'sidecar']);
  });
});
