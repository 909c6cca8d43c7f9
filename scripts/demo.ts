/**
 * npm run demo:up / demo:down: the tutorial's demo topology, built the way `docker compose` would
 * (project/service labels, the service name as a network alias, `<project>-<service>-1` names) plus the
 * cases compose files rarely show: the default bridge, host, none, a shared network stack, a stopped
 * container. Everything carries `netatlas.demo=1`; demo:down removes exactly that and nothing else.
 */
import fs from 'node:fs';
import type Docker from 'dockerode';
import {
  createContainer, createNetwork, engine, ensureImage, imageExists, pullImage, removeLabelled, type ContainerSpec,
} from '../test/support/test-engine';
import { AppError } from '../lib/errors/app-error';
import { parseDockerHost } from '../lib/engine/docker-host';
import { toAppError } from '../lib/engine/engine-errors';

const LABEL_KEY = 'netatlas.demo';
const LABEL = { [LABEL_KEY]: '1' };
const IMAGE = process.env.DEMO_IMAGE || 'busybox';

const compose = (project: string, service: string) => ({
  name: `${project}-${service}-1`,
  aliases: [service],
  labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': service },
});
const tcp = (hostIp: string, hostPort: number) => [{ HostIp: hostIp, HostPort: String(hostPort) }];

const NETWORKS = [
  { project: 'de-pipeline', network: 'default' },
  { project: 'shop', network: 'frontend' },
  { project: 'shop', network: 'backend' },
].map(({ project, network }) => ({
  name: `${project}_${network}`,
  labels: { 'com.docker.compose.project': project, 'com.docker.compose.network': network },
}));

/** Created together; `sidecar` joins `shop-api-1`'s network stack, so it follows once that one runs. */
const CONTAINERS: ContainerSpec[] = [
  { ...compose('de-pipeline', 'warehouse'), networkMode: 'de-pipeline_default', ports: { '5432/tcp': tcp('127.0.0.1', 5432) } },
  // Planted mistake for the doctor: a cache published on every interface (on a high host port).
  { ...compose('de-pipeline', 'redis'), networkMode: 'de-pipeline_default', expose: ['6379/tcp'], ports: { '6379/tcp': tcp('0.0.0.0', 16379) } },
  { ...compose('de-pipeline', 'etl'), networkMode: 'de-pipeline_default', env: ['DB_HOST=warehouse', 'REDIS_HOST=redis'] },
  { ...compose('shop', 'web'), networkMode: 'shop_frontend', ports: { '80/tcp': tcp('0.0.0.0', 8080) } },
  // Planted mistake: localhost inside api means api itself, not db.
  { ...compose('shop', 'api'), networkMode: 'shop_frontend', networks: [{ name: 'shop_backend', aliases: ['api'] }], expose: ['8000/tcp'], env: ['DATABASE_URL=postgres://shop:demo-password@localhost:5432/shop'] },
  { ...compose('shop', 'db'), networkMode: 'shop_backend', expose: ['5432/tcp'] },
  // Planted mistake: a name on the default bridge, where names do not resolve.
  { name: 'legacy-a', networkMode: 'bridge', env: ['API_URL=http://legacy-b:9000'] },
  { name: 'legacy-b', networkMode: 'bridge', ports: { '9000/tcp': tcp('0.0.0.0', 9000), '53/udp': tcp('0.0.0.0', 9053) } },
  { name: 'node-exporter', networkMode: 'host' },
  { name: 'batch-job', networkMode: 'none' },
  { name: 'old-worker', networkMode: 'de-pipeline_default', start: false },
];
const SIDECAR: ContainerSpec = { name: 'sidecar', networkMode: 'container:shop-api-1' };

/** The engine's own words (or, when it cannot be reached, what was tried and how to fix it). */
function engineMessage(err: unknown): string {
  const e = err instanceof AppError ? err : toAppError(err, parseDockerHost(process.env.DOCKER_HOST));
  return e.hint ? `${e.message} ${e.hint}` : e.message;
}

/** DEMO_IMAGE as it is, pulled, or (no registry) built from the host's busybox. Says which. */
async function ensureDemoImage(docker: Docker): Promise<string> {
  if (await imageExists(docker, IMAGE)) return `${IMAGE} (present)`;
  try {
    await pullImage(docker, IMAGE);
    return `${IMAGE} (pulled)`;
  } catch (err) {
    if (!fs.existsSync('/bin/busybox')) throw err;
    console.log(`Could not pull ${IMAGE} (${engineMessage(err)}); building it locally from /bin/busybox.`);
    await ensureImage(docker, IMAGE, LABEL);
    return `${IMAGE} (built locally from /bin/busybox)`;
  }
}

/** Creates and starts one container; a start failure (e.g. a port in use) is returned, not thrown. */
async function up(docker: Docker, spec: ContainerSpec): Promise<string | null> {
  const container = await createContainer(docker, { ...spec, image: IMAGE, start: false }, LABEL);
  if (spec.start === false) return null;
  try {
    await container.start();
    return null;
  } catch (err) {
    return `${spec.name} is created but did not start: ${engineMessage(err)}`;
  }
}

async function demoUp(docker: Docker): Promise<number> {
  const [removed, image] = await Promise.all([removeLabelled(docker, LABEL_KEY, '1'), ensureDemoImage(docker)]);
  if (removed.containers || removed.networks) console.log(`Removed the previous demo (${removed.containers} containers, ${removed.networks} networks).`);
  await Promise.all(NETWORKS.map((n) => createNetwork(docker, n, LABEL)));
  const problems = await Promise.all(
    CONTAINERS.map((c) => {
      if (c.name !== 'shop-api-1') return up(docker, c);
      return up(docker, c).then((p) => (p ? `${p} (so sidecar was not created)` : up(docker, SIDECAR)));
    }),
  );
  const port = process.env.PORT || '3000';
  console.log(`Demo is up (image ${image}):
  de-pipeline   de-pipeline_default           warehouse (127.0.0.1:5432->5432/tcp), redis (0.0.0.0:16379->6379/tcp), etl, old-worker (never started)
  shop          shop_frontend, shop_backend   web (0.0.0.0:8080->80/tcp), api (both networks), db (backend only)
  bridge        legacy-a, legacy-b (0.0.0.0:9000->9000/tcp, 0.0.0.0:9053->53/udp)
  host / none   node-exporter (host), batch-job (none); sidecar shares shop-api-1's network stack
  for the doctor: redis published on every interface, api's DATABASE_URL says localhost, legacy-a calls legacy-b by name on the default bridge
Open http://127.0.0.1:${port} (npm start). Remove it with: npm run demo:down`);
  const failed = problems.filter((p): p is string => p !== null);
  for (const p of failed) console.error(`! ${p}`);
  return failed.length ? 1 : 0;
}

async function main(): Promise<number> {
  const command = process.argv[2];
  parseDockerHost(process.env.DOCKER_HOST); // an unusable DOCKER_HOST stops here, with its fix
  const docker = engine();
  if (command === 'up') return demoUp(docker);
  if (command === 'down') {
    const removed = await removeLabelled(docker, LABEL_KEY, '1');
    console.log(`Demo removed (${removed.containers} containers, ${removed.networks} networks labelled ${LABEL_KEY}=1).`);
    return 0;
  }
  console.error('usage: tsx scripts/demo.ts up|down');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`demo failed: ${engineMessage(err)}`);
    process.exit(1);
  },
);
