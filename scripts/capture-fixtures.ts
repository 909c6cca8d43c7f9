/**
 * npm run fixtures:capture: builds a small labelled topology on the real engine, records the raw
 * Engine API answers netatlas reads, and writes them to lib/topology/__fixtures__/engine-20.10.json
 * for the unit tests. Then removes everything it created (also on failure).
 *
 * Recorded at API 1.41 (what netatlas speaks): GET /version, GET /info (the fields netatlas reads),
 * GET /containers/json?all=1 and GET /networks restricted to the labelled containers, their
 * networks and the builtin ones, and GET /containers/{id}/json for each labelled container with
 * Config.Env replaced by ['REDACTED=1'] so that no environment value ends up in git.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Docker from 'dockerode';
import {
  TEST_LABEL,
  createContainer,
  createNetwork,
  engine,
  ensureImage,
  freeHostPort,
  freeSubnet,
  newRunId,
  removeLabelled,
  type ContainerSpec,
} from '../test/support/test-engine';

const OUT = path.join(__dirname, '..', 'lib', 'topology', '__fixtures__', 'engine-20.10.json');
const API_VERSION = '1.41';
const BUILTIN_NETWORKS = ['bridge', 'host', 'none'];

type Json = Record<string, unknown>;

async function createTopology(docker: Docker, runId: string, roles: Record<string, string>) {
  const label = { [TEST_LABEL]: runId };
  const name = (role: string) => (roles[role] = `nt-${runId}-${role}`);
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
  await createContainer(docker, { name: name('sidecar'), networkMode: `container:${roles.api}` }, label);
  await docker.getContainer(roles.exited).wait();
}

function redact(inspect: Json): Json {
  const config = inspect.Config as Json | undefined;
  return config?.Env ? { ...inspect, Config: { ...config, Env: ['REDACTED=1'] } } : inspect;
}

async function capture(docker: Docker, runId: string, roles: Record<string, string>): Promise<Json> {
  const version = (await docker.version()) as unknown as Json;
  const info = (await docker.info()) as Json;
  const filters = JSON.stringify({ label: [`${TEST_LABEL}=${runId}`] });
  const containers = (await docker.listContainers({ all: true, filters })) as unknown as Json[];
  const inspects: Record<string, Json> = {};
  for (const c of containers) inspects[c.Id as string] = redact((await docker.getContainer(c.Id as string).inspect()) as unknown as Json);
  const wanted = new Set(BUILTIN_NETWORKS);
  for (const c of containers) {
    const nets = (c.NetworkSettings as { Networks?: Record<string, unknown> } | undefined)?.Networks ?? {};
    for (const n of Object.keys(nets)) wanted.add(n);
  }
  const networks = ((await docker.listNetworks()) as unknown as Json[]).filter((n) => wanted.has(n.Name as string));
  return {
    _meta: {
      description: 'Raw Engine API answers recorded by scripts/capture-fixtures.ts (npm run fixtures:capture).',
      capturedAt: new Date().toISOString(),
      apiVersion: API_VERSION,
      serverVersion: version.Version,
      runId,
      roles,
      redacted: 'Config.Env of every inspect result; GET /info reduced to the fields netatlas reads.',
    },
    version,
    info: { ID: info.ID, Name: info.Name, ServerVersion: info.ServerVersion, OSType: info.OSType, Architecture: info.Architecture },
    containers,
    networks,
    inspects,
  };
}

async function main(): Promise<void> {
  const docker = engine(undefined, API_VERSION);
  await ensureImage(docker);
  const runId = `fx${newRunId()}`;
  const roles: Record<string, string> = {};
  try {
    await createTopology(docker, runId, roles);
    const fixture = await capture(docker, runId, roles);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, `${JSON.stringify(fixture, null, 2)}\n`);
    if (fs.readFileSync(OUT, 'utf8').includes('do-not-commit')) throw new Error('an environment value leaked into the fixture');
    console.log(`wrote ${path.relative(process.cwd(), OUT)} (${(fixture.containers as unknown[]).length} containers, ${(fixture.networks as unknown[]).length} networks)`);
  } finally {
    await removeLabelled(docker, TEST_LABEL, runId);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
