import { describe, expect, it } from 'vitest';
import { ctr, ep, net } from '../../graph/__fixtures__/synthetic-topology';
import type { Topology } from '../../topology/types';
import { twoEngines } from '../__fixtures__/two-engines';
import { context } from './__fixtures__/doctor-fixture';
import { frontendReachesDatastore } from './frontend-reaches-datastore';

const EDGE = { engineId: 'edge', engineIds: ['edge'] };
const { topology } = twoEngines();
// hq has the split; edge-1 has a frontend network with a site and its cache on it.
const front = net(40, 'frontend');
const back = net(41, 'backend');
const edgeFront = net(42, 'frontend', EDGE);
const site = ctr(40, 'site', { engineId: 'edge' });
const cache = ctr(41, 'cache', { engineId: 'edge', image: 'redis:7' });

function split(withEdgeBackend: boolean): Topology {
  const edgeBack = withEdgeBackend ? [net(43, 'backend', EDGE)] : [];
  return {
    ...topology,
    networks: [...topology.networks, front, back, edgeFront, ...edgeBack],
    containers: [...topology.containers, site, cache],
    endpoints: [...topology.endpoints, ep(edgeFront, site, 2), ep(edgeFront, cache, 3)],
  };
}

describe('frontend_reaches_datastore on two engines: the split is one engine’s', () => {
  it('no finding on edge-1 when only hq has a backend network', () => {
    expect(frontendReachesDatastore(context(split(false)))).toEqual([]);
  });

  it('with a backend on edge-1 too, the fix moves the cache to edge-1’s backend (not one of two of that name)', () => {
    const [d, ...rest] = frontendReachesDatastore(context(split(true)));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ engineId: 'edge', subjects: [{ name: 'cache' }, { id: edgeFront.id }, { name: 'site' }] });
    expect(d.fix.steps).toEqual([{ action: 'connect', network: 'backend', container: 'cache' }, { action: 'disconnect', network: 'frontend', container: 'cache' }]);
  });
});
