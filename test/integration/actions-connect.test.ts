/**
 * Connect and disconnect through the API route handlers, against the real engine: an alias and a
 * static IPv4 that other containers then resolve (nslookup), a move between networks, an idempotent
 * disconnect, the static-address checks with their suggestion, and the engine's own refusals in its
 * words (a host-mode container, a static address on the default bridge).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nslookup } from '../support/test-engine';
import { api } from './support/routes';
import { endpointOf, endpointsOf, useScenario, type Created } from './support/scenario';

/** `10.231.7.0/24` + 9 -> `10.231.7.9`. */
const hostIn = (subnet: string, n: number) => subnet.replace(/\.0\/24$/, `.${n}`);

describe('connect and disconnect via the API', () => {
  const s = useScenario();
  let a: Created & { subnet: string };
  let b: Created & { subnet: string };
  let client: Created;
  let db: Created;

  beforeAll(async () => {
    a = await s.network('a');
    b = await s.network('b');
    client = await s.container('client', { networkMode: a.name });
    db = await s.container('db', { networkMode: b.name });
  });

  it('connects with an alias and a static IPv4; another container resolves the alias to that address', async () => {
    const ip = hostIn(a.subnet, 9);
    const res = await api.connect(a.name, { container: db.name, aliases: ['pg', 'pg.data.local'], ipv4: ip });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      network: { id: a.id, name: a.name },
      container: { id: db.id, name: db.name },
      endpoint: { ipv4: ip, aliases: expect.arrayContaining(['pg', 'pg.data.local']) },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    for (const name of ['pg', 'pg.data.local', db.name]) {
      const lookup = await nslookup(s.docker, client.name, name);
      expect(lookup.addresses, `${name}:\n${lookup.output}`).toEqual([ip]);
    }
    expect(endpointOf(await s.topology(), db.name, a.name)).toMatchObject({ ipv4: ip, dnsNames: expect.arrayContaining(['pg']) });
  });

  it('refuses an address in use (409) and one outside the subnet (400), suggesting a free one', async () => {
    const c = await s.container('late', { networkMode: b.name });
    const taken = hostIn(a.subnet, 9);
    const inUse = await api.connect(a.id, { container: c.id, ipv4: taken });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toMatch(new RegExp(`${taken.replace(/\./g, '\\.')} is already used by ${db.name}\\. A free address is 10\\.231\\.\\d+\\.\\d+\\.`));
    const outside = await api.connect(a.id, { container: c.id, ipv4: '192.0.2.9' });
    expect(outside.status).toBe(400);
    expect(outside.body.error.message).toContain(`outside the network's subnet (${a.subnet})`);
    const suggested = /A free address is (\S+)\./.exec(outside.body.error.message)![1];
    const ok = await api.connect(a.id, { container: c.id, ipv4: suggested });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.endpoint.ipv4).toBe(suggested);
  });

  it('moves a container: connect to the new network, then disconnect from the old one', async () => {
    const mover = await s.container('mover', { networkMode: a.name });
    expect((await api.connect(b.name, { container: mover.name })).status).toBe(200);
    const res = await api.disconnect(a.name, { container: mover.name });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ network: { id: a.id, name: a.name }, container: { id: mover.id, name: mover.name }, changed: true });
    const t = await s.topology();
    expect(endpointsOf(t, mover.id).map((e) => e.networkId)).toEqual([b.id]);
    const lookup = await nslookup(s.docker, db.name, mover.name);
    expect(lookup.addresses).toEqual([endpointOf(t, mover.name, b.name).ipv4]);
  });

  it('disconnecting what is already disconnected answers 200 with changed: false', async () => {
    const res = await api.disconnect(a.name, { container: `/${db.name}` });
    expect(res.body.changed).toBe(true);
    const again = await api.disconnect(a.name, { container: db.name, force: true });
    expect(again.status).toBe(200);
    expect(again.body.changed).toBe(false);
  });

  it('connecting twice is a conflict in the engine’s words', async () => {
    const res = await api.connect(b.name, { container: db.name });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('already exists in network');
  });

  it('a host-mode container cannot join a network: 400 in the engine’s words', async () => {
    const host = await s.container('host', { networkMode: 'host' });
    const res = await api.connect(a.name, { container: host.name });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('container sharing network namespace with another container or host cannot be connected to any other network');
  });

  it('a static IPv4 on the default bridge: 400 in the engine’s words', async () => {
    const bridge = await s.docker.getNetwork('bridge').inspect();
    const subnet = bridge.IPAM?.Config?.[0]?.Subnet ?? '172.17.0.0/16';
    const ip = subnet.replace(/\.0\/\d+$/, '.200');
    const res = await api.connect('bridge', { container: db.name, ipv4: ip });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('user specified IP address is supported on user defined networks only'), hint: expect.stringContaining('default bridge') });
  });

  it('unknown refs are 404s naming them', async () => {
    const res = await api.connect(a.name, { container: `nt-${s.runId}-nobody` });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain(`nt-${s.runId}-nobody`);
    expect((await api.disconnect(`nt-${s.runId}-nowhere`, { container: db.name })).status).toBe(404);
  });
});
