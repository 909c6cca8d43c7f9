/**
 * The bad-input and perimeter suite for every mutation route: each request below is refused with the
 * right status, and the engine sees no call at all (EngineClient.call is the only way to the engine).
 * Then refs that name nothing, or only a prefix of something: 404, and no mutating engine call.
 */
import Docker from 'dockerode';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EngineClient } from '@/lib/engine/engine-client';
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
