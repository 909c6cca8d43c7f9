/**
 * The bad-input and perimeter suite for every mutation route: each request below is refused with the
 * right status, and the engine sees no call at all (EngineClient.call is the only way to the engine).
 * Then refs that name nothing, or only a prefix of something: 404, and no mutating engine call.
 */
import { randomBytes } from 'node:crypto';
import Docker from 'dockerode';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiAtLeast } from '@/lib/topology/api-versions';
import { defaultAtlas, resetDefaultAtlas } from '@/lib/engine/atlas/default-atlas';
import { EngineClient } from '@/lib/engine/engine-client';
import { withOwner } from '../support/test-engine';
import { api, type Answer } from './support/routes';
import { useScenario, type Created } from './support/scenario';

const ID = 'f'.repeat(64);
const MB = 'x'.repeat(1024 * 1024);
const ok = { container: 'some-container' };

type Case = [string, () => Promise<Answer>, number, string];

const cases: Case[] = [
  // create: names, types, fields, CIDRs
  ['create: empty body', () => api.create(''), 400, 'bad_request'],
  ['create: {}', () => api.create({}), 400, 'bad_request'],
  ['create: empty name', () => api.create({ name: '' }), 400, 'bad_request'],
  ['create: ..', () => api.create({ name: '..' }), 400, 'bad_request'],
  ['create: a/b', () => api.create({ name: 'a/b' }), 400, 'bad_request'],
  ['create: CRLF in the name', () => api.create({ name: 'a\r\nb' }), 400, 'bad_request'],
  ['create: 10 kB name', () => api.create({ name: 'a'.repeat(10_000) }), 400, 'bad_request'],
  ['create: name of the wrong type', () => api.create({ name: ['a'] }), 400, 'bad_request'],
  ['create: unknown field', () => api.create({ name: 'a', options: { 'com.docker.network.bridge.name': 'docker0' } }), 400, 'bad_request'],
  ['create: unknown driver', () => api.create({ name: 'a', driver: 'macvlan' }), 400, 'bad_request'],
  ['create: bad CIDR', () => api.create({ name: 'a', subnet: '10.5.0.0/33' }), 400, 'bad_request'],
  ['create: host bits in the subnet', () => api.create({ name: 'a', subnet: '10.5.0.1/24' }), 400, 'bad_request'],
  ['create: gateway outside the subnet', () => api.create({ name: 'a', subnet: '10.5.0.0/24', gateway: '10.6.0.1' }), 400, 'bad_request'],
  ['create: IP range wider than the subnet', () => api.create({ name: 'a', subnet: '10.5.0.0/24', ipRange: '10.5.0.0/16' }), 400, 'bad_request'],
  ['create: internal as a string', () => api.create({ name: 'a', internal: 'true' }), 400, 'bad_request'],
  ['create: IPv6 subnet with host bits', () => api.create({ name: 'a', ipv6: true, ipv6Subnet: 'fd00::1/64' }), 400, 'bad_request'],
  ['create: IPv6 subnet wider than /48', () => api.create({ name: 'a', ipv6: true, ipv6Subnet: 'fd00::/32' }), 400, 'bad_request'],
  ['create: IPv6 subnet narrower than /120', () => api.create({ name: 'a', ipv6: true, ipv6Subnet: 'fd00::/124' }), 400, 'bad_request'],
  ['create: IPv6 subnet with a zone', () => api.create({ name: 'a', ipv6: true, ipv6Subnet: 'fe80::%eth0/64' }), 400, 'bad_request'],
  ['create: IPv6 subnet without ipv6: true', () => api.create({ name: 'a', ipv6Subnet: 'fd00::/64' }), 400, 'bad_request'],
  ['create: IPv6 gateway outside its subnet', () => api.create({ name: 'a', ipv6: true, ipv6Subnet: 'fd00::/64', ipv6Gateway: 'fd01::1' }), 400, 'bad_request'],
  ['create: IPv6 gateway without a subnet', () => api.create({ name: 'a', ipv6: true, ipv6Gateway: 'fd00::1' }), 400, 'bad_request'],
  ['create: ipv4: false without IPv6', () => api.create({ name: 'a', ipv4: false }), 400, 'bad_request'],
  ['create: ipv4: false with an IPv4 subnet', () => api.create({ name: 'a', ipv4: false, ipv6: true, subnet: '10.5.0.0/24' }), 400, 'bad_request'],
  ['create: ipv6 as a string', () => api.create({ name: 'a', ipv6: 'true' }), 400, 'bad_request'],
  ['create: not JSON', () => api.create('{"name":'), 400, 'bad_request'],
  ['create: a JSON array', () => api.create('[]'), 400, 'bad_request'],
  ['create: 1 MB body', () => api.create({ name: 'a', labels: { k: MB } }), 413, 'payload_too_large'],
  ['create: text/plain', () => api.create({ name: 'a' }, { headers: { 'Content-Type': 'text/plain' } }), 415, 'unsupported_media_type'],
  ['create: form encoded', () => api.create('name=a', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type'],
  ['create: no Content-Type', () => api.create({ name: 'a' }, { headers: { 'Content-Type': null } }), 415, 'unsupported_media_type'],
  ['create: foreign Origin', () => api.create({ name: 'a' }, { headers: { Origin: 'https://evil.example' } }), 403, 'forbidden'],
  ['create: Origin on another port', () => api.create({ name: 'a' }, { headers: { Origin: 'http://127.0.0.1:3001' } }), 403, 'forbidden'],
  ['create: Origin "null"', () => api.create({ name: 'a' }, { headers: { Origin: 'null' } }), 403, 'forbidden'],
  ['create: missing Origin', () => api.create({ name: 'a' }, { headers: { Origin: null } }), 403, 'forbidden'],
  // connect
  ['connect: network ..', () => api.connect('..', ok), 400, 'bad_request'],
  ['connect: network a/b', () => api.connect('a/b', ok), 400, 'bad_request'],
  ['connect: network with CRLF', () => api.connect('net\r\nX-Evil: 1', ok), 400, 'bad_request'],
  ['connect: 10 kB network ref', () => api.connect('n'.repeat(10_000), ok), 400, 'bad_request'],
  ['connect: no container', () => api.connect('backend', {}), 400, 'bad_request'],
  ['connect: container a/b', () => api.connect('backend', { container: 'a/b' }), 400, 'bad_request'],
  ['connect: container of the wrong type', () => api.connect('backend', { container: 42 }), 400, 'bad_request'],
  ['connect: alias with a space', () => api.connect('backend', { ...ok, aliases: ['d b'] }), 400, 'bad_request'],
  ['connect: alias not a list', () => api.connect('backend', { ...ok, aliases: 'db' }), 400, 'bad_request'],
  ['connect: 17 aliases', () => api.connect('backend', { ...ok, aliases: Array.from({ length: 17 }, (_, i) => `a${i}`) }), 400, 'bad_request'],
  ['connect: bad IPv4', () => api.connect('backend', { ...ok, ipv4: '10.0.0.256' }), 400, 'bad_request'],
  ['connect: IPv4 with a prefix', () => api.connect('backend', { ...ok, ipv4: '10.0.0.9/24' }), 400, 'bad_request'],
  ['connect: IPv6 with a zone', () => api.connect('backend', { ...ok, ipv6: 'fe80::1%eth0' }), 400, 'bad_request'],
  ['connect: IPv6 with a prefix', () => api.connect('backend', { ...ok, ipv6: 'fd00::9/64' }), 400, 'bad_request'],
  ['connect: IPv6 in brackets', () => api.connect('backend', { ...ok, ipv6: '[fd00::9]' }), 400, 'bad_request'],
  ['connect: an IPv4 as ipv6', () => api.connect('backend', { ...ok, ipv6: '10.0.0.9' }), 400, 'bad_request'],
  ['connect: malformed IPv6', () => api.connect('backend', { ...ok, ipv6: 'fd00::1::2' }), 400, 'bad_request'],
  ['connect: gwPriority not whole', () => api.connect('backend', { ...ok, gwPriority: 1.5 }), 400, 'bad_request'],
  ['connect: gwPriority as a string', () => api.connect('backend', { ...ok, gwPriority: '10' }), 400, 'bad_request'],
  ['connect: gwPriority above 1000', () => api.connect('backend', { ...ok, gwPriority: 1001 }), 400, 'bad_request'],
  ['connect: gwPriority below -1000', () => api.connect('backend', { ...ok, gwPriority: -1001 }), 400, 'bad_request'],
  ['connect: unknown field', () => api.connect('backend', { ...ok, EndpointConfig: {} }), 400, 'bad_request'],
  ['connect: 1 MB body', () => api.connect('backend', { ...ok, pad: MB }), 413, 'payload_too_large'],
  ['connect: text/plain', () => api.connect('backend', ok, { headers: { 'Content-Type': 'text/plain' } }), 415, 'unsupported_media_type'],
  ['connect: foreign Origin', () => api.connect('backend', ok, { headers: { Origin: 'http://evil.example' } }), 403, 'forbidden'],
  ['connect: missing Origin', () => api.connect('backend', ok, { headers: { Origin: null } }), 403, 'forbidden'],
  // disconnect
  ['disconnect: force as a string', () => api.disconnect('backend', { ...ok, force: 'yes' }), 400, 'bad_request'],
  ['disconnect: empty container', () => api.disconnect('backend', { container: '' }), 400, 'bad_request'],
  ['disconnect: text/plain', () => api.disconnect('backend', ok, { headers: { 'Content-Type': 'text/plain' } }), 415, 'unsupported_media_type'],
  ['disconnect: missing Origin', () => api.disconnect('backend', ok, { headers: { Origin: null } }), 403, 'forbidden'],
  // remove
  ['remove: ..', () => api.remove('..'), 400, 'bad_request'],
  ['remove: a/b', () => api.remove('a/b'), 400, 'bad_request'],
  ['remove: foreign Origin', () => api.remove('backend', { headers: { Origin: 'https://evil.example' } }), 403, 'forbidden'],
  ['remove: missing Origin', () => api.remove('backend', { headers: { Origin: null } }), 403, 'forbidden'],
  // prune
  ['prune: unknown field', () => api.prune({ filters: { label: ['x'] } }), 400, 'bad_request'],
  ['prune: text/plain', () => api.prune('{}', { headers: { 'Content-Type': 'text/plain' } }), 415, 'unsupported_media_type'],
  ['prune: missing Origin', () => api.prune({}, { headers: { Origin: null } }), 403, 'forbidden'],
  ['prune: foreign Origin', () => api.prune({}, { headers: { Origin: 'https://evil.example' } }), 403, 'forbidden'],
];

describe('bad input and perimeter: refused before any engine call', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.NETATLAS_READ_ONLY;
  });

  it.each(cases)('%s -> %i', async (_what, send, status, code) => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const call = vi.spyOn(EngineClient.prototype, 'call');
    const res = await send();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeLessThan(400);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(call).not.toHaveBeenCalled();
  });

  it('(control) a valid request does reach the engine through the spied call', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const call = vi.spyOn(EngineClient.prototype, 'call');
    const res = await api.connect(`nt-nothing-${Date.now()}`, ok);
    expect(res.status).toBe(404);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('says which field is wrong', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect((await api.create({ name: 'a', subnet: '10.5.0.0/24', gateway: '10.6.0.1' })).body.error.message)
      .toBe('Invalid request: gateway: must be a host address inside the subnet 10.5.0.0/24.');
    expect((await api.connect('backend', { ...ok, aliases: ['ok', '-bad'] })).body.error.message).toMatch(/^Invalid request: aliases\.1: must be a DNS name/);
    expect((await api.remove('..')).body.error.message).toMatch(/^Invalid request: id: must be a full 64-hex id/);
    expect((await api.connect('backend', { ...ok, Container: 'x' })).body.error.message).toBe('Invalid request: unknown field: "Container".');
    expect((await api.connect('backend', { ...ok, ipv6: 'fe80::1%eth0' })).body.error.message).toBe('Invalid request: ipv6: must be an IPv6 address like fd00:db8::9.');
    expect((await api.connect('backend', { ...ok, gwPriority: 1001 })).body.error.message).toBe('Invalid request: gwPriority: must be between -1000 and 1000.');
    expect((await api.create({ name: 'a', ipv6: true, ipv6Subnet: 'fd00::/32' })).body.error.message).toBe('Invalid request: ipv6Subnet: the prefix must be between /48 and /120.');
    expect((await api.create({ name: 'a', ipv6Subnet: 'fd00::/64' })).body.error.message).toBe('Invalid request: ipv6Subnet: needs ipv6: true.');
    expect((await api.create({ name: 'a', ipv4: false })).body.error.message).toBe('Invalid request: ipv4: an IPv6-only network (ipv4: false) needs ipv6: true.');
  });

  it('read-only mode refuses every mutation, even a valid one, with 403 read_only', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const call = vi.spyOn(EngineClient.prototype, 'call');
    process.env.NETATLAS_READ_ONLY = '1';
    const answers = await Promise.all([
      api.create({ name: 'valid' }), api.remove('valid'), api.prune(),
      api.connect('valid', ok), api.disconnect('valid', ok),
    ]);
    for (const a of answers) expect(a).toMatchObject({ status: 403, body: { error: { code: 'read_only' } } });
    expect(call).not.toHaveBeenCalled();
  });
});

describe('refs that name nothing, or only part of something: 404 and no mutating call', () => {
  const s = useScenario();
  let net: Created;
  let longer: Created;
  let c: Created;

  beforeAll(async () => {
    net = await s.network('ab');
    longer = await s.network('abc');
    c = await s.container('c', { networkMode: longer.name });
  });
  afterEach(() => vi.restoreAllMocks());

  function spyMutations() {
    const docker = new Docker();
    const network = Object.getPrototypeOf(docker.getNetwork('x'));
    return [
      vi.spyOn(network, 'connect'), vi.spyOn(network, 'disconnect'), vi.spyOn(network, 'remove'),
      vi.spyOn(Docker.prototype, 'createNetwork'), vi.spyOn(Docker.prototype, 'pruneNetworks'),
    ];
  }

  it.each([
    ['an id of nothing', () => api.connect(ID, { container: c.name })],
    ['a 12-char id prefix of a network', () => api.connect(net.id.slice(0, 12), { container: c.name })],
    ['a name prefix of two networks', () => api.remove(s.name('a'))],
    ['a container id of nothing', () => api.connect(net.name, { container: ID })],
    ['a 12-char id prefix of a container', () => api.connect(net.name, { container: c.id.slice(0, 12) })],
    ['a container name prefix', () => api.disconnect(longer.name, { container: c.name.slice(0, -1) })],
  ])('%s', async (_what, send) => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const mutations = spyMutations();
    const res = await send();
    expect(res.status, JSON.stringify(res.body)).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    for (const m of mutations) expect(m).not.toHaveBeenCalled();
  });

  it('an exact name is never confused with a longer one the engine’s filter also matches', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const res = await api.connect(net.name, { container: c.name });
    expect(res.body.network).toEqual({ id: net.id, name: net.name });
    expect((await api.disconnect(net.name, { container: c.id })).body.changed).toBe(true);
  });
});

/**
 * Fields an older engine would silently ignore (gwPriority before API 1.48, ipv4: false before 1.47) are
 * refused from what the server already knows of the engine (its last read, as the dashboard has made it),
 * without any engine call; and what the engine's networks say (no IPv6 there, outside the IPv6 subnet, an
 * address in use) is refused before any mutating call.
 */
describe('IPv6 and gateway priority: refused before the engine is asked to change anything', () => {
  const s = useScenario();
  const engineApi = () => s.docker.version().then((v) => v.ApiVersion);
  let api148 = false;
  let v4only: Created;
  let dual: Created & { v6: string };
  let holder: Created;
  let other: Created;

  /** A unique-local /64 of this run's own, written as the engine writes it (no leading zeros). */
  const v6Subnet = () => `fd${randomBytes(1).toString('hex')}:${(randomBytes(2).readUInt16BE() | 1).toString(16)}:${(randomBytes(2).readUInt16BE() | 1).toString(16)}::/64`;

  beforeAll(async () => {
    api148 = apiAtLeast(await engineApi(), '1.48');
    // What the server knows after the dashboard's first read; its watcher is stopped so that nothing
    // reaches the engine in the background while calls are counted.
    await defaultAtlas().topology();
    const watcher = defaultAtlas().members[0].watcher!;
    for (let i = 0; i < 100 && watcher.state.state !== 'live'; i++) await new Promise((r) => setTimeout(r, 50));
    defaultAtlas().stop();

    v4only = await s.network('v4only');
    const v6 = v6Subnet();
    const made = await s.docker.createNetwork({
      Name: s.name('dual'), Driver: 'bridge', EnableIPv6: true, Labels: withOwner(s.labels),
      IPAM: { Driver: 'default', Config: [{ Subnet: v6 }] },
    });
    dual = { id: made.id, name: s.name('dual'), v6 };
    holder = await s.container('holder', { networkMode: dual.name });
    other = await s.container('other', { networkMode: v4only.name });
  });
  afterAll(() => resetDefaultAtlas());
  afterEach(() => vi.restoreAllMocks());

  function spyMutations() {
    const network = Object.getPrototypeOf(new Docker().getNetwork('x'));
    return [vi.spyOn(network, 'connect'), vi.spyOn(Docker.prototype, 'createNetwork')];
  }

  it('gwPriority on an engine before API 1.48: 400 naming both versions, and no engine call at all', async (ctx) => {
    const known = defaultAtlas().members[0].last!.engine;
    if (api148) ctx.skip(); // Engine 28+: gwPriority is honoured (actions-connect.test.ts)
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const call = vi.spyOn(EngineClient.prototype, 'call');
    const res = await api.connect(v4only.name, { container: other.name, gwPriority: 10 });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error).toEqual({
      code: 'bad_request',
      message: `gwPriority needs Docker Engine 28 (API 1.48); this engine speaks API ${known.apiVersion} (Docker ${known.serverVersion}).`,
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('ipv4: false on an engine before API 1.47: 400 naming both versions, no engine call, nothing created', async (ctx) => {
    const known = defaultAtlas().members[0].last!.engine;
    if (apiAtLeast(known.apiVersion, '1.47')) ctx.skip(); // Engine 28+: an IPv6-only network is made (actions-networks.test.ts)
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const call = vi.spyOn(EngineClient.prototype, 'call');
    const res = await api.create({ name: s.name('v6only'), ipv4: false, ipv6: true, ipv6Subnet: v6Subnet(), labels: withOwner(s.labels) });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.message).toBe(`An IPv6-only network (ipv4: false) needs Docker Engine 28 (API 1.47); this engine speaks API ${known.apiVersion} (Docker ${known.serverVersion}).`);
    expect(call).not.toHaveBeenCalled();
    expect((await s.docker.listNetworks({ filters: { name: [s.name('v6only')] } })).length).toBe(0);
  });

  it('a static IPv6 on a network without IPv6: 400 naming the network, no mutating call', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const mutations = spyMutations();
    const res = await api.connect(v4only.name, { container: holder.name, ipv6: dual.v6.replace('::/64', '::9') });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.message).toBe(`Cannot give ${dual.v6.replace('::/64', '::9')} on ${v4only.name}: the network has no IPv6 (it was created without --ipv6).`);
    for (const m of mutations) expect(m).not.toHaveBeenCalled();
  });

  it('a static IPv6 outside the IPv6 subnet: 400 naming the subnet and a free address, no mutating call', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const mutations = spyMutations();
    const res = await api.connect(dual.name, { container: other.name, ipv6: 'fd00:dead:beef::9' });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.message).toMatch(new RegExp(`^Cannot give fd00:dead:beef::9 on ${dual.name}: fd00:dead:beef::9 is outside the network's IPv6 subnet \\(${dual.v6}\\)\\. A free address is ${dual.v6.replace('::/64', '')}::\\w+\\.$`));
    for (const m of mutations) expect(m).not.toHaveBeenCalled();
  });

  it('a static IPv6 in use (by a container, by the gateway): 409 naming who, no mutating call', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const inspected = await s.docker.getContainer(holder.id).inspect();
    const taken = inspected.NetworkSettings.Networks[dual.name].GlobalIPv6Address;
    expect(taken, 'the engine gave the holder an IPv6 address').toMatch(/:/);
    const mutations = spyMutations();
    const byHolder = await api.connect(dual.name, { container: other.name, ipv6: taken });
    expect(byHolder.status, JSON.stringify(byHolder.body)).toBe(409);
    expect(byHolder.body.error.message).toMatch(new RegExp(`^Cannot give ${taken} on ${dual.name}: ${taken} is already used by ${holder.name}\\. A free address is \\S+\\.$`));
    const gateway = dual.v6.replace('::/64', '::1');
    const byGateway = await api.connect(dual.name, { container: other.name, ipv6: gateway });
    expect(byGateway.status).toBe(409);
    expect(byGateway.body.error.message).toContain(`${gateway} is already used by the gateway.`);
    for (const m of mutations) expect(m).not.toHaveBeenCalled();
  });

  it('the IPv6 subnet-router anycast address (the subnet\u2019s ::0): 400, no mutating call', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const mutations = spyMutations();
    const anycast = dual.v6.replace('/64', '');
    const res = await api.connect(dual.name, { container: other.name, ipv6: anycast });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.message).toContain(`${anycast} is the subnet-router anycast address of ${dual.v6}, which the engine keeps.`);
    for (const m of mutations) expect(m).not.toHaveBeenCalled();
  });

  it('a static IPv4 on an IPv6-only network: 400 naming the network, no mutating call', async (ctx) => {
    if (!api148) ctx.skip(); // an IPv6-only network needs Engine 28
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const made = await s.docker.createNetwork({
      Name: s.name('v6only'), Driver: 'bridge', EnableIPv4: false, EnableIPv6: true, Labels: withOwner(s.labels),
      IPAM: { Driver: 'default', Config: [{ Subnet: v6Subnet() }] },
    });
    const mutations = spyMutations();
    const res = await api.connect(made.id, { container: other.name, ipv4: '10.9.9.9' });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.message).toBe(`Cannot give 10.9.9.9 on ${s.name('v6only')}: the network is IPv6-only (created with --ipv4=false).`);
    for (const m of mutations) expect(m).not.toHaveBeenCalled();
  });
});
