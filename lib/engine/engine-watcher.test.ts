import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineClient } from './engine-client';
import { EngineWatcher, type WatchMessage } from './engine-watcher';
import { InspectCache } from './inspect-cache';

// The watcher's wiring, fed through a stream we control, on fake timers: the 40 ms debounce, the
// 250 ms settle read and Date.now move only when a test says so, so no test depends on how fast this
// machine is. The de-duplication rules in detail: watch/change-debouncer.test.ts. The engine side of
// this class (a real subscription, outages, bursts) is covered by test/integration/live-*.test.ts.
const fixture = fs.readFileSync(path.join(__dirname, '__fixtures__/events-20.10.ndjson'), 'utf8');
/** Moves the fake clock, running every timer due and letting the promises and streams they feed settle. */
const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/**
 * `world` is what the fake engine lists: a test changes it to play the engine's lag. `reads.count`
 * counts full container lists, `reads.partial` lists of a few containers by id (a patched read).
 */
function harness(world: { networks: unknown[]; containers?: Array<{ Id: string }> } = { networks: [] }) {
  const streams: PassThrough[] = [];
  const reads = { count: 0, partial: 0 };
  const session = {
    docker: {
      listContainers: async (opts: { filters?: string } = {}) => {
        const all = world.containers ?? [];
        if (!opts.filters) {
          reads.count++;
          return all;
        }
        reads.partial++;
        const ids: string[] = JSON.parse(opts.filters).id ?? [];
        return all.filter((c) => ids.some((id) => c.Id.startsWith(id)));
      },
      listNetworks: async () => world.networks,
      getContainer: (id: string) => ({ inspect: async () => ({ Id: id, Name: '/c', Config: {}, HostConfig: { NetworkMode: 'default' }, NetworkSettings: { Networks: {} }, State: {} }) }),
    },
    streaming: { getEvents: async () => { streams.push(new PassThrough()); return streams.at(-1)!; } },
    inspects: new InspectCache(),
    info: { id: 'x', name: 'x', serverVersion: '20.10.24', apiVersion: '1.41', host: 'unix:///fake' },
  };
  const client = { call: (fn: (s: unknown) => Promise<unknown>) => fn(session) } as unknown as EngineClient;
  const watcher = new EngineWatcher(client, { reconcileMs: 600_000 });
  const messages: WatchMessage[] = [];
  watcher.subscribe((m) => messages.push(m));
  const changes = () => messages.flatMap((m) => (m.type === 'changes' ? m.changes : []));
  /** The engine's current event stream (a new one on every reconnect). */
  const stream = () => streams.at(-1)!;
  return { stream, streams, watcher, messages, changes, reads };
}

/** A container's list entry, attached to the networks given (by id). */
const summary = (id: string, networks: string[]) => ({
  Id: id, Names: ['/c'], Image: 'busybox', State: 'running', Status: 'Up 1 second', Labels: {}, Ports: [], HostConfig: { NetworkMode: 'default' },
  NetworkSettings: { Networks: Object.fromEntries(networks.map((n) => [`net-${n.slice(0, 4)}`, { NetworkID: n, EndpointID: 'e'.repeat(64), IPAddress: '10.0.0.2' }])) },
});

const ev = (type: string, action: string, id: string, attrs: Record<string, string>, timeNano: number) =>
  JSON.stringify({ Type: type, Action: action, Actor: { ID: id, Attributes: attrs }, time: Math.floor(timeNano / 1e9), timeNano }) + '\n';
const net = 'n'.repeat(64);
const ctr = 'c'.repeat(64);

let current: ReturnType<typeof harness> | null = null;
beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => {
  current?.watcher.stop();
  current = null;
  vi.useRealTimers();
});

describe('EngineWatcher queueing', () => {
  it('goes live after the resync and passes the captured stream on, cut into odd chunks', async () => {
    const h = (current = harness());
    await tick(0);
    expect(h.messages.map((m) => m.type)).toEqual(['state', 'resync', 'state']);
    expect(h.watcher.state.state).toBe('live');
    for (let i = 0; i < fixture.length; i += 97) h.stream().write(fixture.slice(i, i + 97));
    await tick(40);
    const disconnects = h.changes().filter((c) => c.kind === 'network' && c.action === 'disconnect' && c.networkName === 'nt-fixture-net');
    // the fixture holds the engine's doubled disconnect for both disconnects (b, then a on rm -f)
    expect(disconnects).toHaveLength(2);
    expect(new Set(disconnects.map((d) => d.containerId)).size).toBe(2);
    expect(h.watcher.activity.list()[0].text).toBe('network nt-fixture-net removed');
  });

  it('sends the first change at once, and what follows it within 40 ms as one message', async () => {
    const h = (current = harness());
    await tick(0);
    const t = Date.now() * 1e6;
    h.stream().write(ev('container', 'start', 'a'.repeat(64), { name: 'one' }, t));
    await tick(0);
    expect(h.changes().map((c) => c.action)).toEqual(['start']);
    await tick(10);
    h.stream().write(ev('container', 'start', 'b'.repeat(64), { name: 'two' }, t + 10e6));
    await tick(20);
    h.stream().write(ev('container', 'die', 'b'.repeat(64), { name: 'two' }, t + 30e6));
    await tick(9);
    expect(h.changes()).toHaveLength(1);
    await tick(1);
    const batches = h.messages.filter((m) => m.type === 'changes');
    expect(batches.map((m) => m.changes.length)).toEqual([1, 2]);
    expect(batches.flatMap((m) => m.activity.map((a) => a.text))).toEqual(['one started', 'two started', 'two stopped']);
  });

  it('drops the duplicate even when a flush fell between the two copies', async () => {
    const h = (current = harness());
    await tick(0);
    const t = Date.now() * 1e6;
    h.stream().write(ev('container', 'start', 'a'.repeat(64), { name: 'other' }, t)); // opens the 40 ms window
    await tick(38);
    h.stream().write(ev('network', 'disconnect', net, { container: ctr, name: 'net' }, t + 38e6));
    await tick(6); // the window closed at 40 ms: the first copy has gone out
    expect(h.changes().map((c) => `${c.kind}:${c.action}`)).toEqual(['container:start', 'network:disconnect']);
    h.stream().write(ev('network', 'disconnect', net, { container: ctr, name: 'net' }, t + 44e6));
    await tick(120);
    expect(h.changes().map((c) => `${c.kind}:${c.action}`)).toEqual(['container:start', 'network:disconnect']);
  });

  it('keeps a real disconnect, connect, disconnect sequence', async () => {
    const h = (current = harness());
    await tick(0);
    const t = Date.now() * 1e6;
    h.stream().write(ev('network', 'disconnect', net, { container: ctr, name: 'net' }, t));
    h.stream().write(ev('network', 'connect', net, { container: ctr, name: 'net' }, t + 5e6));
    h.stream().write(ev('network', 'disconnect', net, { container: ctr, name: 'net' }, t + 10e6));
    await tick(40);
    expect(h.changes().map((c) => c.action)).toEqual(['disconnect', 'connect', 'disconnect']);
  });

  it('started again after a stop, it sends changes again, the batch the stop held back first', async () => {
    const h = (current = harness());
    await tick(0);
    h.stream().write(ev('container', 'start', 'a'.repeat(64), { name: 'web' }, Date.now() * 1e6));
    await tick(5);
    h.stream().write(ev('container', 'pause', 'a'.repeat(64), { name: 'web' }, Date.now() * 1e6));
    h.watcher.stop(); // before the 40 ms window closed: the pause is held back
    await tick(1_000);
    expect(h.changes().map((c) => c.action)).toEqual(['start']);
    h.watcher.subscribe(() => {});
    await tick(0);
    expect(h.streams).toHaveLength(2);
    h.stream().write(ev('container', 'die', 'a'.repeat(64), { name: 'web' }, Date.now() * 1e6));
    await tick(40);
    expect(h.changes().map((c) => c.action)).toEqual(['start', 'pause', 'die']);
  });
});

describe('EngineWatcher topology snapshot', () => {
  it('answers from memory while live; after a change reads only what the change touched, once', async () => {
    const world = { networks: [] as unknown[], containers: [summary(ctr, [])] };
    const h = (current = harness(world));
    await tick(0);
    const afterResync = h.reads.count;
    await h.watcher.topology();
    await h.watcher.topology();
    expect(h.reads).toEqual({ count: afterResync, partial: 0 }); // the resync's read is the snapshot
    world.containers = [summary(ctr, [net])];
    h.stream().write(ev('network', 'connect', net, { container: ctr, name: 'net' }, Date.now() * 1e6));
    await tick(0); // the change is in, not yet announced: the snapshot is gone already
    await h.watcher.topology();
    expect(h.reads).toEqual({ count: afterResync, partial: 1 });
    await h.watcher.topology();
    expect(h.reads).toEqual({ count: afterResync, partial: 1 });
  });

  it('reads the touched containers again while the engine\'s list lags its event, until it shows the change', async () => {
    const world = { networks: [] as unknown[], containers: [summary(ctr, [])] };
    const h = (current = harness(world));
    await tick(0);
    const afterResync = h.reads.count;
    h.stream().write(ev('network', 'connect', net, { container: ctr, name: 'net' }, Date.now() * 1e6));
    await tick(0);
    const read = h.watcher.topology();
    await tick(12); // the first reads (0 and 5 ms) do not show it yet
    world.containers = [summary(ctr, [net])];
    await tick(40);
    await read;
    expect(h.reads.count).toBe(afterResync);
    expect(h.reads.partial).toBeGreaterThanOrEqual(3);
    // Served from lists that showed the change: no settle read follows.
    const partial = h.reads.partial;
    await tick(2_000);
    expect(h.reads).toEqual({ count: afterResync, partial });
  });

  it('a full read right after events that does not show them yet is read once more, 20 ms later', async () => {
    const world = { networks: [] as unknown[], containers: [] as Array<ReturnType<typeof summary>> };
    const h = (current = harness(world));
    await tick(0);
    const afterResync = h.reads.count;
    // More containers than a patch reads one by one: the watcher reads everything.
    const ids = Array.from({ length: 33 }, (_, i) => i.toString(16).padStart(64, '0'));
    for (const id of ids) h.stream().write(ev('container', 'create', id, { name: `c${id.slice(-2)}` }, Date.now() * 1e6));
    await tick(0);
    const read = h.watcher.topology();
    await tick(5); // the first full read does not show them yet
    world.containers = ids.map((id) => summary(id, []));
    await tick(20);
    expect((await read).containers).toHaveLength(33);
    expect(h.reads.count).toBe(afterResync + 2);
  });

  it('a nudge (a swarm task no event announces) always reads again, whatever was kept', async () => {
    const h = (current = harness());
    await tick(0);
    const afterResync = h.reads.count;
    h.watcher.nudge(250);
    await tick(250);
    expect(h.reads.count).toBe(afterResync + 1);
  });

  it('reads the engine every time once the stream has ended, and goes live again on reconnecting', async () => {
    const h = (current = harness());
    await tick(0);
    h.stream().end();
    await tick(0);
    expect(h.watcher.state.state).toBe('reconnecting');
    const before = h.reads.count;
    await h.watcher.topology();
    await h.watcher.topology();
    expect(h.reads.count).toBe(before + 2);
    await tick(1_000); // past the first backoff (250 ms ± 25 %)
    expect(h.streams).toHaveLength(2);
    expect(h.watcher.state.state).toBe('live');
    expect(h.messages.map((m) => (m.type === 'state' ? m.state : m.type))).toEqual(['connecting', 'resync', 'live', 'reconnecting', 'resync', 'live']);
  });

  it('reads once more when events settle, and asks browsers to read again only if they were shown a stale state', async () => {
    const world: { networks: unknown[] } = { networks: [] };
    const h = (current = harness(world));
    await tick(0);
    const settled = () => h.messages.filter((m) => m.type === 'resync' && m.reason === 'settled').length;
    const created = { Id: net, Name: 'late', Driver: 'bridge', Scope: 'local', IPAM: { Config: [] }, Options: {}, Labels: {}, Created: '' };

    // The event comes first; a browser reads at once, while the engine's list does not show it yet,
    // not even after the partial read's retries (155 ms) and a full read read twice (20 ms apart): it is
    // served what the full read says.
    h.stream().write(ev('network', 'create', net, { name: 'late', type: 'bridge' }, Date.now() * 1e6));
    await tick(0); // announced at once
    const read = h.watcher.topology();
    await tick(180);
    expect((await read).networks).toEqual([]);
    world.networks = [created];
    await tick(69); // 250 ms after the announcement
    expect(settled()).toBe(0);
    await tick(1);
    expect(settled()).toBe(1);
    expect((await h.watcher.topology()).networks.map((n) => n.name)).toEqual(['late']);

    // Next time the browser's read is already right: the settle read finds nothing new to say.
    world.networks = [];
    h.stream().write(ev('network', 'destroy', net, { name: 'late', type: 'bridge' }, Date.now() * 1e6));
    await tick(40);
    expect((await h.watcher.topology()).networks).toEqual([]);
    await tick(2_000);
    expect(settled()).toBe(1);
  });
});
