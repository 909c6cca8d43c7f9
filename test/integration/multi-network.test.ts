/**
 * A container on two networks: web (frontend) -- api (frontend + backend) -- db (backend).
 * Names are per network: web cannot resolve db (no shared network), api can; an alias given on one
 * network resolves only there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from '@/lib/topology/types';
import { nslookup } from '../support/test-engine';
import { addressPairs, endpointOf, endpointsOf, useScenario, type Created } from './support/scenario';

describe('a container on two networks', () => {
  const s = useScenario();
  let front: Created;
  let back: Created;
  let web: Created;
  let api: Created;
  let db: Created;
  let t: Topology;

  beforeAll(async () => {
    front = await s.network('frontend');
    back = await s.network('backend');
    web = await s.container('web', { networkMode: front.name });
    api = await s.container('api', {
      networkMode: front.name,
      aliases: ['api-front'],
      networks: [{ name: back.name, aliases: ['api-back'] }],
    });
    db = await s.container('db', { networkMode: back.name, aliases: ['database'] });
    t = await s.topology();
  });

  it('has exactly the endpoints each container is attached to', () => {
    const nets = (id: string) => endpointsOf(t, id).map((e) => e.networkId).sort();
    expect(nets(web.id)).toEqual([front.id]);
    expect(nets(api.id)).toEqual([front.id, back.id].sort());
    expect(nets(db.id)).toEqual([back.id]);
  });

  it('keeps aliases to the network they were given on', () => {
    expect(endpointOf(t, api.name, front.name).dnsNames).toContain('api-front');
    expect(endpointOf(t, api.name, front.name).dnsNames).not.toContain('api-back');
    expect(endpointOf(t, api.name, back.name).dnsNames).toContain('api-back');
    expect(endpointOf(t, api.name, back.name).dnsNames).not.toContain('api-front');
  });

  it("resolves db's names from api (shared backend) to db's address", async () => {
    const e = endpointOf(t, db.name, back.name);
    const lookups = await Promise.all(e.dnsNames.map((n) => nslookup(s.docker, api.name, n)));
    lookups.forEach((l, i) => expect(l.addresses, `${e.dnsNames[i]}:\n${l.output}`).toEqual([e.ipv4]));
  });

  it("does not resolve db's names from web (no shared network)", async () => {
    const e = endpointOf(t, db.name, back.name);
    const lookups = await Promise.all(e.dnsNames.map((n) => nslookup(s.docker, web.name, n)));
    lookups.forEach((l, i) => expect(l.resolved, `${e.dnsNames[i]} resolved from web:\n${l.output}`).toBe(false));
  });

  it("resolves api's names per network: frontend names from web, backend names from db", async () => {
    for (const [net, from] of [[front, web], [back, db]]) {
      const e = endpointOf(t, api.name, net.name);
      const lookups = await Promise.all(e.dnsNames.map((n) => nslookup(s.docker, from.name, n)));
      lookups.forEach((l, i) => expect(l.addresses, `${e.dnsNames[i]} from ${from.name}:\n${l.output}`).toEqual([e.ipv4]));
    }
    const other = await nslookup(s.docker, web.name, 'api-back');
    expect(other.resolved, other.output).toBe(false);
  });

  it('matches docker network inspect on both networks', async () => {
    for (const net of [front, back]) {
      const pairs = await addressPairs(s.docker, t, net.id);
      expect(pairs.topology).toEqual(pairs.engine);
      expect(pairs.topology).toHaveLength(2);
    }
  });
});
