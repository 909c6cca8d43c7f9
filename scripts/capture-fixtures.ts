/**
 * npm run fixtures:capture: builds a small labelled topology on the engine at DOCKER_HOST, records the
 * raw Engine API answers netatlas reads, and writes them to lib/topology/__fixtures__/engine-<major.minor>.json
 * (Engine 20.10 → engine-20.10.json, Engine 28.5 → engine-28.5.json) for the unit tests. Then removes
 * everything it created (also on failure).
 *
 * Recorded at the API version netatlas negotiates with that engine (1.41 with 20.10, 1.51 with 28.5):
 * GET /version, GET /info (the fields netatlas reads), GET /containers/json?all=1 and GET /networks
 * restricted to the labelled containers, their networks and the builtin ones, and GET /containers/{id}/json
 * for each labelled container with Config.Env replaced by ['REDACTED=1'] so that no environment value
 * ends up in git. On an engine with API >= 1.48 (Engine 28) the topology adds what Engine 28 changed:
 * dual-stack and IPv6-only networks, gateway priority, fixed IPv4+IPv6 addresses, an internal-only
 * container, a routed bridge and a port published on [::] only.
 *
 * The engine's own answers to what the model predicts are recorded in `_meta` at capture time: what
 * `ip -4 route` and `ip -6 route` said inside every container with a network stack of its own
 * (`_meta.routes`, by role), and what nslookup answered for some names (`_meta.lookups`).
 *
 * Engine 20.10: `npm run fixtures:capture` (the default socket). Engine 28.5: run it with DOCKER_HOST set to
 * that engine's socket, inside the engine's network namespace (`nsenter --net=...`), where its bridges live.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Docker from 'dockerode';
import { negotiateApiVersion } from '../lib/engine/api-version';
import { apiAtLeast } from '../lib/topology/api-versions';
import {
  TEST_IMAGE,
  TEST_LABEL,
  createContainer,
  createNetwork,
  engine,
  ensureImage,
  exec,
  freeHostPort,
  freeSubnet,
  newRunId,
  nslookup,
  removeLabelled,
  withOwner,
  type ContainerSpec,
} from '../test/support/test-engine';

const FIXTURES = path.join(__dirname, '..', 'lib', 'topology', '__fixtures__');
const BUILTIN_NETWORKS = ['bridge', 'host', 'none'];
/** GwPriority and EnableIPv4 (IPv6-only networks) came with API 1.48, Engine 28. */
const ENGINE_28_API = '1.48';

type Json = Record<string, unknown>;
type Roles = Record<string, string>;
type Label = Record<string, string>;

/** Names every resource `nt-<runId>-<role>` and remembers it under its role. */
const namer = (runId: string, roles: Roles) => (role: string) => (roles[role] = `nt-${runId}-${role}`);

async function createTopology(docker: Docker, runId: string, name: (role: string) => string, label: Label) {
  const [app, back] = [name('app-net'), name('back-net')];
  await createNetwork(docker, { name: app, subnet: await freeSubnet(docker) }, label);
  await createNetwork(docker, { name: back, subnet: await freeSubnet(docker) }, label);
  const port = { web: await freeHostPort(), db: await freeHostPort(), dns: await freeHostPort(), stopped: await freeHostPort() };
  const compose = { 'com.docker.compose.project': `nt-${runId}-shop`, 'com.docker.compose.service': 'cache' };
  const specs: Array<[string, Omit<ContainerSpec, 'name'>]> = [
    ['web', { networkMode: app, aliases: ['www'], ports: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port.web) }] }, expose: ['9000/tcp'], env: ['SECRET_TOKEN=do-not-commit'] }],
    ['api', { networkMode: app, aliases: ['api-front'], networks: [{ name: back, aliases: ['api-back'] }] }],
    ['db', { networkMode: back, ports: { '5432/tcp': [{ HostPort: String(port.db) }], '53/udp': [{ HostIp: '0.0.0.0', HostPort: String(port.dns) }] } }],
    ['cache', { networkMode: app, aliases: ['cache'], labels: compose }],
    ['legacy-a', { networkMode: 'bridge' }],
    ['legacy-b', { networkMode: 'default' }],
    ['host', { networkMode: 'host' }],
    ['none', { networkMode: 'none' }],
    ['stopped', { networkMode: app, aliases: ['stopped-alias'], start: false, ports: { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port.stopped) }] } }],
    ['exited', { networkMode: back, cmd: ['true'] }],
  ];
  for (const [role, spec] of specs) await createContainer(docker, { ...spec, name: name(role) }, label);
  await createContainer(docker, { name: name('sidecar'), networkMode: `container:${name('api')}` }, label);
  await docker.getContainer(name('exited')).wait();
}

/** A unique-local /64 of this capture's own (random global id, as RFC 4193 asks). */
const ulaSubnet = () => `fd${randomBytes(1).toString('hex')}:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::/64`;

async function createBridge(docker: Docker, name: string, label: Label, opts: { subnets: string[]; ipv4?: boolean; ipv6?: boolean; internal?: boolean; options?: Label }) {
  await docker.createNetwork({
    Name: name, Driver: 'bridge', Internal: opts.internal ?? false, Labels: withOwner(label),
    EnableIPv4: opts.ipv4 ?? true, EnableIPv6: opts.ipv6 ?? false, Options: opts.options ?? {},
    IPAM: { Driver: 'default', Config: opts.subnets.map((Subnet) => ({ Subnet })) },
  } as Parameters<Docker['createNetwork']>[0]);
}

type EndpointConfig = { Aliases?: string[]; GwPriority?: number; IPAMConfig?: { IPv4Address?: string; IPv6Address?: string } };

/**
 * A running `sleep infinity` container created on its first network with an endpoint config (fixed
 * addresses need it at create), then connected live to the others, as `docker network connect` does.
 */
async function createAttached(docker: Docker, name: string, label: Label, attach: Array<[string, EndpointConfig]>, ports: ContainerSpec['ports'] = {}) {
  const [[first, config], ...more] = attach;
  const c = await docker.createContainer({
    name, Image: TEST_IMAGE, Cmd: ['sleep', 'infinity'], Labels: withOwner(label),
    ExposedPorts: Object.fromEntries(Object.keys(ports).map((p) => [p, {}])),
    HostConfig: { NetworkMode: first, PortBindings: ports },
    NetworkingConfig: { EndpointsConfig: { [first]: config } },
  } as Parameters<Docker['createContainer']>[0]);
  await c.start();
  for (const [network, endpoint] of more) await docker.getNetwork(network).connect({ Container: c.id, EndpointConfig: endpoint });
}

/** What Engine 28 (API 1.48+) added to networking, each case under its own role. */
async function createEngine28Topology(docker: Docker, name: (role: string) => string, label: Label) {
  const [dual4, dual6] = [await freeSubnet(docker), ulaSubnet()];
  await createBridge(docker, name('dual-net'), label, { subnets: [dual4, dual6], ipv6: true });
  await createBridge(docker, name('v6only-net'), label, { subnets: [ulaSubnet()], ipv4: false, ipv6: true });
  await createBridge(docker, name('internal-net'), label, { subnets: [await freeSubnet(docker)], internal: true });
  const routedMode = { 'com.docker.network.bridge.gateway_mode_ipv4': 'routed' };
  await createBridge(docker, name('routed-net'), label, { subnets: [await freeSubnet(docker)], options: routedMode });
  const [dual, v6only] = [name('dual-net'), name('v6only-net')];
  // Dual-stack (priority 0), then IPv6-only with priority 10: the engine keeps both routes on the dual-stack one.
  await createAttached(docker, name('multi'), label, [[dual, {}], [v6only, { Aliases: ['multi-v6'], GwPriority: 10 }]]);
  // Dual-stack (0), then IPv4-only app-net with priority 10: the dual-stack endpoint still wins both families.
  await createAttached(docker, name('dual-first'), label, [[dual, {}], [name('app-net'), { GwPriority: 10 }]]);
  // Two IPv4-only networks, priority 10 on back-net (which sorts after app-net): the route moves to back-net.
  await createAttached(docker, name('prio'), label, [[name('app-net'), {}], [name('back-net'), { GwPriority: 10 }]]);
  const fixed = { IPv4Address: dual4.replace(/\.0\/24$/, '.77'), IPv6Address: dual6.replace(/::\/64$/, '::77') };
  await createAttached(docker, name('fixed'), label, [[dual, { IPAMConfig: fixed }]]);
  await createAttached(docker, name('vault'), label, [[name('internal-net'), {}]]);
  await createAttached(docker, name('routed'), label, [[name('routed-net'), {}]]);
  await createAttached(docker, name('v6port'), label, [[dual, {}]], { '8080/tcp': [{ HostIp: '::', HostPort: String(await freeHostPort()) }] });
}

function redact(inspect: Json): Json {
  const config = inspect.Config as Json | undefined;
  return config?.Env ? { ...inspect, Config: { ...config, Env: ['REDACTED=1'] } } : inspect;
}

const lines = (output: string) => output.split('\n').map((l) => l.trim()).filter(Boolean);

/** `ip -4 route` and `ip -6 route` inside every running container that has a network stack of its own. */
async function recordRoutes(docker: Docker, inspects: Json[], roleOf: (name: string) => string) {
  const routes: Record<string, { ipv4: string[]; ipv6: string[] }> = {};
  for (const i of inspects) {
    const mode = String((i.HostConfig as Json).NetworkMode);
    if (!(i.State as Json).Running || mode === 'host' || mode.startsWith('container:')) continue;
    const id = i.Id as string;
    const [v4, v6] = [await exec(docker, id, ['ip', '-4', 'route']), await exec(docker, id, ['ip', '-6', 'route'])];
    routes[roleOf(i.Name as string)] = { ipv4: lines(v4.output), ipv6: lines(v6.output) };
  }
  return routes;
}

/** What the embedded DNS answered for some names: the short id, which on API >= 1.45 is no alias. */
async function recordLookups(docker: Docker, roles: Roles, ids: Record<string, string>, engine28: boolean) {
  const asked: Array<[string, string]> = [['api', roles.web], ['api', 'www'], ['api', ids.web.slice(0, 12)]];
  if (engine28) asked.push(['fixed', roles.multi], ['fixed', ids.multi.slice(0, 12)]);
  const lookups = [];
  for (const [from, name] of asked) lookups.push({ from, name, addresses: (await nslookup(docker, roles[from], name)).addresses });
  return lookups;
}

async function capture(docker: Docker, apiVersion: string, runId: string, roles: Roles): Promise<Json> {
  const version = (await docker.version()) as unknown as Json;
  const info = (await docker.info()) as Json;
  const filters = JSON.stringify({ label: [`${TEST_LABEL}=${runId}`] });
  const containers = (await docker.listContainers({ all: true, filters })) as unknown as Json[];
  const raw: Json[] = [];
  for (const c of containers) raw.push((await docker.getContainer(c.Id as string).inspect()) as unknown as Json);
  const wanted = new Set(BUILTIN_NETWORKS);
  for (const c of containers) {
    const nets = (c.NetworkSettings as { Networks?: Record<string, unknown> } | undefined)?.Networks ?? {};
    for (const n of Object.keys(nets)) wanted.add(n);
  }
  const networks = ((await docker.listNetworks()) as unknown as Json[]).filter((n) => wanted.has(n.Name as string));
  const byName = Object.fromEntries(Object.entries(roles).map(([role, name]) => [name, role]));
  const ids = Object.fromEntries(raw.map((i) => [byName[(i.Name as string).slice(1)], i.Id as string]));
  return {
    _meta: {
      description: 'Raw Engine API answers recorded by scripts/capture-fixtures.ts (npm run fixtures:capture).',
      capturedAt: new Date().toISOString(),
      apiVersion,
      serverVersion: version.Version,
      runId,
      roles,
      redacted: 'Config.Env of every inspect result; GET /info reduced to the fields netatlas reads.',
      routes: await recordRoutes(docker, raw, (name) => byName[name.slice(1)]),
      lookups: await recordLookups(docker, roles, ids, apiAtLeast(apiVersion, ENGINE_28_API)),
    },
    version,
    info: { ID: info.ID, Name: info.Name, ServerVersion: info.ServerVersion, OSType: info.OSType, Architecture: info.Architecture },
    containers,
    networks,
    inspects: Object.fromEntries(raw.map((i) => [i.Id as string, redact(i)])),
  };
}

/** The version netatlas would speak with the engine at DOCKER_HOST, and the engine's `major.minor`. */
async function negotiate(): Promise<{ apiVersion: string; release: string }> {
  const v = (await engine().version()) as unknown as { ApiVersion: string; MinAPIVersion?: string; Version: string };
  const n = negotiateApiVersion({ apiVersion: v.ApiVersion, minApiVersion: v.MinAPIVersion });
  if (!n.ok) throw new Error(n.message);
  const release = /^(\d+\.\d+)/.exec(v.Version)?.[1];
  if (!release) throw new Error(`unreadable engine version "${v.Version}"`);
  return { apiVersion: n.version, release };
}

async function main(): Promise<void> {
  const { apiVersion, release } = await negotiate();
  const out = path.join(FIXTURES, `engine-${release}.json`);
  const docker = engine(undefined, apiVersion);
  await ensureImage(docker);
  const runId = `fx${newRunId()}`;
  const roles: Roles = {};
  const name = namer(runId, roles);
  const label = { [TEST_LABEL]: runId };
  try {
    await createTopology(docker, runId, name, label);
    if (apiAtLeast(apiVersion, ENGINE_28_API)) await createEngine28Topology(docker, name, label);
    const fixture = await capture(docker, apiVersion, runId, roles);
    fs.mkdirSync(FIXTURES, { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
    if (fs.readFileSync(out, 'utf8').includes('do-not-commit')) throw new Error('an environment value leaked into the fixture');
    console.log(`wrote ${path.relative(process.cwd(), out)} at API ${apiVersion} (${(fixture.containers as unknown[]).length} containers, ${(fixture.networks as unknown[]).length} networks)`);
  } finally {
    await removeLabelled(docker, TEST_LABEL, runId);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
