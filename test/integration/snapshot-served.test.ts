/**
 * A snapshot taken from the real engine, then served by NETATLAS_SNAPSHOT with DOCKER_HOST pointed at
 * a socket nobody listens on: every read answers the snapshot's map (the doctor's findings saved with
 * it included), every change and the probe answer 409 `snapshot` after their input was checked, the
 * event stream 409 too, and a file that is not a whole snapshot is refused in words — by the routes,
 * and by `npm start`, which does not start on it. The route handlers run in this process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as topologyRoute } from '@/app/api/topology/route';
import { GET as snapshotRoute } from '@/app/api/snapshot/route';
import { GET as diagnosticsRoute } from '@/app/api/diagnostics/route';
import { GET as portsRoute } from '@/app/api/ports/route';
import { GET as reachRoute } from '@/app/api/reachability/route';
import { GET as healthRoute } from '@/app/api/health/route';
import { GET as eventsRoute } from '@/app/api/events/route';
import { parseSnapshot, type Snapshot } from '@/lib/api/schemas/snapshot-schema';
import { resetDefaultAtlas } from '@/lib/engine/atlas/default-atlas';
import { freeHostPort } from '../support/test-engine';
import { spawnStartScript, startAppServer, stopStartScript } from '../support/app-server';
import { rawRequest } from '../support/raw-http';
import { CLEAN_PERIMETER_ENV } from './support/perimeter';
import { api } from './support/routes';
import { useScenario, type Created } from './support/scenario';

const NOWHERE = 'unix:///tmp/netatlas-snapshot-test-nowhere.sock';
const SECRET = 'snapshot-hunter2';
const get = (route: (r: Request) => Promise<Response> | Response, url: string) => route(new Request(`http://127.0.0.1:3000${url}`));
const body = async (res: Response) => ({ status: res.status, json: await res.json() });

describe('NETATLAS_SNAPSHOT: a real engine\'s snapshot served with no engine', () => {
  const s = useScenario();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-snapshot-'));
  const file = path.join(dir, 'snapshot.json');
  const saved = { snapshot: process.env.NETATLAS_SNAPSHOT, host: process.env.DOCKER_HOST };
  let net: Created;
  let api1: Created;
  let db: Created;
  let snapshot: Snapshot;
  let text: string;

  beforeAll(async () => {
    net = await s.network('snap-net');
    db = await s.container('snap-db', { networkMode: net.name, expose: ['5432/tcp'] });
    // A classic mistake the doctor finds only with the container's environment: localhost for the database.
    api1 = await s.container('snap-api', { networkMode: net.name, env: [`DATABASE_URL=postgres://app:${SECRET}@localhost:5432/app`], ports: { '8000/tcp': [{ HostIp: '127.0.0.1', HostPort: String(await freeHostPort()) }] } });
    const res = await snapshotRoute();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="netatlas-snapshot-.+\.json"$/);
    text = await res.text();
    const parsed = parseSnapshot(text);
    if (!parsed.ok) throw new Error(parsed.message);
    snapshot = parsed.snapshot;
    fs.writeFileSync(file, text);
    process.env.NETATLAS_SNAPSHOT = file;
    process.env.DOCKER_HOST = NOWHERE;
    resetDefaultAtlas();
  });

  afterAll(() => {
    for (const [key, value] of [['NETATLAS_SNAPSHOT', saved.snapshot], ['DOCKER_HOST', saved.host]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetDefaultAtlas();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the snapshot holds the map, the doctor\'s finding that needs the environment, and no environment value', () => {
    expect(snapshot.topology.containers.map((c) => c.name)).toEqual(expect.arrayContaining([api1.name, db.name]));
    const finding = snapshot.diagnostics?.find((d) => d.rule === 'localhost_to_other' && d.subjects.some((x) => x.id === api1.id));
    expect(finding?.message).toContain('DATABASE_URL');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('postgres://');
  });

  it('GET /api/topology, /api/diagnostics and /api/snapshot answer the file, with the engine gone', async () => {
    const topology = await body(await topologyRoute(new Request('http://127.0.0.1:3000/api/topology')));
    expect(topology.status).toBe(200);
    expect(topology.json).toEqual(snapshot.topology);
    expect((await body(await diagnosticsRoute())).json).toEqual(snapshot.diagnostics);
    expect(await (await snapshotRoute()).text()).toBe(JSON.stringify(snapshot, null, 2));
  });

  it('the host-port map and reachability work on it', async () => {
    const ports = await body(await get(portsRoute, '/api/ports'));
    expect(ports.status).toBe(200);
    expect(JSON.stringify(ports.json)).toContain(api1.name);
    const reach = await body(await get(reachRoute, `/api/reachability?from=${api1.name}&to=${db.name}`));
    expect(reach.status).toBe(200);
    expect(reach.json.reachable).toBe(true);
  });

  it('GET /api/health says it shows a snapshot, of when and which host', async () => {
    const health = await body(await healthRoute());
    expect(health.json).toMatchObject({ ok: true, snapshot: { takenAt: snapshot.takenAt, host: snapshot.topology.engine.name }, engines: [] });
  });

  it('changes, the probe and the labs answer 409 snapshot in words; bad input is still 400 first', async () => {
    for (const answer of [
      await api.create({ name: s.name('snap-new') }),
      await api.connect(net.name, { container: db.name }),
      await api.disconnect(net.name, { container: db.name }),
      await api.remove(net.name),
      await api.probe({ from: api1.name, to: db.name, port: 5432 }),
      await api.lab('multi-tier', 'setup'),
      await api.lab('multi-tier', 'check'),
      await api.lab('multi-tier', 'reset'),
    ]) {
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe('snapshot');
      expect(answer.body.error.message).toMatch(/^netatlas shows a snapshot \(taken at .+ on host .+\), not a live engine: nothing can be changed or probed\.$/);
    }
    expect((await api.create({ name: 'bad name!' })).status).toBe(400);
    expect((await api.connect(net.name, { container: db.name, surprise: 1 })).status).toBe(400);
    expect((await api.lab('no-such-lab', 'check')).status).toBe(400);
  });

  it('GET /api/events answers 409 snapshot: there is nothing to follow', async () => {
    const events = await body(await get(eventsRoute, '/api/events'));
    expect(events.status).toBe(409);
    expect(events.json.error.message).toContain('no events to follow');
  });

  it('a file that is not a whole snapshot is refused by the routes, naming the file and the problem', async () => {
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify({ ...snapshot, topology: { ...snapshot.topology, containers: 'none' } }));
    process.env.NETATLAS_SNAPSHOT = broken;
    try {
      const answer = await body(await topologyRoute(new Request('http://127.0.0.1:3000/api/topology')));
      expect(answer.status).toBe(503);
      expect(answer.json.error.message).toBe(`NETATLAS_SNAPSHOT=${broken}: This snapshot cannot be opened: topology.containers: expected a list, got a string.`);
    } finally {
      process.env.NETATLAS_SNAPSHOT = file;
    }
  });

  it('the production server (npm start) serves it the same way: reads 200, events and changes 409, the page says snapshot', async () => {
    const app = await startAppServer({ port: 3247, env: { ...CLEAN_PERIMETER_ENV, NETATLAS_SNAPSHOT: file, DOCKER_HOST: NOWHERE, NETATLAS_CONFIG: '', DOCKER_CONTEXT: '' } });
    try {
      const topology = await rawRequest(app.port, { path: '/api/topology' });
      expect(topology.status).toBe(200);
      expect(topology.json).toEqual(snapshot.topology);
      const events = await rawRequest(app.port, { path: '/api/events' });
      expect(events.status).toBe(409);
      expect((events.json as { error: { code: string } }).error.code).toBe('snapshot');
      const create = await rawRequest(app.port, { method: 'POST', path: '/api/networks', headers: { Origin: app.url, 'Content-Type': 'application/json' }, body: { name: s.name('snap-x') } });
      expect(create.status).toBe(409);
      expect((await rawRequest(app.port, { path: '/api/health' })).json).toMatchObject({ ok: true, snapshot: { takenAt: snapshot.takenAt } });
    } finally {
      await app.stop();
    }
  }, 360_000);

  it('npm start refuses to start on a file that is not a snapshot, and says why', async () => {
    const port = await freeHostPort();
    const child = spawnStartScript(port, { env: { NETATLAS_SNAPSHOT: path.join(dir, 'missing.json'), DOCKER_HOST: NOWHERE }, stdio: 'pipe' });
    let output = '';
    child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    try {
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 120_000);
        child.once('close', (c) => { clearTimeout(timer); resolve(c ?? 128); });
      });
      expect(code, output).toBe(1);
      expect(output).toContain(`NETATLAS_SNAPSHOT=${path.join(dir, 'missing.json')}: no such file.`);
    } finally {
      await stopStartScript(child, port);
    }
  }, 150_000);
});
