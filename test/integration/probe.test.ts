/**
 * POST /api/probe against the real engine, through the route handler as Next.js calls it: the
 * multi-tier exercise (api on frontend+backend, db on backend only, web on frontend only), the default
 * bridge, a refused port, a probe that times out, the sources that cannot be probed from, and the
 * gate (read-only, bad input: no engine call, no container). The helper image is the test image.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProbeResult, ProbeTarget } from '@/lib/analysis/probe-types';
import { EngineClient } from '@/lib/engine/engine-client';
import { PROBE_FROM_LABEL, PROBE_LABEL } from '@/lib/engine/probe/helper-spec';
import { probeContainers } from '@/lib/usecases/probe/probe-containers';
import { TEST_IMAGE } from '../support/test-engine';
import { api, type CallOptions } from './support/routes';
import { useScenario, type Created } from './support/scenario';

interface ProbeAnswer {
  status: number;
  body: ProbeResult & { error: { code: string; message: string; hint?: string } };
}

const probe = (body: unknown, opts: CallOptions = {}): Promise<ProbeAnswer> => api.probe(body, opts);

const byTarget = (r: ProbeResult, target: string): ProbeTarget => {
  const found = r.results.find((t) => t.target === target);
  if (!found) throw new Error(`${target} was not tried: ${r.results.map((t) => t.target).join(', ')}`);
  return found;
};

describe('POST /api/probe on the real engine', () => {
  const s = useScenario();
  const saved = process.env.NETATLAS_PROBE_IMAGE;
  let front: Created, back: Created;
  let api: Created, db: Created, web: Created, b1: Created, b2: Created;
  let dbIp: string;

  /** Helper containers still on the engine that borrowed the stack of one of this file's containers. */
  async function helpersLeft(): Promise<string[]> {
    const ours = [api, db, web, b1, b2].filter(Boolean).map((c) => c.id);
    const list = await s.docker.listContainers({ all: true, filters: JSON.stringify({ label: [PROBE_LABEL] }) });
    return list.filter((c) => ours.includes(c.Labels[PROBE_FROM_LABEL])).map((c) => c.Names[0]);
  }

  beforeAll(async () => {
    process.env.NETATLAS_PROBE_IMAGE = TEST_IMAGE;
    front = await s.network('pr-front');
    back = await s.network('pr-back');
    // httpd serves many connections at once (the helper tries every name in parallel); `nc -l` serves one.
    db = await s.container('pr-db', { networkMode: back.name, aliases: ['db'], cmd: ['httpd', '-f', '-p', '5432'] });
    api = await s.container('pr-api', { networkMode: back.name, networks: [{ name: front.name }] });
    web = await s.container('pr-web', { networkMode: front.name });
    b1 = await s.container('pr-b1', { networkMode: 'bridge' });
    b2 = await s.container('pr-b2', { networkMode: 'bridge' });
    const inspected = await s.docker.getContainer(db.id).inspect();
    dbIp = inspected.NetworkSettings.Networks[back.name].IPAddress;
  });

  afterAll(async () => {
    if (saved === undefined) delete process.env.NETATLAS_PROBE_IMAGE;
    else process.env.NETATLAS_PROBE_IMAGE = saved;
    for (const name of await helpersLeft()) await s.docker.getContainer(name.slice(1)).remove({ force: true }).catch(() => undefined);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.NETATLAS_READ_ONLY;
  });

  it('api reaches db by name on backend: resolved to db’s address, connected; the prediction agrees', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { status, body } = await probe({ from: api.name, to: db.name, port: 5432 });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ from: { id: api.id, name: api.name }, to: { id: db.id, name: db.name }, protocol: 'tcp', port: 5432, reachable: true });
    for (const name of ['db', db.name, db.id.slice(0, 12)]) {
      expect(byTarget(body, name)).toMatchObject({ kind: 'name', resolved: [dbIp], connect: 'ok' });
      expect(byTarget(body, name).rttMs).toBeGreaterThan(0);
    }
    expect(byTarget(body, dbIp)).toMatchObject({ kind: 'ip', connect: 'ok' });
    expect(body.prediction.reachable).toBe(true);
    expect(body.prediction.names).toContain('db');
    expect(body.disagreements).toEqual([]);
    expect(body.durationMs).toBeLessThan(10_000);
    expect(await helpersLeft()).toEqual([]);
  });

  it('web cannot reach db: no name resolves, the address times out; the prediction agrees', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { status, body } = await probe({ from: web.name, to: db.name, port: 5432 });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.reachable).toBe(false);
    for (const name of ['db', db.name]) expect(byTarget(body, name)).toMatchObject({ resolved: [], connect: 'unresolved', rttMs: null });
    expect(['timeout', 'unreachable']).toContain(byTarget(body, dbIp).connect);
    expect(body.prediction.reachable).toBe(false);
    expect(body.disagreements).toEqual([]);
    expect(await helpersLeft()).toEqual([]);
  });

  it('two containers on the default bridge: reachable by IP (ping), the name does not resolve', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const b2Ip = (await s.docker.getContainer(b2.id).inspect()).NetworkSettings.Networks.bridge.IPAddress;
    const { status, body } = await probe({ from: b1.name, to: b2.name });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ protocol: 'icmp', port: null, reachable: true });
    expect(byTarget(body, b2Ip).connect).toBe('ok');
    expect(byTarget(body, b2Ip).rttMs).toBeGreaterThan(0);
    expect(byTarget(body, b2.name)).toMatchObject({ connect: 'unresolved', resolved: [] });
    expect(body.prediction.ips).toContain(b2Ip);
    expect(body.prediction.names).toEqual([]);
    expect(body.disagreements).toEqual([]);
  });

  it('a port nothing listens on is refused, which proves the path: no disagreement', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { body } = await probe({ from: api.name, to: db.name, port: 5433, protocol: 'tcp' });
    expect(byTarget(body, 'db')).toMatchObject({ resolved: [dbIp], connect: 'refused', rttMs: null });
    expect(byTarget(body, dbIp).connect).toBe('refused');
    expect(body.reachable).toBe(false);
    expect(body.disagreements).toEqual([]);
  });

  it('a probe stopped at its time limit keeps what finished; its helper is gone', async () => {
    const started = Date.now();
    const result = await probeContainers(s.client, { from: web.name, to: db.name, protocol: 'tcp', port: 5432 }, { image: TEST_IMAGE, timeLimitMs: 700, labels: s.labels });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(byTarget(result, dbIp)).toMatchObject({ connect: 'timeout', rttMs: null }); // nc -w 2 never got to say so
    expect(await helpersLeft()).toEqual([]);
  });

  it('one probe at a time from a source: a second one meanwhile is 409', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const first = probe({ from: web.name, to: db.name, port: 5432 });
    await new Promise((r) => setTimeout(r, 300));
    const second = await probe({ from: web.name, to: api.name, port: 5432 });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toMatch(/already running/);
    expect((await first).status).toBe(200);
  });

  it('from a stopped container: 409 with the reason, no helper', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const stopped = await s.container('pr-stopped', { networkMode: back.name, start: false });
    const { status, body } = await probe({ from: stopped.name, to: db.name, port: 5432 });
    expect(status).toBe(409);
    expect(body.error.message).toBe(`Cannot probe from ${stopped.name}: it is created, so it has no network stack to run a probe in. Start it first (docker start ${stopped.name}).`);
  });

  it('from a host-mode container: refused (409), the helper would act on the host’s network', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const host = await s.container('pr-host', { networkMode: 'host' });
    const { status, body } = await probe({ from: host.name, to: db.name, port: 5432 });
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/runs in host mode.*host's own network/);
  });

  it('from a none-mode container: it runs, and proves there is no way out', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const none = await s.container('pr-none', { networkMode: 'none' });
    const { status, body } = await probe({ from: none.name, to: db.name, port: 5432 });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.reachable).toBe(false);
    expect(byTarget(body, 'db').connect).toBe('unresolved');
    expect(byTarget(body, dbIp).connect).toBe('unreachable'); // only lo: "Network is unreachable" at once
    expect(body.prediction.reachable).toBe(false);
    expect(body.disagreements).toEqual([]);
  });

  it('a probe image the engine does not have: 409 naming the image and the fix, never a pull', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    process.env.NETATLAS_PROBE_IMAGE = 'netatlas-test/no-such-probe:none';
    try {
      const { status, body } = await probe({ from: api.name, to: db.name, port: 5432 });
      expect(status).toBe(409);
      expect(body.error.message).toBe('The probe image "netatlas-test/no-such-probe:none" is not on this engine, and netatlas never pulls images.');
      expect(body.error.hint).toMatch(/^Run `docker pull netatlas-test\/no-such-probe:none` .*NETATLAS_PROBE_IMAGE/);
    } finally {
      process.env.NETATLAS_PROBE_IMAGE = TEST_IMAGE;
    }
  });

  it('read-only mode refuses a valid probe with 403 read_only and no engine call', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const call = vi.spyOn(EngineClient.prototype, 'call');
    process.env.NETATLAS_READ_ONLY = '1';
    const { status, body } = await probe({ from: api.name, to: db.name, port: 5432 });
    expect(status).toBe(403);
    expect(body.error.code).toBe('read_only');
    expect(call).not.toHaveBeenCalled();
    expect(log.mock.calls.flat().join('\n')).toMatch(/\[netatlas audit\] \S+ probe - refused:403:read_only/);
  });

  it.each([
    ['port 0', { port: 0 }, 400],
    ['port 65536', { port: 65536 }, 400],
    ['port as a string', { port: '5432' }, 400],
    ['TCP without a port', { protocol: 'tcp', port: undefined }, 400],
    ['ICMP with a port', { protocol: 'icmp' }, 400],
    ['UDP', { protocol: 'udp' }, 400],
    ['an unknown field', { cmd: ['sh', '-c', 'id'] }, 400],
    ['shell metacharacters in to', { to: 'db;id' }, 400],
    ['a command substitution in to', { to: '$(reboot)' }, 400],
    ['backticks in from', { from: '`id`' }, 400],
    ['an option as from', { from: '-e' }, 400],
    ['a newline in to', { to: 'db\nid' }, 400],
  ])('bad input: %s -> %i, no engine call, no container', async (_what, patch, code) => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const call = vi.spyOn(EngineClient.prototype, 'call');
    const { status, body } = await probe({ from: api.name, to: db.name, port: 5432, ...patch });
    expect(status, JSON.stringify(body)).toBe(code);
    expect(body.error.code).toBe('bad_request');
    expect(call).not.toHaveBeenCalled();
  });

  it.each([
    ['text/plain', { headers: { 'Content-Type': 'text/plain' } }, 415],
    ['a foreign Origin', { headers: { Origin: 'https://evil.example' } }, 403],
    ['no Origin', { headers: { Origin: null } }, 403],
  ] as Array<[string, CallOptions, number]>)('the gate: %s -> %i, no engine call', async (_what, opts, code) => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const call = vi.spyOn(EngineClient.prototype, 'call');
    expect((await probe({ from: api.name, to: db.name, port: 5432 }, opts)).status).toBe(code);
    expect(call).not.toHaveBeenCalled();
  });

  it('no refused or bad request left a helper behind', async () => {
    expect(await helpersLeft()).toEqual([]);
  });
});
