/**
 * Two real engines, each started by this file in its own network namespace (test/support/second-engine.ts),
 * configured through a netatlas.config.json of the test's own (NETATLAS_CONFIG, `"local": false`), and
 * the app's route handlers called as Next.js calls them:
 *  - both engines appear, each with its own network of the same name, kept apart by engineId; a third,
 *    wrong entry is on the map as misconfigured, its problem naming the file and field;
 *  - events from both arrive on the one subscription, each saying which engine;
 *  - actions go to the engine they name, and only there; a missing, unknown or malformed engine is
 *    refused before any engine call;
 *  - stopping one engine marks only that one unreachable: the other stays live and on the map, the
 *    stopped one's last known containers stay, marked stale; after its restart it is live again;
 *  - joined by a veth link into a swarm of two nodes (joined while netatlas watches), an overlay is
 *    listed once spanning both engines, with a task on each, and each node knows its engine.
 * Skipped, with the reason printed, only where a second engine cannot run (not root, no nsenter/ip).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as topologyRoute } from '@/app/api/topology/route';
import { defaultAtlas, resetDefaultAtlas } from '@/lib/engine/atlas/default-atlas';
import type { AtlasMessage } from '@/lib/engine/atlas/atlas-messages';
import type { Topology } from '@/lib/topology/types';
import { MessageLog } from '../support/message-log';
import { SecondEngine, secondEngineUnsupported } from '../support/second-engine';
import { TEST_IMAGE, TEST_LABEL, createContainer, createNetwork, newRunId } from '../support/test-engine';
import { api } from './support/routes';
import { createSwarmScenario, initTwoNodeSwarm, leaveSwarm, linkEngines } from './support/swarm-scenario';

const unsupported = secondEngineUnsupported();
if (unsupported) console.warn(`[multi-engine] SKIPPED: ${unsupported}. These tests need root, nsenter and ip to run two more dockerds.`);

async function topology(): Promise<{ status: number; body: Topology & { error?: { code: string } } }> {
  const res = await topologyRoute(new Request('http://127.0.0.1:3000/api/topology'));
  return { status: res.status, body: await res.json() };
}

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe.skipIf(Boolean(unsupported))(`two engines on one map${unsupported ? ` (skipped: ${unsupported})` : ''}`, () => {
  const runId = newRunId();
  const ha = new SecondEngine({ id: `a${runId.slice(-6)}`, pool: '10.207.0.0/16' });
  const hb = new SecondEngine({ id: `b${runId.slice(-6)}`, pool: '10.208.0.0/16' });
  const labels = { [TEST_LABEL]: runId };
  const app = `nt-${runId}-app`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-multi-'));
  const saved = { config: process.env.NETATLAS_CONFIG, image: process.env.NETATLAS_PROBE_IMAGE };
  const log = new MessageLog<AtlasMessage>();
  let unsubscribe = () => {};
  const ids = { appA: '', appB: '', webA: '', dbB: '' };
  let swarmed = false;

  beforeAll(async () => {
    await SecondEngine.removeStale();
    try {
      await Promise.all([ha.start(), hb.start()]);
      await Promise.all([ha.loadImage(TEST_IMAGE), hb.loadImage(TEST_IMAGE)]);
    } catch (err) {
      await Promise.all([ha.destroy(), hb.destroy()]);
      throw err;
    }
    const file = path.join(dir, 'netatlas.config.json');
    // A third entry is wrong (plain tcp to a non-loopback address): named, on the map, and the others load.
    fs.writeFileSync(file, JSON.stringify({ local: false, engines: [{ name: 'edge-a', host: ha.host }, { name: 'edge-b', host: hb.host }, { name: 'far', host: 'tcp://192.0.2.10:2375' }] }));
    process.env.NETATLAS_CONFIG = file;
    process.env.NETATLAS_PROBE_IMAGE = TEST_IMAGE;
    resetDefaultAtlas();
    ids.appA = (await createNetwork(ha.docker, { name: app, subnet: '10.207.50.0/24' }, labels)).id;
    ids.appB = (await createNetwork(hb.docker, { name: app, subnet: '10.208.50.0/24' }, labels)).id;
    ids.webA = (await createContainer(ha.docker, { name: `nt-${runId}-web`, networkMode: app, stopTimeout: 1 }, labels)).id;
    ids.dbB = (await createContainer(hb.docker, { name: `nt-${runId}-db`, networkMode: app, stopTimeout: 1 }, labels)).id;
    unsubscribe = defaultAtlas().subscribe(log.push);
    await log.waitFor((m) => m.type === 'state' && m.engines.filter((e) => e.id !== 'far').every((e) => e.state === 'live'), { timeoutMs: 20_000, what: 'both engines live' });
  }, 240_000);

  afterAll(async () => {
    unsubscribe();
    resetDefaultAtlas();
    if (swarmed) for (const h of [hb, ha]) await leaveSwarm(h);
    for (const [key, value] of [['NETATLAS_CONFIG', saved.config], ['NETATLAS_PROBE_IMAGE', saved.image]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(dir, { recursive: true, force: true });
    await Promise.all([ha.destroy(), hb.destroy()]);
  }, 120_000);

  it('both engines appear, each with its own network of the same name, kept apart by engineId', async () => {
    const { status, body } = await topology();
    expect(status).toBe(200);
    expect(body.engines.map((e) => [e.id, e.name, e.host, e.source, e.state])).toEqual([
      ['edge-a', 'edge-a', ha.host, 'config', 'live'], ['edge-b', 'edge-b', hb.host, 'config', 'live'], ['far', 'far', '', 'config', 'misconfigured'],
    ]);
    expect(body.problems).toEqual([{ file: process.env.NETATLAS_CONFIG, field: 'engines[2].host', message: expect.stringMatching(/loopback|TLS/i) }]);
    expect(body.engines[2].error?.message).toContain('engines[2].host');
    const apps = body.networks.filter((n) => n.name === app);
    expect(apps.map((n) => [n.id, n.engineId, n.subnets[0]?.subnet])).toEqual([
      [ids.appA, 'edge-a', '10.207.50.0/24'], [ids.appB, 'edge-b', '10.208.50.0/24'],
    ]);
    expect(body.networks.filter((n) => n.name === 'bridge').map((n) => n.engineId)).toEqual(['edge-a', 'edge-b']);
    const web = body.containers.find((c) => c.id === ids.webA)!;
    const db = body.containers.find((c) => c.id === ids.dbB)!;
    expect([web.engineId, db.engineId]).toEqual(['edge-a', 'edge-b']);
    expect(body.endpoints.find((e) => e.containerId === ids.dbB)?.networkId).toBe(ids.appB);
  });

  it('events from both engines arrive on one subscription, each saying which engine', async () => {
    const from = log.length;
    const x = await createNetwork(ha.docker, { name: `nt-${runId}-xa` }, labels);
    const y = await createNetwork(hb.docker, { name: `nt-${runId}-xb` }, labels);
    const fromA = await log.waitFor((m) => m.type === 'changes' && m.changes.some((c) => c.kind === 'network' && c.networkId === x.id), { from, what: 'create on edge-a' });
    const fromB = await log.waitFor((m) => m.type === 'changes' && m.changes.some((c) => c.kind === 'network' && c.networkId === y.id), { from, what: 'create on edge-b' });
    expect(fromA.message).toMatchObject({ engineId: 'edge-a', activity: [expect.objectContaining({ engineId: 'edge-a' })] });
    expect(fromB.message).toMatchObject({ engineId: 'edge-b' });
    const activity = defaultAtlas().activity.list();
    expect(activity.find((e) => e.networkId === y.id)?.engineId).toBe('edge-b');
  });

  it('a read that changes nothing answers the very same map; a change on one engine, a new map showing it', async () => {
    const atlas = defaultAtlas();
    // Settle reads after the last test's events may still replace a snapshot: wait for two reads alike.
    const pairs = () => Promise.all([atlas.topology(), atlas.topology()]);
    const [before, again] = await until(pairs, ([x, y]) => x === y);
    expect(again).toBe(before);
    const { id } = await createContainer(hb.docker, { name: `nt-${runId}-same`, networkMode: app, stopTimeout: 1 }, labels);
    const after = await until(() => atlas.topology(), (t) => t.containers.some((c) => c.id === id));
    expect(after).not.toBe(before);
    expect(after.containers.find((c) => c.id === id)?.engineId).toBe('edge-b');
    const [settled, same] = await until(pairs, ([x, y]) => x === y);
    expect(same).toBe(settled);
    expect(settled.containers.some((c) => c.id === id)).toBe(true);
  });

  it('actions go to the engine they name, and only there', async () => {
    const name = `nt-${runId}-made-on-b`;
    const created = await createOn('edge-b', name);
    expect(created.status).toBe(201);
    expect(created.body.engineId).toBe('edge-b');
    expect((await hb.docker.listNetworks({ filters: { name: [name] } })).map((n) => n.Name)).toEqual([name]);
    expect(await ha.docker.listNetworks({ filters: { name: [name] } })).toEqual([]);

    const connect = await api.connect(created.body.id, { container: ids.dbB }, { engine: 'edge-b' });
    expect(connect.status).toBe(200);
    const inspected = await hb.docker.getContainer(ids.dbB).inspect();
    expect(Object.keys(inspected.NetworkSettings.Networks)).toContain(name);
    // The same container id does not exist on edge-a: the engine there says so, nothing changes on b.
    const wrong = await api.disconnect(created.body.id, { container: ids.dbB }, { engine: 'edge-a' });
    expect(wrong.status).toBe(404);
    expect(Object.keys((await hb.docker.getContainer(ids.dbB).inspect()).NetworkSettings.Networks)).toContain(name);
  });

  it('a missing, unknown or malformed engine is refused before any engine call, naming the engines', async () => {
    const name = `nt-${runId}-nowhere`;
    const missing = await api.create({ name });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/edge-a, edge-b, far/);
    const far = await createOn('far', name);
    expect(far.status).toBe(503);
    expect(far.body.error).toMatchObject({ code: 'engine_misconfigured', message: expect.stringContaining('engines[2].host') });
    const unknown = await createOn('edge-c', name);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('No engine "edge-c"');
    const malformed = await createOn('Edge A!', name);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/^engine:/);
    for (const h of [ha, hb]) expect(await h.docker.listNetworks({ filters: { name: [name] } })).toEqual([]);
  });

  it('stopping one engine marks only that one unreachable; its last containers stay, stale; it comes back', async () => {
    const from = log.length;
    await hb.stop();
    const down = await log.waitFor((m) => m.type === 'state' && m.engines.some((e) => e.id === 'edge-b' && e.state !== 'live'), { from, timeoutMs: 10_000, what: 'edge-b down' });
    expect(down.message).toMatchObject({ state: 'live', engines: [{ id: 'edge-a', state: 'live' }, { id: 'edge-b' }, { id: 'far', state: 'misconfigured' }] });
    const t0 = Date.now();
    const { status, body } = await topology();
    expect(Date.now() - t0).toBeLessThan(5_000); // the stopped engine does not hold the map up
    expect(status).toBe(200);
    const b = body.engines.find((e) => e.id === 'edge-b')!;
    expect(b).toMatchObject({ state: expect.stringMatching(/reconnecting|unreachable/), stale: true, error: { code: 'engine_unreachable' } });
    expect(body.engines.find((e) => e.id === 'edge-a')).toMatchObject({ state: 'live', stale: false });
    expect(body.containers.find((c) => c.id === ids.dbB)?.engineId).toBe('edge-b');
    expect(body.containers.find((c) => c.id === ids.webA)?.engineId).toBe('edge-a');
    const refused = await createOn('edge-b', `nt-${runId}-while-down`);
    expect(refused.status).toBe(503);

    await hb.start();
    const back = await until(topology, (t) => t.body.engines?.filter((e) => e.id !== 'far').every((e) => e.state === 'live'));
    expect(back.body.engines.map((e) => [e.id, e.state, e.stale])).toEqual([['edge-a', 'live', false], ['edge-b', 'live', false], ['far', 'misconfigured', false]]);
  });

  it('a swarm across both engines: the overlay once, spanning both; a task on each; each node knows its engine', async () => {
    await initTwoNodeSwarm(ha, hb, linkEngines(ha, hb, '10.250.4'), '10.217.0.0/16');
    swarmed = true;
    const scenario = await createSwarmScenario(ha, { label: labels, subnet: '10.217.1.0/24', publishedPort: 8081 });
    const seen = await until(topology, (t) => t.body.networks?.find((n) => n.id === scenario.networkId)?.engineIds.length === 2
      && t.body.swarms?.[0]?.services.some((x) => x.tasks.filter((k) => k.state === 'running' && k.containerId).length === 2) === true
      && t.body.swarms[0].nodes.every((n) => n.engineId !== null));
    const { body } = seen;
    const overlay = body.networks.filter((n) => n.name === scenario.network);
    expect(overlay.map((n) => [n.id, n.scope, [...n.engineIds].sort()])).toEqual([[scenario.networkId, 'swarm', ['edge-a', 'edge-b']]]);
    const [swarm] = body.swarms;
    expect(swarm.nodes.map((n) => [n.role, n.engineId]).sort()).toEqual([['manager', 'edge-a'], ['worker', 'edge-b']]);
    const web = swarm.services.find((x) => x.name === scenario.service)!;
    const running = web.tasks.filter((k) => k.state === 'running');
    const engineOfNode = new Map(swarm.nodes.map((n) => [n.id, n.engineId]));
    expect(running.map((k) => body.containers.find((c) => c.id === k.containerId)?.engineId).sort()).toEqual(['edge-a', 'edge-b']);
    for (const k of running) expect(body.containers.find((c) => c.id === k.containerId)?.engineId).toBe(engineOfNode.get(k.nodeId));
    // The worker's task learns its service's names from the manager's swarm, read on the other engine.
    const onWorker = running.find((k) => engineOfNode.get(k.nodeId) === 'edge-b')!;
    const endpoint = body.endpoints.find((e) => e.containerId === onWorker.containerId && e.networkId === scenario.networkId)!;
    expect(endpoint.dnsNames).toEqual(expect.arrayContaining([scenario.service, `tasks.${scenario.service}`]));
    expect(body.engines.find((e) => e.id === 'edge-b')?.info).toMatchObject({ swarmManager: false, swarmNodeId: onWorker.nodeId });

    // Prove it across hosts: the helper runs on edge-a in nt-solo's stack; the task runs on edge-b.
    const probe = await api.probe({ from: scenario.soloId, to: onWorker.containerId, port: 80 }, { engine: 'edge-a' });
    expect(probe.status, JSON.stringify(probe.body)).toBe(200);
    const tried = new Map(probe.body.results.map((r: { target: string }) => [r.target, r]));
    const taskIp = onWorker.addresses.find((a) => a.networkId === scenario.networkId)!.ip;
    expect(tried.get(taskIp)).toMatchObject({ connect: expect.stringMatching(/ok|refused/) }); // a reset from the task: the path works
    expect(tried.get(`tasks.${scenario.service}`)).toMatchObject({ connect: expect.stringMatching(/ok|refused/) });
    expect(probe.body.prediction.reasons[0].code).toBe('shared_network');
    // Only its overlay address is tried from the other host: its ingress/bridge addresses mean nothing there.
    expect(probe.body.results.filter((r: { kind: string }) => r.kind === 'ip').map((r: { target: string }) => r.target)).toEqual([taskIp]);
  });

  it('a probe between hosts with no network in common agrees that nothing gets through', async () => {
    const db2 = await createContainer(hb.docker, { name: `nt-${runId}-db2`, networkMode: app, stopTimeout: 1 }, labels);
    const probe = await api.probe({ from: ids.webA, to: db2.id, protocol: 'icmp' }, { engine: 'edge-a' });
    expect(probe.status, JSON.stringify(probe.body)).toBe(200);
    expect(probe.body.prediction).toMatchObject({ reachable: false, reasons: [expect.objectContaining({ code: 'other_host' })] });
    expect(probe.body.reachable).toBe(false);
    expect(probe.body.disagreements).toEqual([]);
  });
});

function createOn(engine: string, name: string) {
  return api.create({ name }, { engine });
}
