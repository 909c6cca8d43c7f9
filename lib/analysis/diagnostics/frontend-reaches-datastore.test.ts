import { describe, expect, it } from 'vitest';
import { ctr, ep, net, shopTopology } from '../../graph/__fixtures__/synthetic-topology';
import type { Topology } from '../../topology/types';
import { captured, cleanCaptured, context } from './__fixtures__/doctor-fixture';
import { frontendReachesDatastore } from './frontend-reaches-datastore';

/**
 * Synthetic: the capture has no frontend/backend split. lib/graph's shop: web on frontend, api on
 * frontend and backend, db (here a postgres image) on backend; plus a host-mode, a none-mode and a
 * sidecar container.
 */
function shop(edit: (t: Topology, by: (name: string) => Topology['containers'][number]) => void = () => {}): Topology {
  const t = shopTopology();
  t.containers = t.containers.map((c) => (c.name === 'db' ? { ...c, image: 'postgres:16', state: 'running' } : c));
  edit(t, (name) => t.containers.find((c) => c.name === name)!);
  return t;
}
const netNamed = (t: Topology, name: string) => t.networks.find((n) => n.name === name)!;
const summary = (t: Topology) => frontendReachesDatastore(context(t)).map((d) => d.subjects.map((s) => s.name).join(' '));

describe('frontend_reaches_datastore', () => {
  it('the clean three-tier shop: nothing (api on both tiers is the intended bridge)', () => {
    expect(summary(shop())).toEqual([]);
  });

  it('db also on frontend: web (frontend only) reaches it; the fix disconnects db from frontend', () => {
    const t = shop((t, by) => t.endpoints.push(ep(netNamed(t, 'frontend'), by('db'), 9)));
    const [d, ...rest] = frontendReachesDatastore(context(t));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'frontend_reaches_datastore', severity: 'warning' });
    expect(d.subjects.map((s) => `${s.kind}:${s.name}`)).toEqual(['container:db', 'network:frontend', 'container:web']);
    expect(d.fix.steps).toEqual([{ action: 'disconnect', network: 'frontend', container: 'db' }]);
  });

  it('db only on frontend: the fix first connects it to the one backend network', () => {
    const t = shop((t, by) => {
      t.endpoints = t.endpoints.filter((e) => e.containerId !== by('db').id);
      t.endpoints.push(ep(netNamed(t, 'frontend'), by('db'), 9));
    });
    expect(frontendReachesDatastore(context(t))[0].fix.steps).toEqual([
      { action: 'connect', network: 'backend', container: 'db' },
      { action: 'disconnect', network: 'frontend', container: 'db' },
    ]);
  });

  it('a third network (a compose default) shared by web and db bypasses the split too', () => {
    const t = shop((t, by) => {
      const def = net(9, 'shop_default');
      t.networks.push(def);
      t.endpoints.push(ep(def, by('web'), 2), ep(def, by('db'), 3), ep(def, by('api'), 4));
    });
    expect(summary(t)).toEqual(['db shop_default web']);
  });

  it('a datastore is known by its well-known port too (redis on 6379 exposed, busybox image)', () => {
    const t = shop((t) => {
      const cache = ctr(7, 'sessions', { exposedPorts: [{ containerPort: 6379, protocol: 'tcp' }] });
      t.containers.push(cache);
      t.endpoints.push(ep(netNamed(t, 'frontend'), cache, 8));
    });
    expect(summary(t)).toEqual(['sessions frontend web']);
  });

  it('no split, no finding: the capture (app-net and back-net) and its clean variant', () => {
    expect(frontendReachesDatastore(context(captured()))).toEqual([]);
    expect(frontendReachesDatastore(context(cleanCaptured()))).toEqual([]);
  });
});
