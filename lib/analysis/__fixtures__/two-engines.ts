/**
 * Two engines on one map, for the analysis' cross-engine tests (test-only). Ids `default` and
 * `edge` (named `hq` and `edge-1`, so words that must name a host show the name, not the id). Each
 * engine has its own `bridge` and `host` network and a user network called `app`; the two `app`s
 * even have the same subnet, as compose gives both, so the same address lives on both hosts. A
 * swarm overlay `mesh` spans both engines, with one container of each on it.
 */
import { benchTopology, ctr, ep, net } from '../../graph/__fixtures__/synthetic-topology';
import type { PublishedPort, Swarm, Topology } from '../../topology/types';

const EDGE = { engineId: 'edge', engineIds: ['edge'] };
const tcp = (hostIp: string, hostPort: number, containerPort: number): PublishedPort => ({ hostIp, hostPort, containerPort, protocol: 'tcp' });
const hostNet = { driver: 'host', builtin: true, dns: false, subnets: [] };
const bridgeNet = { builtin: true, dns: false, subnets: [{ family: 4 as const, subnet: '172.17.0.0/16', gateway: '172.17.0.1', ipRange: null }] };
const appSubnet = [{ family: 4 as const, subnet: '10.210.3.0/24', gateway: '10.210.3.1', ipRange: null }];

/** Built fresh on every call: tests may spread and edit it. */
export function twoEngines() {
  const n = {
    bridge: net(1, 'bridge', bridgeNet),
    host: net(2, 'host', hostNet),
    app: net(3, 'app', { subnets: appSubnet }),
    edgeBridge: net(11, 'bridge', { ...bridgeNet, ...EDGE }),
    edgeHost: net(12, 'host', { ...hostNet, ...EDGE }),
    edgeApp: net(13, 'app', { subnets: appSubnet, ...EDGE }),
    mesh: net(20, 'mesh', {
      driver: 'overlay', scope: 'swarm', attachable: true, engineIds: ['default', 'edge'],
      subnets: [{ family: 4 as const, subnet: '10.0.9.0/24', gateway: '10.0.9.1', ipRange: null }],
    }),
  };
  const c = {
    // default (hq)
    web: ctr(1, 'web', { ports: [tcp('0.0.0.0', 8080, 80), tcp('::', 8080, 80)] }),
    api: ctr(2, 'api', { exposedPorts: [{ containerPort: 8000, protocol: 'tcp' }] }),
    legacy: ctr(3, 'legacy'),
    agent: ctr(4, 'agent', { networkMode: 'host' }),
    // edge (edge-1)
    shop: ctr(11, 'shop', { engineId: 'edge', ports: [tcp('0.0.0.0', 8080, 80)] }),
    worker: ctr(12, 'worker', { engineId: 'edge' }),
    pg: ctr(13, 'pg', { engineId: 'edge', image: 'postgres:16', ports: [tcp('127.0.0.1', 5432, 5432)] }),
    edgeLegacy: ctr(14, 'edge-legacy', { engineId: 'edge' }),
    probe: ctr(15, 'probe', { engineId: 'edge', networkMode: 'host' }),
  };
  const none = { ipv4: null, dnsNames: [] };
  const endpoints = [
    ep(n.app, c.web, 2), ep(n.app, c.api, 3), ep(n.mesh, c.api, 3), ep(n.bridge, c.legacy, 2), ep(n.host, c.agent, 0, none),
    // The same addresses as on hq: 10.210.3.2 is web there and shop here, 172.17.0.2 legacy and edge-legacy.
    ep(n.edgeApp, c.shop, 2), ep(n.edgeApp, c.worker, 3), ep(n.mesh, c.worker, 4), ep(n.edgeApp, c.pg, 4),
    ep(n.edgeBridge, c.edgeLegacy, 2), ep(n.edgeHost, c.probe, 0, none),
  ];
  const base = benchTopology(0, 0);
  const hq = base.engines[0];
  const edgeInfo = { ...base.engine, id: 'E2', name: 'edge-1', host: 'tcp://edge-1.example.net:2376' };
  const swarm: Swarm = {
    clusterId: 'cluster1', engineId: 'default', services: [],
    nodes: [
      { id: 'node-hq', hostname: 'hq', role: 'manager', state: 'ready', availability: 'active', leader: true, addr: '192.168.50.11', engineId: 'default' },
      { id: 'node-edge', hostname: 'edge-1', role: 'worker', state: 'ready', availability: 'active', leader: false, addr: '192.168.50.12', engineId: 'edge' },
    ],
  };
  const topology: Topology = {
    engine: base.engine,
    engines: [{ ...hq, name: 'hq' }, { ...hq, id: 'edge', name: 'edge-1', host: edgeInfo.host, source: 'config', info: edgeInfo }],
    networks: Object.values(n),
    containers: Object.values(c),
    endpoints,
    swarms: [swarm],
  };
  return { topology, n, c };
}
