import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineClient } from './engine-client';
import { EngineWatcher, type WatchMessage } from './engine-watcher';
import { InspectCache } from './inspect-cache';

// The watcher's queueing logic, fed through a stream we control. The engine side of this class
// (a real subscription, outages, bursts) is covered by test/integration/live-*.test.ts.
const fixture = fs.readFileSync(path.join(__dirname, '__fixtures__/events-20.10.ndjson'), 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `world.networks` is what the fake engine lists: a test changes it to play the engine's lag. */
function harness(world: { networks: unknown[] } = { networks: [] }) {
  const stream = new PassThrough();
  const reads = { count: 0 };
  const session = {
    docker: { listContainers: async () => { reads.count++; return []; }, listNetworks: async () => world.networks },
    streaming: { getEvents: async () => stream },
    inspects: new InspectCache(),
    info: { id: 'x', name: 'x', serverVersion: '20.10.24', apiVersion: '1.41', host: 'unix:///fake' },
  };
  const client = { call: (fn: (s: unknown) => Promise<unknown>) => fn(session) } as unknown as EngineClient;
  const watcher = new EngineWatcher(client, { reconcileMs: 600_000 });
  const messages: WatchMessage[] = [];
  watcher.subscribe((m) => messages.push(m));
  const changes = () => messages.flatMap((m) => (m.type === 'changes' ? m.changes : []));
  return { stream, watcher, messages, changes, reads };
}

const ev = (type: string, action: string, id: string, attrs: Record<string, string>, timeNano: number) =>
  JSON.stringify({ Type: type, Action: action, Actor: { ID: id, Attributes: attrs }, time: Math.floor(timeNano / 1e9), timeNano }) + '\n';
const net = 'n'.repeat(64);
const ctr = 'c'.repeat(64);

let current: ReturnType<typeof harness> | null = null;
afterEach(() => current?.watcher.stop());

describe('EngineWatcher queueing', () => {
  it('goes live after the resync and passes the captured stream on, cut into odd chunks', async () => {
    const h = (current = harness());
    await sleep(20);
    expect(h.messages.map((m) => m.type)).toEqual(['state', 'resync', 'state']);
    expect(h.watcher.state.state).toBe('live');
    for (let i = 0; i < fixture.length; i += 97) h.stream.write(fixture.slice(i, i + 97));
    await sleep(120);
    const disconnects = h.changes().filter((c) => c.kind === 'network' && c.action === 'disconnect' && c.networkName === 'nt-fixture-net');
    // the fixture holds the engine's doubled disconnect for both disconnects (b, then a on rm -f)
    expect(disconnects).toHaveLength(2);
    expect(new Set(disconnects.map((d) => d.containerId)).size).toBe(2);
    expect(h.watcher.activity.list()[0].text).toBe('network nt-fixture-net removed');
  });

  it('drops the duplicate even when a flush fell between the two copies', async () => {
    const h = (current = harness());
    await sleep(20);
    const t = Date.now() * 1e6;
    h.stream.write(ev('container', 'start', 'a'.repeat(64), { name: 'other' }, t)); // opens the 40 ms window
    await sleep(38);
    h.stream.write(ev('network', 'disconnect', net, { container: ctr, name: 'net' }, t + 38e6));
    await sleep(6);
    h.stream.write(ev('network', 'disconnect', net, { container: ctr, name: 'net' }, t + 44e6));
    await sleep(120);
    expect(h.changes().map((c) => `${c.kind}:${c.action}`)).toEqual(['container:start', 'network:disconnect']);
  });

  it('keeps a real disconnect, connect, disconnect sequence', async () => {
    const h = (current = harness());
    await sleep(20);
    const t = Date.now() * 1e6;
    h.stream.write(ev('network', 'disconnect', net, { container: ctr, name: 'net' }, t));
    h.stream.write(ev('network', 'connect', net, { container: ctr, name: 'net' }, t + 5e6));
    h.stream.write(ev('network', 'disconnect', net, { container: ctr, name: 'net' }, t + 10e6));
    await sleep(100);
    expect(h.changes().map((c) => c.action)).toEqual(['disconnect', 'connect', 'disconnect']);
  });
});

describe('EngineWatcher topology snapshot', () => {
  it('answers from memory while live and reads the engine again after any change', async () => {
    const h = (current = harness());
    await sleep(20);
    const afterResync = h.reads.count;
    await h.watcher.topology();
    await h.watcher.topology();
    expect(h.reads.count).toBe(afterResync); // the resync's read is the snapshot
    h.stream.write(ev('network', 'connect', net, { container: ctr, name: 'net' }, Date.now() * 1e6));
    await sleep(5);
    await h.watcher.topology();
    expect(h.reads.count).toBe(afterResync + 1);
    await h.watcher.topology();
    expect(h.reads.count).toBe(afterResync + 1);
  });

  it('reads the engine every time once the stream has ended', async () => {
    const h = (current = harness());
    await sleep(20);
    h.stream.end();
    await sleep(10);
    expect(h.watcher.state.state).not.toBe('live');
    const before = h.reads.count;
    await h.watcher.topology();
    expect(h.reads.count).toBe(before + 1);
  });

  it('reads once more when events settle, and asks browsers to read again only if they were shown a stale state', async () => {
    const world: { networks: unknown[] } = { networks: [] };
    const h = (current = harness(world));
    await sleep(20);
    const settled = () => h.messages.filter((m) => m.type === 'resync' && m.reason === 'settled').length;
    const created = { Id: net, Name: 'late', Driver: 'bridge', Scope: 'local', IPAM: { Config: [] }, Options: {}, Labels: {}, Created: '' };

    // The event comes first; a browser reads at once, while the engine's list does not show it yet.
    h.stream.write(ev('network', 'create', net, { name: 'late', type: 'bridge' }, Date.now() * 1e6));
    await sleep(60);
    expect((await h.watcher.topology()).networks).toEqual([]);
    world.networks = [created];
    await sleep(300);
    expect(settled()).toBe(1);
    expect((await h.watcher.topology()).networks.map((n) => n.name)).toEqual(['late']);

    // Next time the browser's read is already right: the settle read finds nothing new to say.
    h.stream.write(ev('network', 'connect', net, { container: ctr, name: 'late' }, Date.now() * 1e6));
    await sleep(60);
    await h.watcher.topology();
    await sleep(300);
    expect(settled()).toBe(1);
  });
});
