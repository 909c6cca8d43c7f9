/**
 * fast-check arbitraries of merged topologies, for property tests of what takes a whole Topology
 * (the diff). Every element is a captured one (Engine 28.5, the 20.10 swarm) given a generated id,
 * name and state, so values look like what the engines give; the topology is made the way the server
 * makes it, by mergeTopologies over per-engine parts. Ids come from small pools, so that two
 * generated topologies share many elements, changed or not. Test-only.
 */
import fc from 'fast-check';
import { buildTopology } from '../build-topology';
import { mergeTopologies, type EnginePart } from '../merge-topologies';
import { toSwarm } from '../to-swarm';
import type { ConfigProblem, Container, Endpoint, Network, Swarm, SwarmService, Topology } from '../types';
import { engine28 } from './engine-28.5-fixture';
import { rawSwarmFixture } from './swarm-fixture';

const captured = buildTopology(engine28.snapshot());
const capturedSwarm = toSwarm(rawSwarmFixture(), 'e0');

/** The engines' parts and the configuration problems: what a topology is made of, edited by tests. */
export interface TopologyModel {
  parts: EnginePart[];
  problems?: ConfigProblem[];
}

/** A 64-hex id, distinct per kind (one hex letter), engine and index, like an engine's ids. */
export const hexId = (kind: string, engine: number, i: number) =>
  `${kind}${engine.toString(16).padStart(2, '0')}${i.toString(16).padStart(8, '0')}`.padEnd(64, '0');

/** Names repeat on purpose: the merged order then falls back to engine and id. */
const NAMES = ['api', 'cache', 'db', 'web', 'worker', 'web'];
/** One overlay spanning every engine that joins the swarm, listed once by mergeTopologies. */
const MESH: Network = { ...captured.networks[0], id: hexId('f', 0, 0), name: 'mesh', driver: 'overlay', scope: 'swarm' };

/** A network of engine `k`, shaped like a captured one. */
export function toNetwork(k: number, j: number, name: string): Network {
  const t = captured.networks[j % captured.networks.length];
  return { ...t, id: hexId('a', k, j), engineId: `e${k}`, engineIds: [`e${k}`], name };
}

/** A container of engine `k`, shaped like a captured one. */
export function toContainer(k: number, j: number, name: string, state: Container['state'] = 'running'): Container {
  const t = captured.containers[j % captured.containers.length];
  const status = state === 'running' ? 'Up 2 hours' : 'Exited (0) 5 minutes ago';
  return { ...t, id: hexId('c', k, j), engineId: `e${k}`, name, state, status };
}

/** `c` on `n`, shaped like a captured endpoint, at host address `host`. */
export function toEndpoint(c: Container, n: Network, host: number): Endpoint {
  const t = captured.endpoints[host % captured.endpoints.length];
  const ipv4 = `10.200.${parseInt(n.id.slice(1, 11), 16) % 250}.${host % 250}`;
  return { ...t, networkId: n.id, containerId: c.id, ipv4, dnsNames: [c.name, ...t.aliases] };
}

const networkArb = (k: number) =>
  fc.record({ j: fc.nat(7), name: fc.constantFrom('app-net', 'back-net', 'bridge', 'host', 'none') })
    .map(({ j, name }) => toNetwork(k, j, name));

const containerArb = (k: number) =>
  fc.record({ j: fc.nat(11), name: fc.constantFrom(...NAMES), state: fc.constantFrom<Container['state']>('running', 'exited', 'paused') })
    .map(({ j, name, state }) => toContainer(k, j, name, state));

const serviceArb: fc.Arbitrary<SwarmService> = fc
  .record({ j: fc.nat(5), replicas: fc.integer({ min: 1, max: 3 }), task: fc.constantFrom('running', 'pending', 'failed') })
  .map(({ j, replicas, task }) => {
    const t = capturedSwarm.services[j % capturedSwarm.services.length];
    const name = `svc-${NAMES[j]}`;
    return { ...t, id: `svc${j}`, name, replicas, dnsNames: [name, `tasks.${name}`], tasks: t.tasks.map((x) => ({ ...x, state: task })) };
  });

const swarmArb: fc.Arbitrary<Swarm> = fc
  .record({ nodes: fc.integer({ min: 1, max: 3 }), services: fc.uniqueArray(serviceArb, { selector: (s) => s.id, maxLength: 4 }) })
  .map(({ nodes, services }) => ({
    ...capturedSwarm,
    nodes: Array.from({ length: nodes }, (_, i) => ({ ...capturedSwarm.nodes[0], id: `node${i}`, hostname: `vm${i}`, leader: i === 0 })),
    services,
  }));

function partArb(k: number): fc.Arbitrary<EnginePart> {
  return fc
    .record({
      networks: fc.uniqueArray(networkArb(k), { selector: (n) => n.id, maxLength: 5 }),
      containers: fc.uniqueArray(containerArb(k), { selector: (c) => c.id, maxLength: 8 }),
      joins: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(250)), { maxLength: 12 }),
      mesh: fc.boolean(),
      swarm: k === 0 ? fc.option(swarmArb, { nil: null }) : fc.constant(null),
      // The first engine answers: mergeTopologies needs one, and the atlas fails the read without one.
      link: k === 0 ? fc.constant('live' as const) : fc.constantFrom('live', 'reconnecting', 'unreachable' as const),
    })
    .map(({ networks, containers, joins, mesh, swarm, link }) => {
      const nets = mesh ? [...networks, { ...MESH, engineId: `e${k}`, engineIds: [`e${k}`] }] : networks;
      const seen = new Set<string>();
      const endpoints = nets.length === 0 ? [] : joins.flatMap(([ci, ni, host]) => {
        const c = containers[ci % Math.max(containers.length, 1)];
        const n = nets[ni % nets.length];
        if (!c || seen.has(`${c.id}/${n.id}`)) return [];
        seen.add(`${c.id}/${n.id}`);
        return [toEndpoint(c, n, host)];
      });
      const info = { ...captured.engine, id: `ENGINE${k}`, name: `host${k}`, swarmNodeId: swarm ? 'node0' : null };
      const entry = { id: `e${k}`, name: `host${k}`, host: `ssh://host${k}`, source: 'config' as const, state: link, info, stale: link !== 'live' };
      const topology: Topology = { engine: info, engines: [], networks: nets, containers, endpoints, swarms: swarm ? [swarm] : [] };
      return { entry, topology: link === 'unreachable' ? null : topology };
    });
}

const problemArb: fc.Arbitrary<ConfigProblem> = fc.record({
  file: fc.constantFrom('netatlas.config.json', 'DOCKER_HOST'),
  field: fc.constantFrom('', 'engines[1].host'),
  message: fc.constantFrom('is not a URL', 'names no engine'),
}).map((p) => ({ ...p })); // a plain object, as JSON gives: fc.record's have no prototype

/** One to three engines, with networks, containers joining them, sometimes a swarm and problems. */
export const topologyModelArb: fc.Arbitrary<TopologyModel> = fc
  .record({
    parts: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => partArb(k)))),
    problems: fc.option(fc.array(problemArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  })
  .map(({ parts, problems }) => (problems ? { parts, problems } : { parts }));

/** The topology the server would serve for `model`. */
export function toTopology(model: TopologyModel): Topology {
  const merged = mergeTopologies(model.parts);
  return model.problems ? { ...merged, problems: model.problems } : merged;
}

/** Generated topologies. */
export const topologyArb: fc.Arbitrary<Topology> = topologyModelArb.map(toTopology);

/**
 * A one-engine topology of `count` containers on 20 networks (container i on network i % 20, every
 * second one also on the next), the shape `npm run bench` makes, with captured element shapes.
 */
export function largeModel(count: number): TopologyModel {
  const networks = Array.from({ length: 20 }, (_, j) => toNetwork(0, j, `net-${j}`));
  const containers = Array.from({ length: count }, (_, j) => toContainer(0, j, `bench-${j}`));
  const endpoints = containers.flatMap((c, i) => [
    toEndpoint(c, networks[i % 20], i),
    ...(i % 2 ? [toEndpoint(c, networks[(i + 1) % 20], i + 1)] : []),
  ]);
  const info = { ...captured.engine, id: 'ENGINE0', name: 'host0' };
  const entry = { id: 'e0', name: 'host0', host: 'unix:///var/run/docker.sock', source: 'env' as const, state: 'live' as const, info, stale: false };
  return { parts: [{ entry, topology: { engine: info, engines: [], networks, containers, endpoints, swarms: [] } }] };
}
