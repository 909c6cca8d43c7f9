/**
 * The partial read a live watcher makes after the engine's own events (lib/engine/read-topology-patch.ts)
 * against the real engine: after each change a user makes — connect with an alias, disconnect, start,
 * stop, rename, create, remove, network create and remove, a published port — the topology patched from
 * the previous one with the events the engine sent equals a full read, field for field.
 */
import { describe, expect, it } from 'vitest';
import { readEngine, type EngineRead } from '@/lib/engine/read-topology';
import { patchEngineRead } from '@/lib/engine/read-topology-patch';
import { toEngineChange } from '@/lib/engine/to-engine-change';
import type { EngineChange } from '@/lib/topology/engine-change';
import type { RawEvent } from '@/lib/wire/raw-event';
import { LOCAL_ONLY_DNS, withOwner } from '../support/test-engine';
import { dockerCli, labelArgs } from '../support/docker-cli';
import { useScenario } from './support/scenario';

describe('a partial read after the engine’s events equals a full read', () => {
  const s = useScenario();

  /** The engine's events from `since` (s) to now, as the watcher reduces them. */
  async function changesSince(since: number): Promise<EngineChange[]> {
    const until = Math.ceil(Date.now() / 1000) + 1;
    const stream = (await s.docker.getEvents({ since, until } as never)) as unknown as NodeJS.ReadableStream;
    let text = '';
    for await (const chunk of stream) text += chunk.toString();
    return text.split('\n').filter(Boolean).map((l) => toEngineChange(JSON.parse(l) as RawEvent)).filter((c): c is EngineChange => c !== null);
  }

  /** Does `step` with the CLI, then patches `base` with its events and compares with a full read. */
  async function step(base: EngineRead, what: string, ...commands: string[][]): Promise<EngineRead> {
    const since = Math.floor(Date.now() / 1000) - 1;
    for (const c of commands) await dockerCli(...c);
    const changes = await changesSince(since);
    expect(changes.length, `${what}: the engine sent events`).toBeGreaterThan(0);
    const patched = await patchEngineRead(s.client, base, changes);
    expect(patched, `${what}: patched`).not.toBeNull();
    const full = await readEngine(s.client);
    // Other runs may change the engine meanwhile: compare what this file created.
    const ours = (r: EngineRead) => {
      const t = r.topology;
      const ids = new Set(t.containers.filter((c) => c.name.startsWith(`nt-${s.runId}`)).map((c) => c.id));
      const nets = new Set(t.networks.filter((n) => n.name.startsWith(`nt-${s.runId}`)).map((n) => n.id));
      return {
        containers: t.containers.filter((c) => ids.has(c.id)),
        networks: t.networks.filter((n) => nets.has(n.id)),
        endpoints: t.endpoints.filter((e) => ids.has(e.containerId)),
      };
    };
    expect(ours(patched!), what).toEqual(ours(full));
    return patched!;
  }

  it('connect, disconnect, start, stop, rename, create, remove, network create and remove, a published port', async () => {
    const a = await s.network('pa');
    const b = await s.network('pb');
    const one = await s.container('p1', { networkMode: a.name, dns: LOCAL_ONLY_DNS });
    const two = await s.container('p2', { networkMode: a.name, networks: [{ name: b.name }], dns: LOCAL_ONLY_DNS });
    const three = await s.container('p3', { networkMode: b.name, start: false, dns: LOCAL_ONLY_DNS });
    let base = await readEngine(s.client);
    const labels = labelArgs(withOwner(s.labels));

    base = await step(base, 'connect with an alias', ['network', 'connect', '--alias', 'cache', b.name, one.name]);
    base = await step(base, 'disconnect', ['network', 'disconnect', a.name, two.name]);
    base = await step(base, 'start', ['start', three.name]);
    base = await step(base, 'stop', ['stop', '-t', '0', three.name]);
    base = await step(base, 'rename', ['rename', one.name, s.name('p1b')]);
    base = await step(base, 'create and start with a published port',
      ['run', '-d', '--name', s.name('p4'), ...labels, '--dns', LOCAL_ONLY_DNS[0], '--network', a.name, '-p', '127.0.0.1::80', 'netatlas-test/busybox:local', 'httpd', '-f', '-p', '80']);
    base = await step(base, 'network create, connect', ['network', 'create', ...labels, s.name('pc')], ['network', 'connect', s.name('pc'), two.name]);
    base = await step(base, 'disconnect, network remove', ['network', 'disconnect', s.name('pc'), two.name], ['network', 'rm', s.name('pc')]);
    await step(base, 'remove', ['rm', '-f', s.name('p4')]);
  });
});
