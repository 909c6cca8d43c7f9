/**
 * The domain model: what netatlas knows about one Docker engine's networking.
 * camelCase, JSON-serializable, keyed by full 64-hex ids. Built from raw engine
 * objects by `buildTopology`; everything after that (analysis, graph, UI) reads only this.
 */

/** The engine the topology was read from. */
export interface EngineInfo {
  /** Engine ID as reported by `GET /info`. */
  id: string;
  /** Engine host name (`docker info` Name). */
  name: string;
  /** Engine version, e.g. `20.10.24`. */
  serverVersion: string;
  /** The API version netatlas negotiated with this engine (lower of engine's and highest tested). */
  apiVersion: string;
  /** Where the engine was reached, e.g. `unix:///var/run/docker.sock`. */
  host: string;
  /**
   * A swarm manager (`docker info` Swarm.ControlAvailable) when netatlas connected: only then can it
   * create overlay networks. Read once per connection; the engine refuses an overlay anyway if it is not.
   */
  swarmManager: boolean;
}

export interface Subnet {
  subnet: string;
  gateway: string | null;
  /** The IPAM range containers get addresses from, when narrower than the subnet. */
  ipRange: string | null;
}

export interface Network {
  id: string;
  name: string;
  driver: string;
  scope: string;
  internal: boolean;
  attachable: boolean;
  ingress: boolean;
  /** Created by the engine itself (bridge, host, none, swarm's ingress and docker_gwbridge). */
  builtin: boolean;
  /** True where Docker's embedded DNS resolves container names and aliases on this network. */
  dns: boolean;
  ipv6: boolean;
  subnets: Subnet[];
  options: Record<string, string>;
  labels: Record<string, string>;
  createdAt: string;
}

export interface PublishedPort {
  /** Host address the port is bound to: `0.0.0.0`/`::` is every interface, `127.0.0.1` this host only. */
  hostIp: string;
  hostPort: number;
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
}

export interface ExposedPort {
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
}

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface Container {
  id: string;
  /** Name without the leading slash. */
  name: string;
  image: string;
  state: ContainerState;
  /** Human status from the engine, e.g. `Up 3 minutes`. */
  status: string;
  /** `HostConfig.NetworkMode`: `bridge`, `host`, `none`, a network name, or `container:<id>`. */
  networkMode: string;
  /** Full id of the container whose network stack this one shares (`container:<x>` mode), else null. */
  sharesNetworkWith: string | null;
  compose: { project: string; service: string } | null;
  labels: Record<string, string>;
  /**
   * Published ports. For a running container the engine's actual bindings; for one that is not
   * running, the bindings it asks for (`HostConfig.PortBindings`), which it gets when it starts.
   */
  ports: PublishedPort[];
  /** Ports the image or container exposes that are not published to the host. */
  exposedPorts: ExposedPort[];
  /**
   * Why the engine's last attempt to start this container failed, in the engine's words
   * (`State.Error`), e.g. `… Bind for 0.0.0.0:5432 failed: port is already allocated`; null when
   * nothing failed (the engine clears it on a successful start).
   */
  startError: string | null;
}

/** One container's attachment to one network. */
export interface Endpoint {
  networkId: string;
  containerId: string;
  /** Null while the container is not running, and for host/none mode. */
  ipv4: string | null;
  ipv6: string | null;
  mac: string | null;
  gateway: string | null;
  /** Network-scoped aliases as configured (on engines < API 1.45 this includes the short id). */
  aliases: string[];
  /** Exactly the names that resolve to this endpoint from another container on the same network. */
  dnsNames: string[];
}

export interface Topology {
  engine: EngineInfo;
  networks: Network[];
  containers: Container[];
  endpoints: Endpoint[];
}
