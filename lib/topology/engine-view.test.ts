import { describe, expect, it } from 'vitest';
import { twoEngines } from '../analysis/__fixtures__/two-engines';
import { engineView } from './engine-view';

describe('engineView', () => {
  it("keeps one engine's containers, its endpoints, its own networks and the swarm networks spanning it", () => {
    const { topology } = twoEngines();
    const edge = engineView(topology, 'edge');
    expect(edge.engines.map((e) => e.id)).toEqual(['edge']);
    expect(edge.containers.every((c) => c.engineId === 'edge')).toBe(true);
    expect(edge.networks.map((n) => n.name).sort()).toEqual(['app', 'bridge', 'host', 'mesh']);
    const ids = new Set(edge.containers.map((c) => c.id));
    expect(edge.endpoints.every((e) => ids.has(e.containerId))).toBe(true);
    expect(edge.endpoints.length).toBe(topology.endpoints.filter((e) => ids.has(e.containerId)).length);
  });
});
