import { describe, expect, it } from 'vitest';
import { shopTopology } from './__fixtures__/synthetic-topology';
import { searchMap } from './search-map';

describe('searchMap', () => {
  const t = shopTopology();
  const api = t.containers.find((c) => c.name === 'api')!;
  const apiOnBack = t.endpoints.find((e) => e.containerId === api.id && e.ipv4?.startsWith('10.210.2.'))!;

  it('finds a container by exact IP first', () => {
    const [hit] = searchMap(t, apiOnBack.ipv4!);
    expect(hit.title).toBe('api');
    expect(hit.why).toBe(`IP ${apiOnBack.ipv4} on backend`);
  });

  it('finds networks by name and by subnet', () => {
    expect(searchMap(t, 'front')[0]).toMatchObject({ kind: 'network', title: 'frontend' });
    expect(searchMap(t, '10.210.2.0/24')[0]).toMatchObject({ kind: 'network', title: 'backend', why: 'subnet 10.210.2.0/24' });
  });

  it('finds a container by a DNS name that resolves to it', () => {
    const t2 = { ...t, endpoints: t.endpoints.map((e) => (e === apiOnBack ? { ...e, dnsNames: ['api', 'payments-api'] } : e)) };
    expect(searchMap(t2, 'payments')[0]).toMatchObject({ title: 'api', why: 'DNS name payments-api on backend' });
  });

  it('returns nothing for an empty query or no match', () => {
    expect(searchMap(t, '  ')).toEqual([]);
    expect(searchMap(t, 'zzz-nothing')).toEqual([]);
  });
});
