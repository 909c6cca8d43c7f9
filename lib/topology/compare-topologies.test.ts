import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTopology } from './build-topology';
import { compareTopologies, sentences, type Change, type TopologyComparison } from './compare-topologies';
import { engine28 } from './__fixtures__/engine-28.5-fixture';
import { fixtureSnapshot, idOf as idOf20, nameOf as nameOf20 } from './__fixtures__/engine-fixture';
import { topologyArb } from './__fixtures__/topology-arbitrary';
import { editedPairArb } from './__fixtures__/topology-edits';
import type { Container, Endpoint, Topology } from './types';

const EMPTY = { networks: [], containers: [], endpoints: [], ports: [], total: 0 };

/**
 * A container recreated the way compose does it: a new id (and MAC), the same name, the same addresses;
 * a container sharing its network stack follows it (compose recreates it too).
 */
function recreate(t: Topology, id: string, newId: string): Topology {
  const swap = (x: string) => (x === id.slice(0, 12) ? newId.slice(0, 12) : x);
  const follow = (c: Container) => (c.sharesNetworkWith === id ? { ...c, sharesNetworkWith: newId, networkMode: `container:${newId}` } : c);
  return {
    ...t,
    containers: t.containers.map((c) => (c.id === id ? { ...c, id: newId } : follow(c))),
    endpoints: t.endpoints.map((e) => (e.containerId === id
      ? { ...e, containerId: newId, mac: '02:42:de:ad:be:ef', aliases: e.aliases.map(swap), dnsNames: e.dnsNames.map(swap) }
      : e)),
  };
}

const editContainer = (t: Topology, id: string, edit: Partial<Container>): Topology =>
  ({ ...t, containers: t.containers.map((c) => (c.id === id ? { ...c, ...edit } : c)) });
const editEndpoints = (t: Topology, containerId: string, edit: (e: Endpoint) => Endpoint): Topology =>
  ({ ...t, endpoints: t.endpoints.map((e) => (e.containerId === containerId ? edit(e) : e)) });
const without = (t: Topology, containerId: string): Topology => ({
  ...t,
  containers: t.containers.filter((c) => c.id !== containerId),
  endpoints: t.endpoints.filter((e) => e.containerId !== containerId),
});

/** A change seen from the other side: compare(b, a) should hold exactly these for compare(a, b). */
const mirrored = (c: TopologyComparison) => ({
  networks: c.networks.map(flip).sort(),
  containers: c.containers.map(flip).sort(),
  endpoints: c.endpoints.map(flip).sort(),
  ports: c.ports.map((p) => `${flip(p)} ${p.port} ${p.after ?? ''}>${p.before ?? ''}`).sort(),
});
const plain = (c: TopologyComparison) => ({
  networks: c.networks.map(sig).sort(),
  containers: c.containers.map(sig).sort(),
  endpoints: c.endpoints.map(sig).sort(),
  ports: c.ports.map((p) => `${sig(p)} ${p.port} ${p.before ?? ''}>${p.after ?? ''}`).sort(),
});
const sig = (c: Change) => `${c.kind} ${c.engineId} ${c.beforeId ?? '-'}>${c.afterId ?? '-'}`;
const flip = (c: Change) =>
  `${c.kind === 'added' ? 'removed' : c.kind === 'removed' ? 'added' : 'changed'} ${c.engineId} ${c.afterId ?? '-'}>${c.beforeId ?? '-'}`;

describe('compareTopologies', () => {
  it('finds nothing between a topology and itself, or a copy of it', () => {
    fc.assert(fc.property(topologyArb, (t) => {
      expect(compareTopologies(t, t)).toMatchObject(EMPTY);
      expect(compareTopologies(t, structuredClone(t))).toMatchObject(EMPTY);
      expect(sentences(compareTopologies(t, t))).toEqual([]);
    }), { numRuns: 60 });
  });

  it('is symmetric: what compare(a, b) adds, compare(b, a) removes, and the same things changed', () => {
    const pairs = fc.oneof(editedPairArb.map(([a, b]) => [a, b] as const), fc.tuple(topologyArb, topologyArb));
    fc.assert(fc.property(pairs, ([a, b]) => {
      const ab = compareTopologies(a, b);
      const ba = compareTopologies(b, a);
      expect(mirrored(ba)).toEqual(plain(ab));
      expect(ba.total).toBe(ab.total);
    }), { numRuns: 80 });
  });

  it('names each side by ids that side has, counts every change, and says each in words', () => {
    fc.assert(fc.property(editedPairArb, ([a, b]) => {
      const c = compareTopologies(a, b);
      const ids = (t: Topology) => new Set([...t.containers.map((x) => x.id), ...t.networks.map((x) => x.id), ...t.endpoints.map((e) => `${e.containerId}/${e.networkId}`)]);
      const [was, now] = [ids(a), ids(b)];
      for (const x of [...c.networks, ...c.containers, ...c.endpoints, ...c.ports]) {
        expect(x.beforeId === undefined || was.has(x.beforeId)).toBe(true);
        expect(x.afterId === undefined || now.has(x.afterId)).toBe(true);
        expect(x.kind === 'changed' ? x.beforeId && x.afterId : Boolean(x.beforeId) !== Boolean(x.afterId)).toBeTruthy();
        if (x.kind === 'changed') expect(x.details.length).toBeGreaterThan(0);
      }
      expect(c.total).toBe(c.networks.length + c.containers.length + c.endpoints.length + c.ports.length);
      expect(sentences(c).length).toBeGreaterThanOrEqual(c.total);
    }), { numRuns: 80 });
  });

  describe('on the captured Engine 28.5 topology', () => {
    const a = buildTopology(engine28.snapshot());
    const WEB = engine28.nameOf('web');
    const APP = engine28.nameOf('app-net');
    const webId = engine28.idOf('web');
    const appId = engine28.idOf('app-net');
    const NEW_ID = `c0ffee${webId.slice(6)}`;

    it('a removed container: the container, its endpoint and its published port, in words', () => {
      const c = compareTopologies(a, without(a, webId));
      expect(c).toMatchObject({
        networks: [],
        containers: [{ kind: 'removed', engineId: 'default', name: WEB, beforeId: webId, details: ['netatlas-test/busybox:local', 'running'] }],
        endpoints: [{ kind: 'removed', name: WEB, beforeId: `${webId}/${appId}`, container: { name: WEB, beforeId: webId }, network: { name: APP, beforeId: appId, afterId: appId } }],
        ports: [{ kind: 'removed', name: WEB, port: '80/tcp', before: '127.0.0.1:37999' }],
        total: 3,
      });
      expect(c.containers[0].afterId).toBeUndefined();
      expect(c.containers[0].beforeIdTaken).toBeUndefined();
      expect(sentences(c)).toEqual([
        `container ${WEB} removed (netatlas-test/busybox:local, running)`,
        `${WEB} left ${APP} (10.231.48.2)`,
        `${WEB}: no longer publishes 80/tcp at 127.0.0.1:37999`,
      ]);
    });

    it('an added container: the same, the other way', () => {
      const c = compareTopologies(without(a, webId), a);
      expect(c.total).toBe(3);
      expect(c.containers).toMatchObject([{ kind: 'added', afterId: webId }]);
      expect(sentences(c)).toEqual([
        `container ${WEB} added (netatlas-test/busybox:local, running)`,
        `${WEB} joined ${APP} (10.231.48.2)`,
        `${WEB}: publishes 80/tcp at 127.0.0.1:37999`,
      ]);
    });

    it('a container recreated under its name (new id, MAC, short-id DNS name) is one change: recreated', () => {
      const c = compareTopologies(a, recreate(a, webId, NEW_ID));
      expect(c).toMatchObject({
        networks: [], endpoints: [], ports: [], total: 1,
        containers: [{ kind: 'changed', name: WEB, beforeId: webId, afterId: NEW_ID, details: [`recreated: id ${webId.slice(0, 12)} → c0ffee${webId.slice(6, 12)}`] }],
      });
      expect(sentences(c)).toEqual([`${WEB}: recreated: id ${webId.slice(0, 12)} → ${NEW_ID.slice(0, 12)}`]);
    });

    it('a readdressed endpoint: its old and new address, on its network', () => {
      const c = compareTopologies(a, editEndpoints(a, webId, (e) => ({ ...e, ipv4: '10.231.48.9' })));
      expect(c).toMatchObject({
        containers: [], ports: [], total: 1,
        endpoints: [{ kind: 'changed', beforeId: `${webId}/${appId}`, afterId: `${webId}/${appId}`, details: [`address on ${APP} 10.231.48.2 → 10.231.48.9`] }],
      });
      expect(sentences(c)).toEqual([`${WEB}: address on ${APP} 10.231.48.2 → 10.231.48.9`]);
    });

    it('a readdressed IPv6 endpoint and a changed prefix say which', () => {
      const multi = engine28.idOf('multi');
      const c = compareTopologies(a, editEndpoints(a, multi, (e) => (e.ipv4 ? { ...e, ipv4PrefixLen: 16 } : { ...e, ipv6: 'fd94:81d5:e7b4::9' })));
      expect(sentences(c)).toEqual([
        `${engine28.nameOf('multi')}: address on ${engine28.nameOf('dual-net')} 10.231.236.2/24 → 10.231.236.2/16`,
        `${engine28.nameOf('multi')}: IPv6 address on ${engine28.nameOf('v6only-net')} fd94:81d5:e7b4::2 → fd94:81d5:e7b4::9`,
      ]);
    });

    it('a published port moved to every interface and another host port', () => {
      const c = compareTopologies(a, editContainer(a, webId, { ports: [{ hostIp: '0.0.0.0', hostPort: 38000, containerPort: 80, protocol: 'tcp' }] }));
      expect(c).toMatchObject({ containers: [], endpoints: [], total: 1, ports: [{ kind: 'changed', port: '80/tcp', before: '127.0.0.1:37999', after: '0.0.0.0:38000' }] });
      expect(sentences(c)).toEqual([`${WEB}: 80/tcp published at 127.0.0.1:37999 → 0.0.0.0:38000`]);
    });

    it('an IPv6 binding is written in brackets, and one added beside the IPv4 one is added, not moved', () => {
      const db = a.containers.find((x) => x.id === engine28.idOf('db'))!;
      const c = compareTopologies(a, editContainer(a, db.id, { ports: [...db.ports, { hostIp: '::', hostPort: 34561, containerPort: 53, protocol: 'udp' }] }));
      expect(sentences(c)).toEqual([`${engine28.nameOf('db')}: publishes 53/udp at [::]:34561`]);
    });

    it('a stopped container: its state and its lost address, not every DNS name that went with it', () => {
      const stopped = editEndpoints(editContainer(a, webId, { state: 'exited', status: 'Exited (137)' }), webId,
        (e) => ({ ...e, ipv4: null, ipv4PrefixLen: null, gateway: null, mac: null, dnsNames: [] }));
      expect(sentences(compareTopologies(a, stopped))).toEqual([`${WEB}: running → exited`, `${WEB}: address on ${APP} 10.231.48.2 → none`]);
    });

    it('an alias added: said once, as an alias (the DNS name it brings is not said again)', () => {
      const more = editEndpoints(a, webId, (e) => ({ ...e, aliases: [...e.aliases, 'shop'], dnsNames: [...e.dnsNames, 'shop'] }));
      expect(sentences(compareTopologies(a, more))).toEqual([`${WEB}: aliases on ${APP}: added shop`]);
    });

    it('a network recreated under its name (compose down/up) is one change, its endpoints the same', () => {
      const NET = `beef${appId.slice(4)}`;
      const b = {
        ...a,
        networks: a.networks.map((n) => (n.id === appId ? { ...n, id: NET, subnets: [{ ...n.subnets[0], subnet: '10.231.49.0/24', gateway: '10.231.49.1' }] } : n)),
        endpoints: a.endpoints.map((e) => (e.networkId === appId ? { ...e, networkId: NET, ipv4: e.ipv4?.replace('.48.', '.49.') ?? null } : e)),
      };
      const c = compareTopologies(a, b);
      expect(c.networks).toMatchObject([{ kind: 'changed', name: APP, beforeId: appId, afterId: NET, spansHosts: false }]);
      expect(sentences(c).slice(0, 2)).toEqual([
        `network ${APP}: recreated: id ${appId.slice(0, 12)} → ${NET.slice(0, 12)}`,
        `network ${APP}: subnet 10.231.48.0/24 → 10.231.49.0/24`,
      ]);
      // Every member moved with it: readdressed, not left and joined.
      expect(c.endpoints.every((e) => e.kind === 'changed' && e.network.beforeId === appId && e.network.afterId === NET)).toBe(true);
      expect(c.endpoints.length).toBe(a.endpoints.filter((e) => e.networkId === appId && e.ipv4).length);
    });

    it('a renamed container (same id) is changed, not removed and added', () => {
      const c = compareTopologies(a, editContainer(a, webId, { name: 'shop-web' }));
      expect(c.containers).toMatchObject([{ kind: 'changed', name: 'shop-web', beforeId: webId, afterId: webId }]);
      expect(sentences(c)).toEqual([`shop-web: renamed from ${WEB}`]);
    });

    it('a container connected to another network and one disconnected', () => {
      const api = engine28.idOf('api');
      const back = engine28.idOf('back-net');
      const web = a.endpoints.find((e) => e.containerId === webId)!;
      const b = { ...a, endpoints: [...a.endpoints.filter((e) => !(e.containerId === api && e.networkId === back)), { ...web, networkId: back, ipv4: '10.231.198.9' }] };
      expect(sentences(compareTopologies(a, b))).toEqual([
        `${engine28.nameOf('api')} left ${engine28.nameOf('back-net')} (${a.endpoints.find((e) => e.containerId === api && e.networkId === back)!.ipv4})`,
        `${WEB} joined ${engine28.nameOf('back-net')} (10.231.198.9)`,
      ]);
    });

    it('says networks, then containers, endpoints and ports, each by name', () => {
      const db = engine28.idOf('db');
      const routed = engine28.idOf('routed');
      const routedNet = engine28.idOf('routed-net');
      let b = without(a, webId);
      b = editContainer(b, db, { state: 'exited', image: 'postgres:17' });
      b = { ...b, networks: b.networks.filter((n) => n.id !== routedNet), endpoints: b.endpoints.filter((e) => e.networkId !== routedNet) };
      const routedIp = a.endpoints.find((e) => e.containerId === routed)!.ipv4;
      expect(sentences(compareTopologies(a, b))).toEqual([
        `network ${engine28.nameOf('routed-net')} removed (bridge driver, 10.231.29.0/24)`,
        `${engine28.nameOf('db')}: running → exited`,
        `${engine28.nameOf('db')}: image ${a.containers.find((c) => c.id === db)!.image} → postgres:17`,
        `container ${WEB} removed (netatlas-test/busybox:local, running)`,
        `${engine28.nameOf('routed')} left ${engine28.nameOf('routed-net')} (${routedIp})`,
        `${WEB} left ${APP} (10.231.48.2)`,
        `${WEB}: no longer publishes 80/tcp at 127.0.0.1:37999`,
      ]);
    });

    it('on a map of several engines, says which host a container is on', () => {
      const two = { ...a, engines: [...a.engines, { ...a.engines[0], id: 'edge' }] };
      expect(sentences(compareTopologies(two, without(two, webId)))[0]).toBe(`container ${WEB} on host default removed (netatlas-test/busybox:local, running)`);
    });
  });

  it('on Engine 20.10, whose aliases hold the short id, a recreated container is still one change', () => {
    const a = buildTopology(fixtureSnapshot());
    const id = idOf20('api');
    const c = compareTopologies(a, recreate(a, id, `f${id.slice(1)}`));
    expect(c.total).toBe(1);
    expect(sentences(c)).toEqual([`${nameOf20('api')}: recreated: id ${id.slice(0, 12)} → f${id.slice(1, 12)}`]);
  });

  it('a container left sharing the stack of one since recreated says whose: the old owner by short id', () => {
    const a = buildTopology(fixtureSnapshot());
    const id = idOf20('api');
    const b = recreate(a, id, `f${id.slice(1)}`);
    const left = { ...b, containers: b.containers.map((c) => (c.id === idOf20('sidecar') ? { ...c, networkMode: `container:${id}`, sharesNetworkWith: null } : c)) };
    expect(sentences(compareTopologies(a, left))).toEqual([
      `${nameOf20('api')}: recreated: id ${id.slice(0, 12)} → f${id.slice(1, 12)}`,
      `${nameOf20('sidecar')}: network mode container:${nameOf20('api')} → container:${id.slice(0, 12)}`,
    ]);
  });
});
