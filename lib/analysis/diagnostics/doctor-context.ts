import { dockerCli } from '../../cli/cli-commands';
import type { Container, Network, Topology } from '../../topology/types';
import type { Subject } from '../diagnostic-types';
import { ReachContext } from '../reachability-context';
import type { ContainerConfig, ContainerConfigs } from './container-config';
import { holdsNetworkStack } from '../../topology/container-state';
import { engineNetworks } from '../../topology/engine-view';

const NO_CONFIG: ContainerConfig = { env: [], links: [] };

/**
 * Lookups every rule needs, built once per run: containers and networks by id, each container's
 * networks (a `container:<x>` container's are its owner's: it lives in that stack), and its config.
 */
export class DoctorContext {
  readonly containers: Map<string, Container>;
  readonly networks: Map<string, Network>;
  private readonly networkIds = new Map<string, string[]>();
  /** Stack owners, host mode and the default bridge, decided as the reachability rules decide them. */
  private readonly reach: ReachContext;

  constructor(readonly topology: Topology, private readonly configs: ContainerConfigs) {
    this.containers = new Map(topology.containers.map((c) => [c.id, c]));
    this.networks = new Map(topology.networks.map((n) => [n.id, n]));
    for (const e of topology.endpoints) this.networkIds.set(e.containerId, [...(this.networkIds.get(e.containerId) ?? []), e.networkId]);
    this.reach = new ReachContext(topology);
  }

  config(containerId: string): ContainerConfig {
    return this.configs[containerId] ?? NO_CONFIG;
  }

  /** The engine holds its network stack (running, paused, restarting): its ports and addresses are taken. */
  holdsNetworkStack(c: Container): boolean {
    return holdsNetworkStack(c.state);
  }

  /** The id of the container whose network stack `c` lives in (itself unless `container:<x>`). */
  stackOwner(c: Container): string {
    return this.reach.owner(c).id;
  }

  /** Whether two containers share one network stack (one `localhost`). */
  sameStack(a: Container, b: Container): boolean {
    return this.stackOwner(a) === this.stackOwner(b);
  }

  /** The networks a container is attached to (through its stack's owner for `container:<x>`). */
  networksOf(c: Container): Network[] {
    return (this.networkIds.get(this.stackOwner(c)) ?? []).map((id) => this.networks.get(id)).filter((n): n is Network => !!n);
  }

  /** Networks both containers are on, where one can reach the other (not host or none). */
  shared(a: Container, b: Container): Network[] {
    const other = new Set(this.networksOf(b).map((n) => n.id));
    return this.networksOf(a).filter((n) => other.has(n.id) && n.driver !== 'host' && n.driver !== 'null');
  }

  /** The default `bridge` network, where names do not resolve. */
  isDefaultBridge(n: Network): boolean {
    return this.reach.isDefaultBridge(n);
  }

  /** Host mode: `localhost` is the host itself, and there is no network to share. */
  isHostMode(c: Container): boolean {
    return this.reach.owner(c).networkMode === 'host';
  }

  /** A container that answers on container port `port`: it exposes or publishes it, or publishes host port `port`. */
  servesPort(c: Container, port: number, hostPortToo = true): boolean {
    return [...c.ports, ...c.exposedPorts].some((p) => p.containerPort === port) ||
      (hostPortToo && c.ports.some((p) => p.hostPort === port));
  }

  /** Whether both run on one engine (one host). */
  sameEngine(a: Container, b: Container): boolean {
    return this.reach.sameEngine(a, b);
  }

  /** The engine's name, for words. */
  engineName(engineId: string): string {
    return this.reach.engineName(engineId);
  }

  /** Where containers on other hosts reach this engine's host; null when unknown. */
  engineAddress(engineId: string): string | null {
    return this.reach.engineAddress(engineId);
  }

  /** The networks an engine has: its own, and swarm networks that span it. */
  networksOn(engineId: string): Network[] {
    return engineNetworks(this.topology, engineId);
  }

  /** The `docker` command that goes to that engine (`--context`, `-H` or plain): the CLI a fix's text shows. */
  cli(engineId: string): string {
    return dockerCli(this.topology.engines.find((e) => e.id === engineId) ?? this.topology.engine);
  }

  subject(x: Container | Network, kind: Subject['kind']): Subject {
    return { kind, id: x.id, name: x.name };
  }
}
