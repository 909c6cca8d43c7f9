/**
 * The population `npm run bench:scale` measures: 20 compose-style projects owning 50 networks between
 * them, and containers that grow in place from the first size (100) to the second (1,000), so both
 * sizes are measured on one host in one run. It lives on a dedicated engine (never the main one,
 * which other tests share); everything carries `netatlas.test=<label>` and the owner label, and
 * {@link ScalePopulation.remove} takes it all away again, also after a failure half-way.
 */
import type Docker from 'dockerode';
import {
  LOCAL_ONLY_DNS, TEST_LABEL, createContainer, createNetwork, removeLabelled, type ContainerSpec,
} from '../test/support/test-engine';
import { inPool } from '../test/support/in-pool';

const PROJECTS = 20;
/** Projects 0-9 own three networks, 10-19 two: 50 in all, as the host has. */
const NETWORKS_OF = (p: number) => (p < 10 ? 3 : 2);
const NETWORK_KINDS = ['front', 'back', 'data'];
const SERVICES = ['web', 'api', 'worker', 'cache', 'db'];
/** Parallel creates: enough to keep dockerd busy, few enough not to time its API out on 2 cores. */
const CONCURRENCY = 16;

export interface Project {
  name: string;
  networks: string[];
}

/** One container as created: where it sits decides which edges a change can add or remove. */
export interface PlacedContainer {
  name: string;
  project: string;
  networks: string[];
  published: boolean;
}

export class ScalePopulation {
  readonly label: Record<string, string>;
  readonly projects: Project[] = [];
  readonly containers: PlacedContainer[] = [];

  /** `labelValue` goes on every resource; `prefix` starts every name (kept short: names are drawn on the map). */
  constructor(readonly docker: Docker, readonly labelValue: string, readonly prefix: string, private readonly signal: AbortSignal) {
    this.label = { [TEST_LABEL]: labelValue };
  }

  /** The 50 networks, one after another (the engine hands out /24s from its own pool). */
  async createNetworks(): Promise<void> {
    for (let p = 0; p < PROJECTS; p++) {
      const name = `${this.prefix}-p${String(p).padStart(2, '0')}`;
      const project: Project = { name, networks: [] };
      for (let k = 0; k < NETWORKS_OF(p); k++) {
        if (this.signal.aborted) throw new Error('interrupted');
        const net = `${name}_${NETWORK_KINDS[k]}`;
        await createNetwork(this.docker, { name: net, labels: { 'com.docker.compose.project': name, 'com.docker.compose.network': NETWORK_KINDS[k] } }, this.label);
        project.networks.push(net);
      }
      this.projects.push(project);
    }
  }

  /**
   * Container `i`: project i%20, first network round-robin over the project's, every third also on
   * the project's next network (connected after create, as compose does), every tenth publishing
   * 80/tcp on 127.0.0.1 at a port the engine picks.
   */
  private plan(i: number): { spec: ContainerSpec; placed: PlacedContainer } {
    const project = this.projects[i % PROJECTS];
    const round = Math.floor(i / PROJECTS);
    const service = SERVICES[round % SERVICES.length];
    const first = project.networks[round % project.networks.length];
    const second = i % 3 === 0 ? project.networks[(round + 1) % project.networks.length] : null;
    const published = i % 10 === 0;
    const name = `${project.name}-${service}-${String(i).padStart(4, '0')}`;
    const spec: ContainerSpec = {
      name,
      networkMode: first,
      networks: second ? [{ name: second }] : [],
      ports: published ? { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '' }] } : undefined,
      labels: { 'com.docker.compose.project': project.name, 'com.docker.compose.service': service, 'com.docker.compose.container-number': String(round + 1) },
      dns: LOCAL_ONLY_DNS,
      stopTimeout: 1,
    };
    return { spec, placed: { name, project: project.name, networks: second ? [first, second] : [first], published } };
  }

  /** Grows the population to `total` running containers, printing progress every tenth of the way. */
  async growTo(total: number, log: (line: string) => void): Promise<void> {
    const from = this.containers.length;
    const todo = Array.from({ length: Math.max(0, total - from) }, (_, k) => from + k);
    const step = Math.max(1, Math.ceil(todo.length / 10));
    let done = 0;
    const t0 = Date.now();
    await inPool(todo, CONCURRENCY, this.signal, async (i) => {
      const { spec, placed } = this.plan(i);
      await createContainer(this.docker, spec, this.label);
      this.containers.push(placed);
      if (++done % step === 0 || done === todo.length) log(`  ${from + done}/${total} containers (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    });
  }

  /** Every network name, the projects' own. */
  get networkNames(): string[] {
    return this.projects.flatMap((p) => p.networks);
  }

  /** Removes every labelled container (16 at a time: a thousand at once swamps dockerd) and then the networks. */
  async remove(): Promise<{ containers: number; networks: number }> {
    const filter = JSON.stringify({ label: [`${TEST_LABEL}=${this.labelValue}`] });
    const list = await this.docker.listContainers({ all: true, filters: filter });
    const never = new AbortController().signal; // cleanup runs to the end, also after Ctrl-C
    await inPool(list, CONCURRENCY, never, (c) => this.docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined));
    const rest = await removeLabelled(this.docker, TEST_LABEL, this.labelValue);
    return { containers: list.length + rest.containers, networks: rest.networks };
  }
}
