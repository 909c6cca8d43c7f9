import { describe, expect, it } from 'vitest';
import type { Topology } from '../topology/types';
import captured from './__fixtures__/probe-helper-20.10.json';
import { withoutProbeHelpers } from './without-probe-helpers';

/** Engine 20.10 read while a helper (`netatlas.probe`) shared fx-target's network stack, as a probe's does. */
const topology = captured as unknown as Topology;

describe('withoutProbeHelpers', () => {
  it('leaves out the probe helper and keeps the container it probes from, with its endpoints', () => {
    expect(topology.containers.map((c) => c.name).sort()).toEqual(['fx-target', 'netatlas-probe-fx']);
    const drawn = withoutProbeHelpers(topology);
    expect(drawn.containers.map((c) => c.name)).toEqual(['fx-target']);
    expect(drawn.endpoints).toEqual(topology.endpoints.filter((e) => e.containerId === drawn.containers[0].id));
    expect(drawn.endpoints.length).toBeGreaterThan(0);
    expect(drawn.networks).toBe(topology.networks);
  });

  it('returns a map without helpers as it is', () => {
    const plain = withoutProbeHelpers(topology);
    expect(withoutProbeHelpers(plain)).toBe(plain);
  });
});
