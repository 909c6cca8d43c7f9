import { describe, expect, it } from 'vitest';
import { ctr, ep, shopTopology } from '@/lib/graph/__fixtures__/synthetic-topology';
import type { Topology } from '@/lib/topology/types';
import { labMapKey } from './lab-map-key';

describe('labMapKey', () => {
  const shop = shopTopology();
  const front = shop.networks.find((n) => n.name === 'frontend')!;
  const web = shop.containers.find((c) => c.name === 'web')!;

  it('stays the same while only netatlas\'s probe helpers come and go', () => {
    const helper = ctr(40, 'netatlas-probe-abc', { networkMode: `container:${web.id}`, sharesNetworkWith: web.id, labels: { 'netatlas.probe': '1', 'netatlas.probe.from': web.id } });
    const probing: Topology = { ...shop, containers: [...shop.containers, helper], endpoints: [...shop.endpoints, ep(front, helper, 40)] };
    expect(labMapKey(probing)).toBe(labMapKey(shop));
  });

  it('changes when a goal could: a container comes, stops or leaves a network; a network goes', () => {
    const base = labMapKey(shop);
    const extra = ctr(41, 'db2');
    expect(labMapKey({ ...shop, containers: [...shop.containers, extra] })).not.toBe(base);
    expect(labMapKey({ ...shop, containers: shop.containers.map((c) => (c === web ? { ...c, state: 'exited' as const } : c)) })).not.toBe(base);
    expect(labMapKey({ ...shop, endpoints: shop.endpoints.filter((e) => e.containerId !== web.id) })).not.toBe(base);
    expect(labMapKey({ ...shop, networks: shop.networks.filter((n) => n !== front) })).not.toBe(base);
    const published = { hostIp: '127.0.0.1', hostPort: 5432, containerPort: 5432, protocol: 'tcp' as const };
    expect(labMapKey({ ...shop, containers: shop.containers.map((c) => (c === web ? { ...c, ports: [published] } : c)) })).not.toBe(base);
  });

  it('does not depend on the order the engine lists things in, nor on the status text', () => {
    const reordered: Topology = { ...shop, containers: [...shop.containers].reverse(), endpoints: [...shop.endpoints].reverse() };
    expect(labMapKey(reordered)).toBe(labMapKey(shop));
    const older: Topology = { ...shop, containers: shop.containers.map((c) => ({ ...c, status: 'Up (healthy)' })) };
    expect(labMapKey(older)).toBe(labMapKey(shop));
  });
});
