/**
 * The topology the e2e specs look at, created on the real engine by globalSetup:
 *
 *   nt-<run>-backend  (user-defined bridge, embedded DNS)  api (alias `api`), db, stopped
 *   nt-<run>-frontend (user-defined bridge, embedded DNS)  api, web
 *   bridge (the default bridge, no names)                   bridge-a, bridge-b
 *   host                                                    hostmode
 *
 * db publishes 127.0.0.1:<free>->5432, web 0.0.0.0:<free>->80, api exposes 8080 without publishing.
 * Every resource carries `netatlas.test=e2e-<runId>`; names start with `nt-<runId>-`.
 */
import type Docker from 'dockerode';
import {
  LOCAL_ONLY_DNS,
  TEST_LABEL,
  createContainer,
  createNetwork,
  freeHostPort,
  freeSubnet,
  type ContainerSpec,
} from '../../test/support/test-engine';
import type { E2ERun } from './e2e-run';

/** A bridge network on a free explicit /24, so the run does not drain the engine's default pools. */
async function createSubnetNetwork(docker: Docker, name: string, labels: Record<string, string>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await createNetwork(docker, { name, subnet: await freeSubnet(docker) }, labels);
      return;
    } catch (err) {
      // Another run may have taken the same /24 between our look and our create.
      if (attempt >= 5 || !/overlap/i.test(String((err as Error).message))) throw err;
    }
  }
}

/** Picks the host ports the run will publish. */
export async function pickPorts(): Promise<E2ERun['ports']> {
  const db = await freeHostPort();
  let web = await freeHostPort();
  while (web === db) web = await freeHostPort();
  return { db, web };
}

/** Creates the e2e topology of `run` (see the file comment). */
export async function createTopology(docker: Docker, run: E2ERun): Promise<void> {
  const labels = { [TEST_LABEL]: run.label };
  const { names, ports } = run;
  await createSubnetNetwork(docker, names.backend, labels);
  await createSubnetNetwork(docker, names.frontend, labels);

  // Lookups the embedded DNS cannot answer go nowhere (no traffic beyond what the test created).
  const base: Partial<ContainerSpec> = { dns: LOCAL_ONLY_DNS };
  const specs: ContainerSpec[] = [
    { ...base, name: names.api, networkMode: names.backend, aliases: ['api'], networks: [{ name: names.frontend }], expose: ['8080/tcp'] },
    { ...base, name: names.db, networkMode: names.backend, ports: { '5432/tcp': [{ HostIp: '127.0.0.1', HostPort: String(ports.db) }] } },
    { ...base, name: names.web, networkMode: names.frontend, ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: String(ports.web) }] } },
    { ...base, name: names.stopped, networkMode: names.backend },
    { name: names.hostMode, networkMode: 'host' },
    { ...base, name: names.bridgeA, networkMode: 'bridge' },
    { ...base, name: names.bridgeB, networkMode: 'bridge' },
  ];
  for (const spec of specs) await createContainer(docker, spec, labels);
  // Stopped after it ran once, as a user's exited container is: it keeps its network, loses its IP.
  await docker.getContainer(names.stopped).stop({ t: 0 });
}
