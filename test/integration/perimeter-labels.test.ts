/**
 * Label values through the production server: a container labelled with a Traefik basic-auth hash and
 * a network labelled with a database URL. The values appear in no answer (topology, the event stream
 * after a change, diagnostics, ports, the page, a create's answer) while the keys do; the allowlisted
 * compose labels keep their values; NETATLAS_SHOW_LABELS=traefik.* shows the Traefik value and only
 * that; an unusable NETATLAS_SHOW_LABELS is a configuration problem that shows nothing more. The
 * container's environment carries the database password too: no answer, the snapshot file included, has it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from '@/lib/topology/types';
import { parseSnapshot } from '@/lib/api/schemas/snapshot-schema';
import { rawRequest } from '../support/raw-http';
import { openSse } from '../support/sse-client';
import { createNetwork, freeHostPort, freeSubnet, withOwner } from '../support/test-engine';
import { useAppServer } from './support/perimeter';
import { useScenario, type Created } from './support/scenario';

const BASIC_AUTH = 'traefik.http.middlewares.auth.basicauth.users';
const HASH = 'admin:$apr1$secret$H6uskkkW';
const DB_URL = 'postgres://u:hunter2@db/app';
const SECRETS = ['$apr1$secret', 'hunter2'];

const expectNoSecret = (what: string, text: string) => {
  for (const secret of SECRETS) expect(text.includes(secret), `${what} carries "${secret}"`).toBe(false);
};

describe('label values through the production server', () => {
  const s = useScenario();
  // Each suite's own settings over the clean perimeter environment; one server at a time builds.
  const app = useAppServer({ port: 3243, env: { NETATLAS_SHOW_LABELS: undefined } });
  const shown = useAppServer({ port: 3244, env: { NETATLAS_SHOW_LABELS: 'traefik.*' } });
  const typo = useAppServer({ port: 3245, env: { NETATLAS_SHOW_LABELS: `traefik.*,db.url=${DB_URL}` } });
  let net: Created;
  let web: Created;
  let project: string;

  beforeAll(async () => {
    project = s.name('shop');
    const name = s.name('lbl-net');
    net = { id: (await createNetwork(s.docker, { name, subnet: await freeSubnet(s.docker), labels: { 'db.url': DB_URL } }, s.labels)).id, name };
    web = await s.container('lbl-web', {
      networkMode: net.name,
      ports: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: String(await freeHostPort()) }] },
      labels: { [BASIC_AUTH]: HASH, 'com.docker.compose.project': project, 'com.docker.compose.service': 'web' },
      env: ['PGPASSWORD=hunter2'],
    });
  });

  const get = async (port: number, path: string) => {
    const res = await rawRequest(port, { path });
    expect(res.status, `${path}: ${res.text.slice(0, 300)}`).toBe(200);
    return res;
  };

  it('GET /api/topology: the keys are there, the secret values withheld (null), the compose values kept', async () => {
    const res = await get(app().port, '/api/topology');
    expectNoSecret('/api/topology', res.text);
    const t = res.json as Topology;
    const c = t.containers.find((x) => x.id === web.id)!;
    expect(c.labels).toMatchObject({ [BASIC_AUTH]: null, 'com.docker.compose.project': project, 'com.docker.compose.service': 'web' });
    expect(c.compose).toEqual({ project, service: 'web' });
    expect(t.networks.find((n) => n.id === net.id)!.labels).toHaveProperty('db.url', null);
  });

  it('GET /api/events: nothing of the values in any message, before and after a change', async () => {
    const sse = await openSse(`${app().url}/api/events`);
    try {
      await sse.events.waitFor((m) => m.event === 'state' && m.data.state === 'live', { timeoutMs: 15_000, what: 'state live' });
      const from = sse.events.length;
      await s.container('lbl-late', { networkMode: net.name, labels: { [BASIC_AUTH]: HASH } });
      await sse.events.waitFor((m) => m.event === 'changes' && JSON.stringify(m.data).includes(net.id), { from, timeoutMs: 15_000, what: 'the connect' });
      expectNoSecret('the event stream', JSON.stringify(sse.events.entries));
      // What the browser reads on that message: the topology, still without the values.
      expectNoSecret('/api/topology after the change', (await get(app().port, '/api/topology')).text);
    } finally {
      sse.close();
    }
  });

  it('GET /api/snapshot: a download of the same map (netatlas.snapshot/1), without the values or the environment', async () => {
    const res = await get(app().port, '/api/snapshot');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="netatlas-snapshot-[A-Za-z0-9._-]+-\d{4}-\d\d-\d\dT[\d-]+Z\.json"$/);
    expectNoSecret('/api/snapshot', res.text);
    const parsed = parseSnapshot(res.text);
    if (!parsed.ok) throw new Error(`the server's own snapshot is refused: ${parsed.message}`);
    const snap = parsed.snapshot;
    expect(snap.format).toBe('netatlas.snapshot/1');
    expect(Math.abs(Date.now() - Date.parse(snap.takenAt))).toBeLessThan(60_000);
    // Other suites change the engine meanwhile: the same container as the page's map, field by field.
    const t = (await get(app().port, '/api/topology')).json as Topology;
    expect(snap.topology.containers.find((x) => x.id === web.id)).toEqual(t.containers.find((x) => x.id === web.id));
    expect(snap.topology.engines.map((e) => e.id)).toEqual(t.engines.map((e) => e.id));
  });

  it('GET /api/diagnostics, /api/ports and the page carry no value either', async () => {
    for (const path of ['/api/diagnostics', '/api/ports', '/api/history', '/']) expectNoSecret(path, (await get(app().port, path)).text);
  });

  it('POST /api/networks: the created network comes back with its secret label withheld', async () => {
    const port = app().port;
    const res = await rawRequest(port, {
      method: 'POST', path: '/api/networks',
      headers: { Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' },
      body: { name: s.name('lbl-new'), labels: withOwner(s.labels, { 'db.url': DB_URL }) },
    });
    expect(res.status, res.text.slice(0, 300)).toBe(201);
    expectNoSecret('the create answer', res.text);
    expect(res.json.labels).toHaveProperty('db.url', null);
  });

  it('NETATLAS_SHOW_LABELS=traefik.*: the Traefik value is shown, the database URL still withheld', async () => {
    const res = await get(shown().port, '/api/topology');
    const t = res.json as Topology;
    expect(t.containers.find((x) => x.id === web.id)!.labels[BASIC_AUTH]).toBe(HASH);
    expect(t.networks.find((n) => n.id === net.id)!.labels).toHaveProperty('db.url', null);
    expect(res.text).not.toContain('hunter2');
    expect(t.problems ?? []).toEqual([]);
  });

  it('an unusable NETATLAS_SHOW_LABELS is a configuration problem (without its content), and shows nothing more', async () => {
    const res = await get(typo().port, '/api/topology');
    expectNoSecret('/api/topology with a bad NETATLAS_SHOW_LABELS', res.text);
    const t = res.json as Topology;
    expect(t.problems).toContainEqual(expect.objectContaining({ file: 'NETATLAS_SHOW_LABELS' }));
    expect(t.containers.find((x) => x.id === web.id)!.labels[BASIC_AUTH]).toBeNull();
  });
});
