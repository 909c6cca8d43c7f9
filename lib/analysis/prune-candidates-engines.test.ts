import { describe, expect, it } from 'vitest';
import { ctr, net } from '../graph/__fixtures__/synthetic-topology';
import type { Topology } from '../topology/types';
import { twoEngines } from './__fixtures__/two-engines';
import { pruneCandidates } from './prune-candidates';

const { topology, n } = twoEngines();
const names = (t: Topology, engineId?: string) => pruneCandidates(t, engineId).map((x) => `${x.engineId} ${x.name}`);

describe('pruneCandidates on two engines', () => {
  // Both engines have a `jobs` network; only hq has a container naming it as its network mode.
  const jobs = net(50, 'jobs');
  const edgeJobs = net(51, 'jobs', { engineId: 'edge', engineIds: ['edge'] });
  const runner = ctr(50, 'runner', { state: 'created', networkMode: 'jobs' });
  const t: Topology = { ...topology, networks: [...topology.networks, jobs, edgeJobs], containers: [...topology.containers, runner] };

  it('a network mode names a network of the container’s own engine', () => {
    expect(names(t)).toEqual(['edge jobs']);
  });

  it('with an engine, only that engine’s candidates', () => {
    expect(names(t, 'default')).toEqual([]);
    expect(names(t, 'edge')).toEqual(['edge jobs']);
  });

  it('a swarm network is used while a container of any engine is on it, or a service names it', () => {
    expect(names(topology)).toEqual([]);
    const idle = net(52, 'idle-mesh', { driver: 'overlay', scope: 'swarm', engineIds: ['default', 'edge'] });
    const service = { id: 's1', name: 'relay', image: 'relay', mode: 'replicated' as const, replicas: 0, endpointMode: 'vip' as const, vips: [], ports: [], networkIds: [idle.id], dnsNames: [], tasks: [], labels: {} };
    const withIdle = { ...topology, networks: [...topology.networks, idle] };
    expect(names(withIdle)).toEqual(['default idle-mesh']);
    expect(names({ ...withIdle, swarms: [{ ...topology.swarms[0], services: [service] }] })).toEqual([]);
    expect(n.mesh.engineIds).toEqual(['default', 'edge']);
  });
});
