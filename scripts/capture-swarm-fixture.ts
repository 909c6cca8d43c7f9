/**
 * npx tsx scripts/capture-swarm-fixture.ts: records a real one-node swarm's Engine API answers into
 * lib/topology/__fixtures__/swarm-20.10.json for the unit tests of toSwarm.
 *
 * Never touches the main engine's swarm state: it starts a second engine in its own network
 * namespace (test/support/second-engine.ts), runs `docker swarm init` there (advertising docker0's
 * address, see test/integration/support/swarm-scenario.ts), and builds:
 *  - the issue's scenario: attachable overlay `nt-swarm-net` (10.219.1.0/24), service `nt-web` (2
 *    replicas, 8080:80 on the routing mesh), standalone `nt-solo` on the overlay;
 *  - the cases it lacks: `nt-dns`, global, endpoint mode dnsrr, 9090:90 published in host mode, once
 *    force-updated (so its replaced task stays in the history, shutdown/shutdown); `nt-fail`, one
 *    replica that exits 3 with restart condition none (a failed task with its error).
 * Then it records, at API 1.41: the Swarm part of GET /info (Cluster.TLSInfo and Cluster.Spec
 * left out), GET /services, /tasks, /nodes (each node's Description.TLSInfo left out),
 * /containers/json?all=1, /networks and GET /containers/{id}/json of every container (Config.Env
 * replaced), so that a whole topology can be built from it. Finally it leaves the swarm and destroys
 * the engine, also on failure. Everything is labelled `netatlas.test=<runId>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SecondEngine, secondEngineUnsupported } from '../test/support/second-engine';
import { dockerCli } from '../test/support/docker-cli';
import { TEST_IMAGE, TEST_LABEL, engine, ensureImage, newRunId, withOwner } from '../test/support/test-engine';
import { createSwarmScenario, initSwarm, leaveSwarm, waitForTasks } from '../test/integration/support/swarm-scenario';

const OUT = path.join(__dirname, '..', 'lib', 'topology', '__fixtures__', 'swarm-20.10.json');
const API_VERSION = '1.41';

type Json = Record<string, unknown>;

function labelFlags(label: Record<string, string>): string[] {
  return Object.entries(withOwner(label)).flatMap(([k, v]) => ['--label', `${k}=${v}`, '--container-label', `${k}=${v}`]);
}

/** The services the scenario lacks: a global dnsrr one with a host-mode port (force-updated once), a failed one. */
async function createExtras(h: SecondEngine, label: Record<string, string>): Promise<void> {
  const base = ['--no-resolve-image', '--detach', '--stop-grace-period', '1s', ...labelFlags(label)];
  await dockerCli('-H', h.host, 'service', 'create', '--name', 'nt-dns', '--mode', 'global', '--endpoint-mode', 'dnsrr',
    '--network', 'nt-swarm-net', '--publish', 'mode=host,published=9090,target=90', ...base, TEST_IMAGE, 'sleep', 'infinity');
  await dockerCli('-H', h.host, 'service', 'create', '--name', 'nt-fail', '--replicas', '1', '--restart-condition', 'none',
    ...base, TEST_IMAGE, 'sh', '-c', 'exit 3');
  await waitForTasks(h, 'nt-dns', 1);
  await dockerCli('-H', h.host, 'service', 'update', '--force', '--detach=false', 'nt-dns');
  await waitForTasks(h, 'nt-dns', 1, 'shutdown');
  await waitForTasks(h, 'nt-fail', 1, 'failed');
}

function redact(inspect: Json): Json {
  const config = inspect.Config as Json | undefined;
  return config?.Env ? { ...inspect, Config: { ...config, Env: ['REDACTED=1'] } } : inspect;
}

async function capture(h: SecondEngine, runId: string, advertiseAddr: string): Promise<Json> {
  const docker = engine(h.host, API_VERSION);
  const version = (await docker.version()) as unknown as Json;
  const info = (await docker.info()) as Json;
  const swarm = { ...(info.Swarm as Json) };
  const { TLSInfo: _tls, Spec: _spec, ...cluster } = (swarm.Cluster ?? {}) as Json;
  const [services, tasks, rawNodes, containers, networks] = await Promise.all([
    docker.listServices(), docker.listTasks(), docker.listNodes(), docker.listContainers({ all: true }), docker.listNetworks(),
  ]);
  const nodes = (rawNodes as unknown as Json[]).map((n) => {
    const { TLSInfo: _nodeTls, ...description } = (n.Description ?? {}) as Json;
    return { ...n, Description: description };
  });
  const inspects: Record<string, Json> = {};
  for (const c of containers) inspects[c.Id] = redact((await docker.getContainer(c.Id).inspect()) as unknown as Json);
  return {
    _meta: {
      description: 'Raw Engine API answers of a one-node swarm on a second engine, recorded by scripts/capture-swarm-fixture.ts.',
      capturedAt: new Date().toISOString(),
      apiVersion: API_VERSION,
      serverVersion: version.Version,
      runId,
      advertiseAddr,
      redacted: 'Swarm.Cluster.TLSInfo and .Spec of GET /info; Description.TLSInfo of each node; Config.Env of every inspect result.',
    },
    version: { Version: version.Version, ApiVersion: version.ApiVersion },
    info: { ID: info.ID, Name: info.Name, ServerVersion: info.ServerVersion, Swarm: { ...swarm, Cluster: cluster } },
    services,
    tasks,
    nodes,
    containers,
    networks,
    inspects,
  };
}

async function main(): Promise<void> {
  const unsupported = secondEngineUnsupported();
  if (unsupported) throw new Error(`cannot start a second engine here: ${unsupported}`);
  await ensureImage(engine());
  const runId = `fx${newRunId()}`;
  const label = { [TEST_LABEL]: runId };
  const h = new SecondEngine({ id: runId.slice(-8), pool: '10.209.0.0/16' });
  try {
    const started = Date.now();
    await h.start();
    await h.loadImage(TEST_IMAGE);
    const addr = await initSwarm(h, '10.219.0.0/16');
    await createSwarmScenario(h, { label, subnet: '10.219.1.0/24', publishedPort: 8080 });
    await createExtras(h, label);
    const fixture = await capture(h, runId, addr);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    const text = `${JSON.stringify(fixture, null, 2)}\n`;
    if (/BEGIN CERTIFICATE|PRIVATE KEY/.test(text)) throw new Error('certificate or key material would leak into the fixture');
    fs.writeFileSync(OUT, text);
    const count = (k: string) => (fixture[k] as unknown[]).length;
    console.log(`wrote ${path.relative(process.cwd(), OUT)} (${count('services')} services, ${count('tasks')} tasks, ${count('nodes')} nodes, ${count('containers')} containers, ${count('networks')} networks) in ${Date.now() - started} ms`);
  } finally {
    const t0 = Date.now();
    await leaveSwarm(h);
    const t1 = Date.now();
    await h.destroy();
    console.log(`left the swarm in ${t1 - t0} ms, destroyed the engine in ${Date.now() - t1} ms`);
  }
}

// Exit at once: SecondEngine.stop() leaves its 30 s SIGKILL fallback timer running, which would hold the process.
main().then(() => process.exit(0), (err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
