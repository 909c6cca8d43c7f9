/**
 * The host-port map on the real engine, through GET /api/ports: a service published on 127.0.0.1
 * only, a database on every interface, a range of three consecutive ports, a stopped container's
 * requested binding, and a real port conflict (two containers asking for one free host port: the
 * second fails to start with the engine's "port is already allocated").
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostInterface, PortBinding, PortConflict, PortMap } from '@/lib/analysis/port-map-types';
import { freeHostPort } from '../support/test-engine';
import { analysis, stopWatcher, until } from './support/analysis-routes';
import { containerNamed, useScenario, type Created } from './support/scenario';

function tcpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

/** `n` consecutive free TCP host ports, below the kernel's ephemeral range. */
async function freeRange(n: number): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const base = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await Promise.all(Array.from({ length: n }, (_, k) => tcpFree(base + k)));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`no ${n} consecutive free ports found`);
}

const bindingsOf = (map: PortMap, name: string): Array<PortBinding & { iface: HostInterface }> =>
  map.interfaces.flatMap((iface) => iface.bindings.filter((b) => b.containerName === name).map((b) => ({ ...b, iface })));

describe('GET /api/ports on the real engine', () => {
  const s = useScenario();
  const port: Record<string, number> = {};
  const c: Record<string, Created> = {};
  let startFailure = '';
  let map: PortMap;

  beforeAll(async () => {
    for (const k of ['local', 'db', 'idle', 'shared']) port[k] = await freeHostPort();
    port.media = await freeRange(3);
    c.local = await s.container('local-svc', { ports: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port.local) }] } });
    c.db = await s.container('db', { ports: { '5432/tcp': [{ HostPort: String(port.db) }] } });
    c.media = await s.container('media', {
      ports: Object.fromEntries([0, 1, 2].map((k) => [`${8000 + k}/tcp`, [{ HostPort: String(port.media + k) }]])),
    });
    c.idle = await s.container('idle', { start: false, ports: { '9000/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port.idle) }] } });
    c.holder = await s.container('holder', { ports: { '80/tcp': [{ HostPort: String(port.shared) }] } });
    c.late = await s.container('late', { start: false, ports: { '80/tcp': [{ HostPort: String(port.shared) }] } });
    startFailure = await s.docker.getContainer(c.late.id).start().then(() => '', (err: Error) => err.message);
    const mine = (m: PortMap) => ['local', 'db', 'media', 'idle', 'holder'].every((k) => bindingsOf(m, c[k].name).length > 0) &&
      m.conflicts.some((x) => x.containerId === c.late.id);
    map = (await until(() => analysis.ports(), (a) => a.status === 200 && mine(a.body))).body;
  });

  afterAll(() => stopWatcher());

  it('publishes 127.0.0.1 as "this host only" and a bare -p as "every interface", listed once (not again on ::)', () => {
    expect(bindingsOf(map, c.local.name).map((b) => [b.iface.hostIp, b.iface.label, b.hostPort, b.containerPort, b.pending])).toEqual([
      ['127.0.0.1', 'this host only', port.local, 80, false],
    ]);
    expect(bindingsOf(map, c.db.name).map((b) => [b.iface.hostIp, b.iface.scope, b.iface.label, b.hostPort, b.containerPort])).toEqual([
      ['0.0.0.0', 'all', 'every interface', port.db, 5432],
    ]);
    expect(map.interfaces[0].scope).toBe('all');
  });

  it('collapses three consecutive host ports to three consecutive container ports into one range', () => {
    expect(bindingsOf(map, c.media.name).map((b) => [b.hostPort, b.hostPortEnd, b.containerPort])).toEqual([[port.media, port.media + 2, 8000]]);
  });

  it('shows a stopped container’s requested binding as pending', () => {
    expect(bindingsOf(map, c.idle.name).map((b) => [b.iface.hostIp, b.hostPort, b.pending])).toEqual([['127.0.0.1', port.idle, true]]);
  });

  it('a real conflict: the second container fails to start, the topology keeps its startError, the map names the holder', async () => {
    expect(startFailure).toMatch(/port is already allocated|address already in use/);
    const late = containerNamed(await s.topology(), c.late.name);
    expect(late.state).toBe('created');
    expect(late.startError).toMatch(/port is already allocated|address already in use/);
    const conflict = map.conflicts.find((x) => x.containerId === c.late.id) as PortConflict;
    expect(conflict).toMatchObject({
      containerName: c.late.name, hostIp: '0.0.0.0', hostPort: port.shared, protocol: 'tcp',
      heldBy: { id: c.holder.id, name: c.holder.name }, message: late.startError,
    });
    expect(bindingsOf(map, c.late.name).map((b) => b.pending)).toEqual([true]);
  });

  it('?port= answers "who owns host port N?": only that port, and its conflict', async () => {
    const db = (await analysis.ports(`?port=${port.db}`)).body as PortMap;
    expect(db.interfaces.flatMap((i) => i.bindings.map((b) => b.containerName))).toEqual([c.db.name]);
    expect(db.conflicts).toEqual([]);
    const shared = (await analysis.ports(`?port=${port.shared}`)).body as PortMap;
    expect(shared.interfaces.flatMap((i) => i.bindings.map((b) => `${b.containerName} ${b.pending}`)).sort()).toEqual(
      [`${c.holder.name} false`, `${c.late.name} true`].sort(),
    );
    expect(shared.conflicts.map((x) => x.heldBy?.name)).toEqual([c.holder.name]);
  });

  it('refuses a bad port with 400 naming the field', async () => {
    for (const q of ['?port=0', '?port=70000', '?port=http', '?ports=1']) {
      const a = await analysis.ports(q);
      expect(a.status, q).toBe(400);
      expect(a.body.error.code).toBe('bad_request');
    }
  });
});
