import { describe, expect, it } from 'vitest';
import { rawSwarmFixture } from './__fixtures__/swarm-fixture';
import { swarmSettling } from './swarm-settling';
import { toSwarm } from './to-swarm';
import type { Topology } from './types';

const withSwarm = (edit: (s: ReturnType<typeof toSwarm>) => void): Topology => {
  const swarm = toSwarm(rawSwarmFixture(), 'hq');
  edit(swarm);
  return { swarms: [swarm] } as unknown as Topology;
};

describe('swarmSettling', () => {
  it('is false on the captured swarm (its tasks run, or failed for good)', () => {
    expect(swarmSettling(withSwarm(() => {}))).toBe(false);
    expect(swarmSettling({ swarms: [] } as unknown as Topology)).toBe(false);
  });

  it('is true while a task meant to run is starting (synthetic: the capture has none in between)', () => {
    expect(swarmSettling(withSwarm((s) => { s.services[0].tasks[0] = { ...s.services[0].tasks[0], state: 'starting', desiredState: 'running', error: null }; }))).toBe(true);
  });
});
