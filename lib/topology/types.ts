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
  /** The API version netatlas speaks with this engine (the newest both know, never below the engine's minimum). */
  apiVersion: string;
  /** The newest API the engine itself speaks (`GET /version` ApiVersion), e.g. `1.51` on Engine 28.5. */
  engineApiVersion?: string;
  /** The oldest API the engine accepts (`MinAPIVersion`), e.g. `1.44` on Engine 29; null when it does not say. */
  minApiVersion?: string | null;
  /** Where the engine was reached, e.g. `unix:///var/run/docker.sock`. */
  host: string;
  /**
   * A swarm manager (`docker info` Swarm.ControlAvailable) when netatlas connected: only then can it
   * create overlay networks. Read once per connection; the engine refuses an overlay anyway if it is not.
   */
  swarmManager: boolean;
  /** This engine's node id in its swarm (`docker info` Swarm.NodeID), or null outside a swarm. Read with swarmManager. */
  swarmNodeId: string | null;
}

export interface Subnet {
  subnet: string;
  /** 4 or 6: the address family of {@link subnet}. */
  family: 4 | 6;
  gateway: string | null;
  /** The IPAM range containers get addresses from, when narrower than the subnet. */
  ipRange: string | null;
}

export interface Network {
  id: string;
  /** The engine (netatlas engine id) this network was read from; for a swarm-scope network, the first of {@link engineIds}. */
  engineId: string;
  /**
   * Every engine this network was seen on. One entry for a `local` network; a swarm-scope (overlay)
   * network has the same id on every node it spans and is listed once, with all of them.
   */
  engineIds: string[];
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
  /** IPv4 is enabled (`EnableIPv4`, Engine 28+); false for an IPv6-only network (`--ipv4=false`). Always true before 28. */
  ipv4: boolean;
  /** IPv6 is enabled (`EnableIPv6`): containers get IPv6 addresses from its IPv6 subnets. */
  ipv6: boolean;
  /**
   * How a bridge network's gateway forwards each family (`com.docker.network.bridge.gateway_mode_ipv4/6`):
   * `nat` (the default: masquerade, only published ports reachable from outside), `nat-unprotected`
   * (NAT, but every port reachable by direct routing), `routed` (no NAT: the container's address is routed,
   * published ports reachable at it), `isolated` (no gateway at all). Null for drivers other than bridge.
   */
  gatewayModes: { ipv4: GatewayMode; ipv6: GatewayMode } | null;
  /** The host interface a macvlan/ipvlan network sits on (`-o parent=eth0`); null for other drivers. */
  parent: string | null;
  subnets: Subnet[];
  options: Record<string, string>;
  /** Every label key; a value only where the label policy shows it, else null (withheld; see {@link ShownLabels}). */
  labels: ShownLabels;
  createdAt: string;
}

/**
 * Labels as the browser may see them: every key, with its value only for the allowlisted keys
 * (compose, stack, OCI image, netatlas's own) and those matching `NETATLAS_SHOW_LABELS`; `null` means
 * the engine has a value that netatlas withholds (labels often carry secrets: a basic-auth hash, a
 * database URL). An empty string is a label set to nothing, not a withheld one.
 */
export type ShownLabels = Record<string, string | null>;

/** A bridge gateway mode (Engine 27+ option; `nat` everywhere it is not set). */
export type GatewayMode = 'nat' | 'nat-unprotected' | 'routed' | 'isolated';

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
  /** The engine (netatlas engine id) this container runs on. */
  engineId: string;
  /** Name without the leading slash. */
  name: string;
  image: string;
  state: ContainerState;
  /** Human status from the engine without its relative time, e.g. `Up (healthy)`, `Exited (137)` (see toTimeFreeStatus). */
  status: string;
  /** `HostConfig.NetworkMode`: `bridge`, `host`, `none`, a network name, or `container:<id>`. */
  networkMode: string;
  /** Full id of the container whose network stack this one shares (`container:<x>` mode), else null. */
  sharesNetworkWith: string | null;
  compose: { project: string; service: string } | null;
  /** Every label key; a value only where the label policy shows it, else null (withheld; see {@link ShownLabels}). */
  labels: ShownLabels;
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
  /** Null while the container is not running, for host/none mode, and on an IPv6-only network. */
  ipv4: string | null;
  /** Prefix length of {@link ipv4} on this network (`IPPrefixLen`); null without an address. */
  ipv4PrefixLen: number | null;
  /** The endpoint's global IPv6 address; null without one (IPv6 not enabled on the network, or not running). */
  ipv6: string | null;
  /** Prefix length of {@link ipv6} (`GlobalIPv6PrefixLen`); null without an address. */
  ipv6PrefixLen: number | null;
  mac: string | null;
  /** The IPv4 gateway this endpoint offers the container (none on internal networks). */
  gateway: string | null;
  /** The IPv6 gateway (`IPv6Gateway`); null when none. */
  ipv6Gateway: string | null;
  /** The IPv4 address the user fixed (`--ip`, `IPAMConfig.IPv4Address`); null when the engine chose it. */
  staticIpv4: string | null;
  /** The IPv6 address the user fixed (`--ip6`, `IPAMConfig.IPv6Address`); null when the engine chose it. */
  staticIpv6: string | null;
  /** Gateway priority (`--gw-priority`, `GwPriority`, API 1.48+): the highest carries the default route; 0 where the engine does not report it. */
  gwPriority: number;
  /** This endpoint carries the container's IPv4 default route, by the engine's own rule for its version. */
  defaultRoute: boolean;
  /** This endpoint carries the container's IPv6 default route (Engine 28+ may pick another endpoint than for IPv4). */
  defaultRoute6: boolean;
  /** Network-scoped aliases as configured (on engines < API 1.45 this includes the short id). */
  aliases: string[];
  /**
   * Exactly the names that resolve to this endpoint from another container on the same network; for a
   * swarm task also `tasks.<service>` and the service name (which resolves to the service VIP).
   */
  dnsNames: string[];
}

/** Where netatlas stands with one configured engine. */
export type EngineState = 'connecting' | 'live' | 'reconnecting' | 'unreachable' | 'misconfigured';

/** One engine on the map, whether or not it answers. */
export interface EngineEntry {
  /** netatlas's id for the engine: a slug of its configured name (`default` for DOCKER_HOST / the current context). */
  id: string;
  /** The name the user gave it (config file or context), or the engine's host name. */
  name: string;
  /** Where the engine is reached (`unix://…`, `tcp://…`, `ssh://user@host`); never holds credentials. */
  host: string;
  /** Where netatlas learnt of the engine: DOCKER_HOST, a Docker CLI context, or the config file. */
  source: 'env' | 'context' | 'config';
  state: EngineState;
  /** Why it is not live, in words. */
  error?: { code: string; message: string; hint?: string };
  /** Facts from the engine itself, once it has answered. */
  info: EngineInfo | null;
  /** True when the objects shown for this engine are the last ones read before it stopped answering. */
  stale: boolean;
}

export interface Topology {
  /** The first engine that answered (kept for single-engine clients; see {@link engines}). */
  engine: EngineInfo;
  /** Every configured engine with its connection state. */
  engines: EngineEntry[];
  networks: Network[];
  containers: Container[];
  endpoints: Endpoint[];
  /** Swarms read from manager engines (one per cluster); empty when no engine manages a swarm. */
  swarms: Swarm[];
  /**
   * What was wrong in the engine configuration (config file, contexts, DOCKER_HOST), naming the file
   * and field; the engines that were configured correctly are on the map all the same.
   */
  problems?: ConfigProblem[];
}

export interface ConfigProblem {
  /** The file, or the environment variable (`DOCKER_HOST`). */
  file: string;
  /** e.g. `engines[1].host`; empty for the whole file. */
  field: string;
  message: string;
}

export interface SwarmNode {
  id: string;
  hostname: string;
  role: 'manager' | 'worker';
  /** `ready`, `down`, `disconnected`, `unknown`. */
  state: string;
  /** `active`, `pause`, `drain`. */
  availability: string;
  leader: boolean;
  /** The node's address as the swarm sees it. */
  addr: string | null;
  /** The configured engine that is this node, when netatlas is connected to it. */
  engineId: string | null;
}

export interface SwarmTask {
  id: string;
  /** Replica number (replicated services); null for global services. */
  slot: number | null;
  nodeId: string;
  /** `running`, `pending`, `failed`, `shutdown`, … */
  state: string;
  desiredState: string;
  /** The task's container on its node, once it has one. */
  containerId: string | null;
  /** The task's address on each network it is attached to (no prefix length). */
  addresses: { networkId: string; ip: string }[];
  /** Why the task failed, in the engine's words. */
  error: string | null;
}

export interface SwarmService {
  id: string;
  name: string;
  image: string;
  mode: 'replicated' | 'global';
  /** Desired replicas of a replicated service; null for global. */
  replicas: number | null;
  /** `vip`: one virtual IP per network, load-balanced; `dnsrr`: the name resolves to every task. */
  endpointMode: 'vip' | 'dnsrr';
  /** The service's virtual IP on each of its networks (no prefix length). */
  vips: { networkId: string; ip: string }[];
  /** Published ports: `ingress` (routing mesh, every node) or `host` (only nodes running a task). */
  ports: { protocol: 'tcp' | 'udp' | 'sctp'; targetPort: number; publishedPort: number; publishMode: 'ingress' | 'host' }[];
  networkIds: string[];
  /** Names Docker's DNS answers on the service's networks: the service name (VIP) and `tasks.<name>` (every task). */
  dnsNames: string[];
  tasks: SwarmTask[];
  /** Every label key; a value only where the label policy shows it, else null (withheld; see {@link ShownLabels}). */
  labels: ShownLabels;
}

export interface Swarm {
  clusterId: string;
  /** The manager engine this swarm was read from. */
  engineId: string;
  nodes: SwarmNode[];
  services: SwarmService[];
}
