/**
 * The live path against the real engine: every docker CLI action a user takes reaches the
 * EngineWatcher as a `changes` message naming it with the right ids, the engine's doubled disconnect
 * arrives once, and the next topology read shows the change. One test goes through the built app's
 * SSE endpoint (GET /api/events), as the browser does. Latencies (CLI command issued -> message
 * received) are printed, not asserted: they depend on the machine and its load.
 *
 * The engine is shared (other suites may run next door): every wait matches on this file's ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDockerHost } from '@/lib/engine/docker-host';
import { EngineClient } from '@/lib/engine/engine-client';
import { EngineWatcher, type WatchMessage } from '@/lib/engine/engine-watcher';
import { readTopology } from '@/lib/engine/read-topology';
import type { ActivityEntry, EngineChange } from '@/lib/topology/engine-change';
import type { Topology } from '@/lib/topology/types';
import { applyTopologyDiff } from '@/lib/topology/apply-topology-diff';
import { startAppServer, type AppServer } from '../support/app-server';
import { dockerCli, labelArgs } from '../support/docker-cli';
import { MessageLog } from '../support/message-log';
import { openSse, type SseEvent, type SseStream } from '../support/sse-client';
import { TEST_IMAGE, freeSubnet } from '../support/test-engine';
import { LatencyBook, changesOf, changesSince, containerChange, networkChange } from './support/live-actions';
import { useScenario, type Created } from './support/scenario';

/** A user-defined bridge from the CLI, on an explicit free /24 (retried when another run took it meanwhile). */
async function cliNetwork(s: ReturnType<typeof useScenario>, short: string, base: string) {
  for (let attempt = 1; ; attempt++) {
    const subnet = await freeSubnet(s.docker, base);
    try {
      const { out, issuedAt } = await dockerCli('network', 'create', '--subnet', subnet, ...labelArgs(s.labels), s.name(short));
      return { id: out, name: s.name(short), subnet, issuedAt };
    } catch (err) {
      if (attempt >= 5 || !/overlap/i.test(String((err as Error).message))) throw err;
    }
  }
}

/** `docker run -d` of a labelled sleeper on `network`; lookups stay inside the container. */
function runArgs(s: ReturnType<typeof useScenario>, short: string, network: string): string[] {
  return ['run', '-d', '--name', s.name(short), ...labelArgs(s.labels), '--network', network, '--dns', '127.0.0.1', TEST_IMAGE, 'sleep', 'infinity'];
}

const sameSubnet = (ip: string | null, subnet: string) => ip !== null && ip.split('.').slice(0, 3).join('.') === subnet.split('.').slice(0, 3).join('.');

describe('live events from the watcher', () => {
  const s = useScenario();
  const book = new LatencyBook();
  const client = new EngineClient(parseDockerHost(process.env.DOCKER_HOST));
  // No reconciliation during the file: every message here must come from an engine event.
  const watcher = new EngineWatcher(client, { reconcileMs: 600_000 });
  const log = new MessageLog<WatchMessage>();
  let unsubscribe = () => {};
  let n1: Awaited<ReturnType<typeof cliNetwork>>;
  let n2: Created & { subnet: string };
  let c1: Created;

  /** Runs a CLI command and waits for the change it must cause; returns the change and where the log stood before. */
  async function act(action: string, want: (id: string) => (c: EngineChange) => boolean, ...args: string[]) {
    const from = log.length;
    const { out, issuedAt } = await dockerCli(...args);
    const change = await book.expect(log, changesOf, { action, issuedAt, from, want: want(out) });
    return { out, change, from };
  }

  const topology = (): Promise<Topology> => readTopology(client);
  const activitySince = (from: number): ActivityEntry[] =>
    log.since(from).flatMap((e) => (e.message.type === 'changes' ? e.message.activity : []));

  beforeAll(async () => {
    unsubscribe = watcher.subscribe(log.push);
    await log.waitFor((m) => m.type === 'state' && m.state === 'live', { timeoutMs: 15_000, what: 'state live' });
  });

  afterAll(() => {
    unsubscribe();
    watcher.stop();
    console.log(book.summary('[live-events] event latency, watcher'));
  });

  it('starts with a resync, then goes live', () => {
    const kinds = log.entries.map((e) => (e.message.type === 'state' ? `state:${e.message.state}` : e.message.type));
    expect(kinds.indexOf('resync')).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf('resync')).toBeLessThan(kinds.indexOf('state:live'));
    expect(watcher.state.state).toBe('live');
  });

  it('docker network create: a network create change with its id', async () => {
    const from = log.length;
    n1 = await cliNetwork(s, 'n1', '10.232');
    const change = await book.expect(log, changesOf, { action: 'network create', issuedAt: n1.issuedAt, from, want: networkChange('create', n1.id) });
    expect(change).toMatchObject({ kind: 'network', networkId: n1.id, networkName: n1.name });
    const t = await topology();
    expect(t.networks.find((n) => n.id === n1.id)).toMatchObject({ name: n1.name, subnets: [expect.objectContaining({ subnet: n1.subnet })] });
  });

  it('docker run: container create, connect to its network, start', async () => {
    const { out: id, from } = await act('docker run (create)', (cid) => containerChange('create', cid), ...runArgs(s, 'c1', n1.name));
    c1 = { id, name: s.name('c1') };
    await log.waitFor((m) => changesOf(m).some(containerChange('start', id)), { from, what: 'start of c1' });
    await log.waitFor((m) => changesOf(m).some(networkChange('connect', n1.id, id)), { from, what: 'connect of c1 to n1' });
    expect(changesSince(log, from, containerChange('create', id), changesOf)[0]).toMatchObject({ containerName: c1.name });
    const t = await topology();
    expect(t.containers.find((c) => c.id === id)).toMatchObject({ name: c1.name, state: 'running' });
    const e = t.endpoints.find((x) => x.containerId === id && x.networkId === n1.id);
    expect(e && sameSubnet(e.ipv4, n1.subnet), `endpoint ${JSON.stringify(e)} in ${n1.subnet}`).toBe(true);
  });

  it('docker network connect --alias: a connect change; the endpoint has the alias', async () => {
    n2 = await s.network('n2');
    const { change, from } = await act('network connect --alias', () => networkChange('connect', n2.id, c1.id),
      'network', 'connect', '--alias', 'live-alias', n2.name, c1.name);
    expect(change).toMatchObject({ kind: 'network', action: 'connect', networkId: n2.id, containerId: c1.id });
    expect(activitySince(from).map((a) => a.text)).toContain(`${c1.name} connected to ${n2.name}`);
    const e = (await topology()).endpoints.find((x) => x.containerId === c1.id && x.networkId === n2.id);
    expect(e?.aliases).toContain('live-alias');
    expect(e?.dnsNames).toContain('live-alias');
    expect(e && sameSubnet(e.ipv4, n2.subnet)).toBe(true);
  });

  // Flaky while the known watcher bug stands (see live-faults.test.ts, "announces each ... once"): when
  // another event on the shared engine opened the debounce window just before, the duplicate escapes
  // (the same holds for the disconnect of the `rm -f` test below).
  it('docker network disconnect: one disconnect change (the engine emits two); the endpoint is gone', async () => {
    const { from } = await act('network disconnect', () => networkChange('disconnect', n2.id, c1.id), 'network', 'disconnect', n2.name, c1.name);
    await log.quiet(500, 5_000);
    const seen = log.since(from).filter((e) => changesOf(e.message).some(networkChange('disconnect', n2.id, c1.id)));
    expect(
      changesSince(log, from, networkChange('disconnect', n2.id, c1.id), changesOf),
      `disconnect changes, received at ${seen.map((e) => e.at).join(', ')}: ${JSON.stringify(seen.map((e) => changesOf(e.message)))}`,
    ).toHaveLength(1);
    expect(activitySince(from).filter((a) => a.text === `${c1.name} disconnected from ${n2.name}`)).toHaveLength(1);
    const t = await topology();
    expect(t.endpoints.filter((x) => x.containerId === c1.id).map((x) => x.networkId)).toEqual([n1.id]);
  });

  it('docker stop: a die change; the container is exited and keeps its endpoint without an address', async () => {
    const { change } = await act('stop', () => containerChange('die', c1.id), 'stop', '-t', '0', c1.name);
    expect(change.containerId).toBe(c1.id);
    const t = await topology();
    expect(t.containers.find((c) => c.id === c1.id)?.state).toBe('exited');
    expect(t.endpoints.find((x) => x.containerId === c1.id && x.networkId === n1.id)).toMatchObject({ ipv4: null });
  });

  it('docker start: a start change; running again with an address', async () => {
    await act('start', () => containerChange('start', c1.id), 'start', c1.name);
    const t = await topology();
    expect(t.containers.find((c) => c.id === c1.id)?.state).toBe('running');
    const e = t.endpoints.find((x) => x.containerId === c1.id && x.networkId === n1.id);
    expect(e && sameSubnet(e.ipv4, n1.subnet), `endpoint ${JSON.stringify(e)} in ${n1.subnet}`).toBe(true);
  });

  it('docker rename: a rename change with old and new name; the topology has the new name', async () => {
    const renamed = s.name('c1-renamed');
    const { change, from } = await act('rename', () => containerChange('rename', c1.id), 'rename', c1.name, renamed);
    expect(change).toMatchObject({ containerId: c1.id, containerName: renamed, oldName: c1.name });
    expect(activitySince(from).map((a) => a.text)).toContain(`${c1.name} renamed to ${renamed}`);
    const t = await topology();
    expect(t.containers.find((c) => c.id === c1.id)?.name).toBe(renamed);
    expect(t.containers.some((c) => c.name === c1.name)).toBe(false);
    c1 = { id: c1.id, name: renamed };
  });

  it('docker rm -f: die, one disconnect and destroy; the container and its endpoints are gone', async () => {
    const { from } = await act('rm -f', () => containerChange('destroy', c1.id), 'rm', '-f', c1.name);
    await log.quiet(500, 5_000);
    expect(changesSince(log, from, containerChange('die', c1.id), changesOf)).toHaveLength(1);
    expect(changesSince(log, from, networkChange('disconnect', n1.id, c1.id), changesOf)).toHaveLength(1);
    expect(activitySince(from).map((a) => a.text)).toContain(`container ${c1.name} removed`);
    const t = await topology();
    expect(t.containers.some((c) => c.id === c1.id)).toBe(false);
    expect(t.endpoints.some((x) => x.containerId === c1.id)).toBe(false);
  });

  it('docker network rm: a network destroy change; the network is gone', async () => {
    const { change, from } = await act('network rm', () => networkChange('destroy', n1.id), 'network', 'rm', n1.name);
    expect(change).toMatchObject({ kind: 'network', networkId: n1.id });
    expect(activitySince(from).map((a) => a.text)).toContain(`network ${n1.name} removed`);
    expect((await topology()).networks.some((n) => n.id === n1.id)).toBe(false);
  });

  it('stayed live throughout: no reconnect, no error', () => {
    expect(log.entries.filter((e) => e.message.type === 'state').map((e) => (e.message as { state: string }).state)).toEqual(['connecting', 'live']);
  });
});

describe('live events over HTTP (GET /api/events of the built app)', () => {
  const s = useScenario();
  const book = new LatencyBook();
  let app: AppServer | undefined;
  const streams: SseStream[] = [];
  const pick = (m: SseEvent) => (m.event === 'changes' ? changesOf(m.data) : []);

  beforeAll(async () => {
    // Builds first when .next is missing or older than the sources (scripts/start.mjs), as `npm start` does.
    app = await startAppServer({ port: 3230 });
  }, 360_000);

  afterAll(async () => {
    for (const st of streams) st.close();
    await app?.stop();
    console.log(book.summary('[live-events] event latency, HTTP SSE'));
  });

  it('sends the activity backlog first, then the state; a CLI change arrives as a `changes` event; the topology follows', async () => {
    const sse = await openSse(`${app!.url}/api/events`);
    streams.push(sse);
    expect(sse.status).toBe(200);
    expect(sse.contentType).toMatch(/^text\/event-stream/);
    await sse.events.waitFor((m) => m.event === 'state' && m.data.state === 'live', { timeoutMs: 15_000, what: 'state live' });
    expect(sse.events.entries[0].message.event).toBe('activity');
    expect(Array.isArray(sse.events.entries[0].message.data)).toBe(true);
    expect(sse.events.entries[1].message.event).toBe('state');

    const from = sse.events.length;
    const net = await cliNetwork(s, 'sse-net', '10.233');
    await book.expect(sse.events, pick, { action: 'network create (SSE)', issuedAt: net.issuedAt, from, want: networkChange('create', net.id) });
    const run = await dockerCli(...runArgs(s, 'sse-c', net.name));
    const change = await book.expect(sse.events, pick, {
      action: 'docker run -> connect (SSE)', issuedAt: run.issuedAt, from, want: networkChange('connect', net.id, run.out),
    });
    expect(change).toMatchObject({ networkId: net.id, containerId: run.out });
    const connected = `${s.name('sse-c')} connected to ${net.name}`;
    await sse.events.waitFor((m) => m.event === 'changes' && m.data.activity.some((a: ActivityEntry) => a.text === connected), { from, what: connected });

    const res = await fetch(`${app!.url}/api/topology`);
    expect(res.status).toBe(200);
    const t = (await res.json()) as Topology;
    expect(t.endpoints.some((e) => e.networkId === net.id && e.containerId === run.out && e.ipv4 !== null)).toBe(true);

    // A tab opened later gets what happened as its backlog, newest first.
    const late = await openSse(`${app!.url}/api/events`);
    streams.push(late);
    const backlog = await late.events.waitFor((m) => m.event === 'activity', { what: 'activity backlog' });
    expect(late.events.entries[0]).toBe(backlog);
    const texts = (backlog.message.data as ActivityEntry[]).map((a) => a.text);
    expect(texts).toContain(connected);
    expect(texts.indexOf(connected)).toBeLessThan(texts.indexOf(`network ${net.name} created`));
  });

  it('the map travels as diffs: each `topology` event patches the read held into exactly what a fresh read gives, and an unchanged map is a 304', async () => {
    const sse = await openSse(`${app!.url}/api/events`);
    streams.push(sse);
    await sse.events.waitFor((m) => m.event === 'state' && m.data.state === 'live', { timeoutMs: 15_000, what: 'state live' });
    const first = await fetch(`${app!.url}/api/topology`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]+\.\d+"$/);
    expect(first.headers.get('cache-control')).toMatch(/no-store/);
    let held: Topology = await first.json();
    let version = Number(/\.(\d+)"$/.exec(etag)![1]);
    const unchanged = await fetch(`${app!.url}/api/topology`, { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    const from = sse.events.length;
    const net = await cliNetwork(s, 'diff-net', '10.234');
    const run = await dockerCli(...runArgs(s, 'diff-c', net.name));
    // Patch with every diff as it comes, in order, until the container's endpoint is in.
    const diffs: SseEvent[] = [];
    await sse.events.waitFor((m) => {
      if (m.event !== 'topology') return false;
      expect(m.data.from, 'diffs follow one another, none missed').toBe(version);
      held = applyTopologyDiff(held, m.data.diff);
      version = m.data.to;
      diffs.push(m);
      return held.endpoints.some((e) => e.networkId === net.id && e.containerId === run.out && e.ipv4 !== null);
    }, { from, timeoutMs: 15_000, what: 'a diff with the new endpoint' });

    const fresh = await fetch(`${app!.url}/api/topology`);
    expect(fresh.headers.get('etag')).toBe(`"${etag.slice(1).split('.')[0]}.${version}"`);
    expect(held).toEqual(await fresh.json());
    // A change costs what changed, not the map: each diff is far smaller than the whole topology.
    const whole = JSON.stringify(held).length;
    for (const d of diffs) expect(JSON.stringify(d.data).length).toBeLessThan(Math.max(4096, whole / 2));
  });
});
