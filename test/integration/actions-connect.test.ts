/**
 * Connect and disconnect through the API route handlers, against the real engine: an alias and a
 * static IPv4 that other containers then resolve (nslookup), a move between networks, an idempotent
 * disconnect, the static-address checks with their suggestion, and the engine's own refusals in its
 * words (a host-mode container, a static address on the default bridge). On Engine 28+ also a static
 * IPv6 and a gateway priority, compared with `docker inspect` and `ip route` inside the container.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAtLeast } from '@/lib/topology/api-versions';
import { exec, freeSubnet, nslookup, withOwner } from '../support/test-engine';
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

const probe = useScenario();
const engineApi = await probe.docker.version().then((v) => v.ApiVersion).catch(() => '0');
const current = apiAtLeast(engineApi, '1.48');
const skipped = `the engine under test speaks API ${engineApi}; a static IPv6 and gwPriority are proven on Engine 28+ (API 1.48)`;
if (!current) console.warn(`[actions-connect] IPv6 and gateway priority cases skipped: ${skipped}`);

/** A unique-local /64 of this run's own, written as the engine writes it (no leading zeros). */
const v6Subnet = () => `fd${randomBytes(1).toString('hex')}:${(randomBytes(2).readUInt16BE() | 1).toString(16)}:${(randomBytes(2).readUInt16BE() | 1).toString(16)}::/64`;

/** `fd12:3456:789a::/64` + 9 -> `fd12:3456:789a::9`. */
const v6HostIn = (subnet: string, n: number | string) => subnet.replace(/::\/64$/, `::${n}`);

/** The `default via <gateway>` of `ip -4 route` / `ip -6 route` inside a container, or null. */
async function defaultVia(container: string, family: 4 | 6): Promise<string | null> {
  const { output } = await exec(probe.docker, container, ['ip', `-${family}`, 'route']);
  return /^default via (\S+)/m.exec(output)?.[1] ?? null;
}

describe(`IPv6 and gateway priority via the API (engine API ${engineApi})`, () => {
  const s = probe;
  let dual: Created & { v4: string; v6: string };
  let dual2: Created & { v4: string; v6: string };
  let v6only: Created & { v6: string };
  let c: Created;

  async function network(short: string, families: { ipv4: boolean }): Promise<Created & { v4: string; v6: string }> {
    const v4 = families.ipv4 ? await freeSubnet(s.docker) : '';
    const v6 = v6Subnet();
    const net = await s.docker.createNetwork({
      Name: s.name(short), Driver: 'bridge', Labels: withOwner(s.labels), EnableIPv6: true,
      ...(families.ipv4 ? {} : { EnableIPv4: false }),
      IPAM: { Driver: 'default', Config: [...(v4 ? [{ Subnet: v4 }] : []), { Subnet: v6 }] },
    });
    return { id: net.id, name: s.name(short), v4, v6 };
  }

  beforeAll(async () => {
    if (!current) return;
    dual = await network('dual', { ipv4: true });
    dual2 = await network('dual2', { ipv4: true });
    v6only = await network('v6only', { ipv4: false });
    c = await s.container('c', { networkMode: dual.name });
  });

  it.runIf(current)('connects with a static IPv6: docker inspect shows it fixed (IPAMConfig) and given (GlobalIPv6Address)', async () => {
    const ip = v6HostIn(v6only.v6, 'beef');
    const res = await api.connect(v6only.name, { container: c.name, ipv6: ip.toUpperCase() });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.endpoint).toMatchObject({ ipv4: null, ipv6: ip, gwPriority: 0 });
    const inspected = await s.docker.getContainer(c.id).inspect();
    expect(inspected.NetworkSettings.Networks[v6only.name]).toMatchObject({ IPAMConfig: { IPv6Address: ip }, GlobalIPv6Address: ip, IPAddress: '' });
    expect(endpointOf(await s.topology(), c.name, v6only.name)).toMatchObject({ ipv6: ip, staticIpv6: ip, ipv4: null });
  });

  it.runIf(current)('refuses a used IPv6 (409) and one outside the subnet (400) with a free one that then works', async () => {
    const late = await s.container('late', { networkMode: dual2.name });
    const taken = v6HostIn(v6only.v6, 'beef');
    const inUse = await api.connect(v6only.name, { container: late.name, ipv6: taken });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toMatch(new RegExp(`^Cannot give ${taken} on ${v6only.name}: ${taken} is already used by ${c.name}\\. A free address is \\S+\\.$`));
    const outside = await api.connect(v6only.name, { container: late.name, ipv6: 'fd00:dead:beef::9' });
    expect(outside.status).toBe(400);
    expect(outside.body.error.message).toContain(`outside the network's IPv6 subnet (${v6only.v6})`);
    const suggested = /A free address is (\S+)\./.exec(outside.body.error.message)![1];
    expect(suggested, 'the next free after the gateway').toMatch(/::[23]$/);
    const ok = await api.connect(v6only.name, { container: late.name, ipv6: suggested });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.endpoint.ipv6).toBe(suggested);
    const v4 = await api.connect(v6only.name, { container: (await s.container('v4ask', { networkMode: dual2.name })).name, ipv4: '10.9.9.9' });
    expect(v4.status).toBe(400);
    expect(v4.body.error.message).toBe(`Cannot give 10.9.9.9 on ${v6only.name}: the network is IPv6-only (created with --ipv4=false).`);
  });

  it.runIf(current)('gwPriority moves the default route of both families to the new network (GwPriority in inspect, ip route inside)', async () => {
    const pri = await s.container('pri', { networkMode: dual.name });
    const gw = (n: { v4: string; v6: string }) => ({ v4: n.v4.replace(/\.0\/24$/, '.1'), v6: v6HostIn(n.v6, 1) });
    expect(await defaultVia(pri.name, 4)).toBe(gw(dual).v4);
    const res = await api.connect(dual2.name, { container: pri.name, gwPriority: 10 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.endpoint.gwPriority).toBe(10);
    const inspected = await s.docker.getContainer(pri.id).inspect();
    expect(inspected.NetworkSettings.Networks[dual2.name]).toMatchObject({ GwPriority: 10 });
    expect(await defaultVia(pri.name, 4)).toBe(gw(dual2).v4);
    expect(await defaultVia(pri.name, 6)).toBe(gw(dual2).v6);
    expect(endpointOf(await s.topology(), pri.name, dual2.name)).toMatchObject({ gwPriority: 10, defaultRoute: true, defaultRoute6: true });
  });
});
