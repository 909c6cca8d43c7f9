/**
 * GET /api/reachability on the real engine, with the tutorial's exercises built for real: two
 * containers on a user-defined network; the multi-tier split (api on frontend and backend, db on
 * backend, web on frontend); two containers on the default bridge; a host-mode target; a none-mode
 * source; a stopped target. Each answer is checked against `docker inspect` (addresses) and, where it
 * is cheap, against what really happens inside the containers (nslookup, ping, a TCP connect), so the
 * prediction is not only self-consistent but true. The route handler is called as Next.js calls it.
 */
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/reachability/route';
import type { Reachability, ReachabilityMatrix } from '@/lib/analysis/reachability-types';
import { defaultAtlas } from '@/lib/engine/atlas/default-atlas';
import { config, proxy } from '@/proxy';
import { exec, freeHostPort, nslookup, ping } from '../support/test-engine';
import { stopWatcher, until } from './support/analysis-routes';
import { apiRequest, type Answer } from './support/routes';
import { useScenario, type Created } from './support/scenario';
import '../../scripts/peer-stamp.cjs';

async function call(query: string): Promise<Answer> {
  const response = await GET(apiRequest(`/api/reachability?${query}`, { method: 'GET', headers: { 'Content-Type': null, Origin: null } }));
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

const codes = (r: Reachability) => r.reasons.map((x) => x.code);

describe('GET /api/reachability on the real engine', () => {
  const s = useScenario();
  const c: Record<string, Created> = {};
  const n: Record<string, Created & { subnet: string }> = {};
  let hostPort = 0;
  const project = `nt-${s.runId}-shop`;

  /** The address `docker inspect` gives the container on a network. */
  async function inspectedIp(container: Created, network: string): Promise<string> {
    const inspect = await s.docker.getContainer(container.id).inspect();
    return inspect.NetworkSettings.Networks[network].IPAddress;
  }

  /** One pair, polled until the server's topology has seen all of this file's containers in their final state. */
  async function pair(from: Created, to: Created): Promise<Reachability> {
    const answer = await until(() => call(`from=${from.name}&to=${to.name}`), (a) => a.status === 200);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  }

  beforeAll(async () => {
    hostPort = await freeHostPort();
    const compose = (service: string) => ({ labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': service } });
    n.pair = await s.network('pair');
    n.front = await s.network('frontend');
    n.back = await s.network('backend');
    // (a) two containers on a user-defined network
    c.a1 = await s.container('a1', { networkMode: n.pair.name });
    c.a2 = await s.container('a2', { networkMode: n.pair.name });
    // (b) the multi-tier split, as one compose project
    c.api = await s.container('api', { networkMode: n.front.name, networks: [{ name: n.back.name }], ...compose('api') });
    c.db = await s.container('db', { networkMode: n.back.name, ...compose('db') });
    c.web = await s.container('web', { networkMode: n.front.name, ...compose('web') });
    // (c) two containers on the default bridge
    c.b1 = await s.container('b1');
    c.b2 = await s.container('b2');
    // (d) a host-mode target that really serves a port on the host
    c.hostsvc = await s.container('hostsvc', { networkMode: 'host', cmd: ['httpd', '-f', '-p', String(hostPort)] });
    // (e) a none-mode source
    c.isolated = await s.container('isolated', { networkMode: 'none' });
    // (f) a stopped target on the pair network
    c.gone = await s.container('gone', { networkMode: n.pair.name });
    await s.docker.getContainer(c.gone.id).stop({ t: 0 });
    // The server's watcher may hold a picture from before the stop: wait until it has seen it.
    await until(() => call(`from=${c.a1.name}&to=${c.gone.name}`), (a) => a.status === 200 && a.body.reasons[0].code === 'target_stopped');
  });

  afterEach(() => vi.restoreAllMocks());
  afterAll(() => stopWatcher());

  it('(a) two containers on a user-defined network: reachable by name, at the address docker inspect gives', async () => {
    const r = await pair(c.a1, c.a2);
    const ip = await inspectedIp(c.a2, n.pair.name);
    expect(r).toMatchObject({ reachable: true, from: { id: c.a1.id, name: c.a1.name }, to: { id: c.a2.id, name: c.a2.name }, ips: [ip] });
    expect(r.names).toContain(c.a2.name);
    expect(r.routes).toEqual([expect.objectContaining({ networkId: n.pair.id, networkName: n.pair.name, ipv4: ip })]);
    expect(codes(r)).toEqual(['shared_network']);
    // True inside the container: the name resolves there, to that address.
    expect((await nslookup(s.docker, c.a1.name, c.a2.name)).addresses).toEqual([ip]);
  });

  it('(b) multi-tier: api reaches db by name on backend; web cannot reach db (no shared network)', async () => {
    const apiDb = await pair(c.api, c.db);
    expect(apiDb).toMatchObject({ reachable: true, ips: [await inspectedIp(c.db, n.back.name)] });
    expect(apiDb.names).toContain(c.db.name);
    expect(apiDb.routes.map((x) => x.networkName)).toEqual([n.back.name]);

    const webDb = await pair(c.web, c.db);
    expect(webDb).toMatchObject({ reachable: false, names: [], ips: [], routes: [] });
    expect(codes(webDb)).toEqual(['no_shared_network']);
    expect(webDb.reasons[0].message).toBe(`no shared network: ${c.web.name} is on ${n.front.name}, ${c.db.name} on ${n.back.name}.`);
    expect((await nslookup(s.docker, c.web.name, c.db.name)).resolved).toBe(false);
    expect((await ping(s.docker, c.web.name, await inspectedIp(c.db, n.back.name))).ok).toBe(false);
  });

  it('(c) two containers on the default bridge: reachable by IP only, names do not resolve', async () => {
    const r = await pair(c.b1, c.b2);
    const ip = await inspectedIp(c.b2, 'bridge');
    expect(r).toMatchObject({ reachable: true, names: [], ips: [ip] });
    expect(codes(r)).toEqual(['default_bridge_ip_only']);
    expect(r.reasons[0].message).toContain(`reachable by IP ${ip} only, names don't resolve there`);
    expect((await ping(s.docker, c.b1.name, ip)).ok).toBe(true);
    expect((await nslookup(s.docker, c.b1.name, c.b2.name)).resolved).toBe(false);
  });

  it('(d) a host-mode target: reached at the gateway of the source’s network, where its port really answers', async () => {
    const r = await pair(c.a1, c.hostsvc);
    const inspect = await s.docker.getContainer(c.a1.id).inspect();
    const gateway = inspect.NetworkSettings.Networks[n.pair.name].Gateway;
    expect(r).toMatchObject({ reachable: true, names: [], ips: [gateway] });
    expect(codes(r)).toEqual(['target_host_mode']);
    const connect = await exec(s.docker, c.a1.name, ['nc', '-w', '2', gateway, String(hostPort), '-e', 'true']);
    expect(connect.exitCode, connect.output).toBe(0);
  });

  it('(e) a none-mode source reaches nothing', async () => {
    const r = await pair(c.isolated, c.a1);
    expect(r).toMatchObject({ reachable: false, routes: [] });
    expect(codes(r)).toEqual(['source_no_network']);
    expect((await ping(s.docker, c.isolated.name, await inspectedIp(c.a1, n.pair.name))).ok).toBe(false);
  });

  it('(f) a stopped target is not reachable, though it stays on the network', async () => {
    const r = await pair(c.a1, c.gone);
    expect(r).toMatchObject({ reachable: false, ips: [] });
    expect(codes(r)).toEqual(['target_stopped']);
    expect(r.reasons[0].message).toContain(`${c.gone.name} is not running (exited)`);
  });

  it('by full id as well as by name', async () => {
    const byId = await call(`from=${c.a1.id}&to=${c.a2.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(await pair(c.a1, c.a2));
  });

  it('the matrix of a compose project and of a network', async () => {
    const shop = await call(`project=${project}`);
    expect(shop.status).toBe(200);
    const m: ReachabilityMatrix = shop.body;
    expect(m.containers.map((x) => x.name)).toEqual([c.api.name, c.db.name, c.web.name]);
    const cell = (from: Created, to: Created) => m.cells[m.containers.findIndex((x) => x.id === from.id)][m.containers.findIndex((x) => x.id === to.id)];
    expect(cell(c.api, c.db).reachable).toBe(true);
    expect(cell(c.web, c.db).reachable).toBe(false);
    expect(cell(c.db, c.api).reachable).toBe(true);
    expect(codes(cell(c.web, c.web))).toEqual(['same_container']);

    const front = await call(`network=${n.front.name}`);
    expect(front.body.containers.map((x: { name: string }) => x.name)).toEqual([c.api.name, c.web.name]);
    const listed = await call(`containers=${c.web.name},${c.api.id}`);
    expect(listed.body.containers.map((x: { name: string }) => x.name)).toEqual([c.web.name, c.api.name]);
  });

  it('bad input is 400 naming the parameter, before the engine is read; unknown containers are 404 naming them', async () => {
    const read = vi.spyOn(defaultAtlas(), 'topology');
    for (const [query, field] of [['from=a1', 'to'], ['from=-x&to=y', 'from'], ['containers=a,,b', 'containers.1'], ['network=a%20b', 'network'], ['from=a&to=b&x=1', 'unknown field'], ['', 'query']]) {
      const answer = await call(query);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code).toBe('bad_request');
      expect(answer.body.error.message).toContain(field);
    }
    const many = Array.from({ length: 61 }, (_, i) => `c${i}`).join(',');
    expect((await call(`containers=${many}`)).status).toBe(400);
    expect(read).not.toHaveBeenCalled();

    const unknown = await call(`from=${c.a1.name}&to=nt-${s.runId}-nobody`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: 'not_found', message: `No container "nt-${s.runId}-nobody" on this engine (give its full id or exact name).` });
    expect((await call(`from=${c.a1.name}&to=${c.a2.id.slice(0, 12)}`)).status).toBe(404);
    expect((await call(`network=nt-${s.runId}-nowhere`)).status).toBe(404);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
  });

  it('sits behind the proxy like every route: a foreign Host is refused, the matcher covers /api/reachability', () => {
    const refused = proxy(new NextRequest('http://evil.example/api/reachability?from=a&to=b', { headers: { host: 'evil.example' } }));
    expect(refused.status).toBe(403);
    // Without a token, a request passes only with the peer stamp of a loopback connection (scripts/peer-stamp.cjs).
    const { header, secret } = (globalThis as Record<symbol, { header: string; secret: string }>)[Symbol.for('netatlas.peerStamp')];
    const passed = proxy(new NextRequest('http://127.0.0.1:3000/api/reachability?from=a&to=b', { headers: { host: '127.0.0.1:3000', [header]: `${secret} 127.0.0.1` } }));
    expect(passed.headers.get('x-middleware-next')).toBe('1');
    expect(config.matcher.some((m) => new RegExp(`^${m}$`).test('/api/reachability'))).toBe(true);
  });
});
