/**
 * One integration test file's resources on the real engine: a run id, labelled networks and
 * containers named `nt-<runId>-<name>`, a netatlas client to read the topology, and removal in
 * afterAll (also when a test or a hook failed). Built on test/support/test-engine.ts.
 */
import type Docker from 'dockerode';
import { afterAll, inject } from 'vitest';
import { parseDockerHost } from '@/lib/engine/docker-host';
import { EngineClient } from '@/lib/engine/engine-client';
import { readTopology } from '@/lib/engine/read-topology';
import type { Container, Endpoint, Network, Topology } from '@/lib/topology/types';
import {
  LOCAL_ONLY_DNS,
  TEST_LABEL,
  TEST_SESSION_LABEL,
  createContainer,
  createNetwork,
  engine,
  freeSubnet,
  newRunId,
  removeLabelled,
  type ContainerSpec,
} from '../../support/test-engine';

export interface Created {
  id: string;
  name: string;
}

/** A netatlas client for DOCKER_HOST, as the app builds it (fresh session, empty inspect cache). */
export function newClient(): EngineClient {
  return new EngineClient(parseDockerHost(process.env.DOCKER_HOST));
}

/** The dockerode client of `client`'s session, as netatlas calls the engine through it (for spies on its calls). */
export function sessionDocker(client: EngineClient): Promise<Docker> {
  return client.call(async (session) => session.docker);
}

export class Scenario {
  readonly docker: Docker = engine();
  readonly runId = newRunId();
  readonly labels: Record<string, string>;
  readonly client = newClient();

  constructor(session?: string) {
    this.labels = { [TEST_LABEL]: this.runId, ...(session ? { [TEST_SESSION_LABEL]: session } : {}) };
  }

  name(short: string): string {
    return `nt-${this.runId}-${short}`;
  }

  /** A labelled bridge network on a free explicit /24 (retried if another run took it meanwhile). */
  async network(short: string, opts: { internal?: boolean } = {}): Promise<Created & { subnet: string }> {
    for (let attempt = 1; ; attempt++) {
      const subnet = await freeSubnet(this.docker);
      try {
        const net = await createNetwork(this.docker, { name: this.name(short), subnet, internal: opts.internal }, this.labels);
        return { id: net.id, name: this.name(short), subnet };
      } catch (err) {
        if (attempt >= 5 || !/overlap/i.test(String((err as Error).message))) throw err;
      }
    }
  }

  /**
   * A labelled container (started unless `start: false`). Lookups stay local ({@link LOCAL_ONLY_DNS})
   * wherever the network mode allows a DNS setting.
   */
  async container(short: string, spec: Omit<ContainerSpec, 'name'> = {}): Promise<Created> {
    const mode = spec.networkMode ?? 'bridge';
    const dnsAllowed = mode !== 'host' && mode !== 'none' && !mode.startsWith('container:');
    const c = await createContainer(
      this.docker,
      { dns: dnsAllowed ? LOCAL_ONLY_DNS : undefined, ...spec, name: this.name(short) },
      this.labels,
    );
    return { id: c.id, name: this.name(short) };
  }

  topology(client: EngineClient = this.client): Promise<Topology> {
    return readTopology(client);
  }

  remove(): Promise<unknown> {
    return removeLabelled(this.docker, TEST_LABEL, this.runId);
  }
}

/** A {@link Scenario} for the calling test file, removed in afterAll whatever happened. */
export function useScenario(): Scenario {
  const scenario = new Scenario(inject('netatlasSession'));
  afterAll(() => scenario.remove());
  return scenario;
}

export function containerNamed(t: Topology, name: string): Container {
  const c = t.containers.find((x) => x.name === name);
  if (!c) throw new Error(`container ${name} is not in the topology`);
  return c;
}

export function networkNamed(t: Topology, name: string): Network {
  const n = t.networks.find((x) => x.name === name);
  if (!n) throw new Error(`network ${name} is not in the topology`);
  return n;
}

export function endpointsOf(t: Topology, containerId: string): Endpoint[] {
  return t.endpoints.filter((e) => e.containerId === containerId);
}

/** The endpoint of a container on a network (both by name). */
export function endpointOf(t: Topology, containerName: string, networkName: string): Endpoint {
  const c = containerNamed(t, containerName);
  const n = networkNamed(t, networkName);
  const e = t.endpoints.find((x) => x.containerId === c.id && x.networkId === n.id);
  if (!e) throw new Error(`${containerName} has no endpoint on ${networkName}`);
  return e;
}

/**
 * `<container id> <ipv4>` for every container `docker network inspect` lists on a network, and the
 * same pairs from the topology's endpoints; `only` restricts both to some containers (for shared
 * networks such as the default bridge, where other containers come and go).
 */
export async function addressPairs(
  docker: Docker,
  t: Topology,
  networkId: string,
  only?: Set<string>,
): Promise<{ engine: string[]; topology: string[] }> {
  const inspected = (await docker.getNetwork(networkId).inspect()) as {
    Containers?: Record<string, { IPv4Address?: string }>;
  };
  const keep = (id: string) => !only || only.has(id);
  const engineSide = Object.entries(inspected.Containers ?? {})
    .filter(([id, c]) => keep(id) && c.IPv4Address)
    .map(([id, c]) => `${id} ${c.IPv4Address!.split('/')[0]}`);
  const topologySide = t.endpoints
    .filter((e) => e.networkId === networkId && e.ipv4 && keep(e.containerId))
    .map((e) => `${e.containerId} ${e.ipv4}`);
  return { engine: engineSide.sort(), topology: topologySide.sort() };
}
