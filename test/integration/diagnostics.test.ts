/**
 * The network doctor on the real engine, through GET /api/diagnostics: each classic mistake planted
 * with real containers (environment values set on them, real published ports, a real port conflict)
 * is found and names the right containers; a clean setup of its own gets no finding; and no
 * environment value ever reaches the response. The engine is shared (other runs, a demo), so every
 * assertion looks only at findings about this file's containers and networks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticRule } from '@/lib/analysis/diagnostic-types';
import { freeHostPort, nslookup } from '../support/test-engine';
import { analysis, stopWatcher, until } from './support/analysis-routes';
import { containerNamed, useScenario, type Created } from './support/scenario';

describe('GET /api/diagnostics on the real engine', () => {
  const s = useScenario();
  const c: Record<string, Created> = {};
  const n: Record<string, Created> = {};
  const port: Record<string, number> = {};
  let findings: Diagnostic[] = [];
  let responseText = '';

  const about = (id: string) => findings.filter((d) => d.subjects.some((x) => x.id === id));
  const ruled = (rule: DiagnosticRule, id: string) => about(id).filter((d) => d.rule === rule);
  const names = (d: Diagnostic) => d.subjects.map((x) => x.name);

  beforeAll(async () => {
    for (const k of ['db', 'cache', 'shared']) port[k] = await freeHostPort();
    const app = await s.network('app');
    n.app = app;
    const gateway = app.subnet.replace(/\.0\/24$/, '.1');
    // Two containers on the default bridge, one naming the other.
    c.legacyApi = await s.container('legacy-api');
    c.legacyWeb = await s.container('legacy-web', { env: [`API_HOST=${s.name('legacy-api')}`, 'API_PORT=8080'] });
    // On a user network: a postgres port on every interface, a cache on 127.0.0.1 only.
    c.db = await s.container('db', { networkMode: app.name, expose: ['5432/tcp'], ports: { '5432/tcp': [{ HostPort: String(port.db) }] } });
    c.cache = await s.container('cache', { networkMode: app.name, ports: { '6379/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port.cache) }] } });
    // localhost for another container (with a secret in the value), and a detour through the host's published port.
    c.api = await s.container('api', { networkMode: app.name, env: ['DB_PASSWORD=hunter2', 'DB_URL=postgres://u:hunter2@localhost:5432/x'] });
    c.worker = await s.container('worker', { networkMode: app.name, env: [`CACHE_URL=redis://:hunter2@${gateway}:${port.cache}/0`] });
    // A real port conflict.
    c.holder = await s.container('holder', { ports: { '80/tcp': [{ HostPort: String(port.shared) }] } });
    c.late = await s.container('late', { start: false, ports: { '80/tcp': [{ HostPort: String(port.shared) }] } });
    await s.docker.getContainer(c.late.id).start().catch(() => undefined);
    // An empty network, and a frontend/backend split with the database on the frontend too.
    n.unused = await s.network('unused');
    n.front = await s.network('front');
    n.back = await s.network('back');
    c.feWeb = await s.container('fe-web', { networkMode: n.front.name });
    c.feApi = await s.container('fe-api', { networkMode: n.front.name, networks: [{ name: n.back.name }] });
    c.fePg = await s.container('fe-pg', { networkMode: n.back.name, expose: ['5432/tcp'], networks: [{ name: n.front.name }] });
    // The clean setup: its own network, names on it, the database on 127.0.0.1 only.
    n.clean = await s.network('clean-net');
    c.cleanDb = await s.container('clean-db', { networkMode: n.clean.name, expose: ['5432/tcp'], ports: { '5432/tcp': [{ HostIp: '127.0.0.1', HostPort: String(await freeHostPort()) }] } });
    c.cleanApi = await s.container('clean-api', {
      networkMode: n.clean.name,
      env: [`DB_HOST=${s.name('clean-db')}`, 'DB_PORT=5432', `DATABASE_URL=postgres://app:hunter2@${s.name('clean-db')}:5432/app`, 'LISTEN_ADDR=0.0.0.0:8080', 'NO_PROXY=localhost,127.0.0.1'],
    });
    const ready = (a: Awaited<ReturnType<typeof analysis.diagnostics>>) =>
      a.status === 200 && [c.legacyWeb, c.api, c.worker, c.late, c.fePg].every((x) => a.body.some((d: Diagnostic) => d.subjects.some((y) => y.id === x.id)));
    const answer = await until(() => analysis.diagnostics(), ready);
    expect(answer.status).toBe(200);
    findings = answer.body;
    responseText = answer.text;
  });

  afterAll(() => stopWatcher());

  it('two containers on the default bridge, one naming the other: the name really does not resolve, and the doctor says so', async () => {
    expect((await nslookup(s.docker, c.legacyWeb.name, c.legacyApi.name)).resolved).toBe(false);
    const [d, ...rest] = ruled('name_on_default_bridge', c.legacyWeb.id);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('error');
    expect(names(d).sort()).toEqual([c.legacyApi.name, c.legacyWeb.name].sort());
    expect(d.message).toContain('API_HOST');
    expect(d.fix.steps?.map((x) => x.action)).toEqual(['create-network', 'connect', 'connect']);
    expect(ruled('no_user_network', c.legacyWeb.id)).toHaveLength(1);
  });

  it('localhost for another container: api → db', () => {
    const [d, ...rest] = ruled('localhost_to_other', c.api.id);
    expect(rest).toEqual([]);
    expect(names(d)).toEqual([c.api.name, c.db.name]);
    expect(d.message).toContain('DB_URL');
    expect(d.fix.text).toContain(n.app.name);
  });

  it('a detour through the gateway and the cache’s published port: worker → cache, both on app', () => {
    const [d, ...rest] = ruled('via_published_port', c.worker.id);
    expect(rest).toEqual([]);
    expect(names(d)).toEqual([c.worker.name, c.cache.name, n.app.name]);
    expect(d.fix.text).toContain(`${c.cache.name}:6379`);
  });

  it('the database on every interface is flagged; the cache on 127.0.0.1 only is not', () => {
    expect(ruled('datastore_on_all_interfaces', c.db.id).map(names)).toEqual([[c.db.name]]);
    expect(ruled('datastore_on_all_interfaces', c.cache.id)).toEqual([]);
  });

  it('the port conflict names the container that could not start and the one holding the port', async () => {
    expect(containerNamed(await s.topology(), c.late.name).startError).toMatch(/port is already allocated|address already in use/);
    const [d] = ruled('host_port_conflict', c.late.id);
    expect(d).toMatchObject({ severity: 'error' });
    expect(names(d)).toEqual([c.late.name, c.holder.name]);
  });

  it('the empty network, with a remove step', () => {
    const [d] = ruled('empty_network', n.unused.id);
    expect(d.fix.steps).toEqual([{ action: 'remove-network', network: n.unused.name }]);
  });

  it('frontend/backend split: fe-web reaches fe-pg on the frontend network; fe-api (on both) is not blamed', () => {
    const [d, ...rest] = ruled('frontend_reaches_datastore', c.fePg.id);
    expect(rest).toEqual([]);
    expect(names(d)).toEqual([c.fePg.name, n.front.name, c.feWeb.name]);
    expect(d.fix.steps).toEqual([{ action: 'disconnect', network: n.front.name, container: c.fePg.name }]);
  });

  it('no finding about the clean setup', () => {
    for (const x of [c.cleanDb, c.cleanApi, n.clean]) expect(about(x.id), x.name).toEqual([]);
  });

  it('no environment value in the response: the planted password is nowhere', () => {
    expect(responseText).toContain('DB_URL');
    expect(responseText).not.toContain('hunter2');
  });
});
